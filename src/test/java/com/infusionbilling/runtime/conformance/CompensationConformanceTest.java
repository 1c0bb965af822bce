package com.infusionbilling.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Compensation as docs.camunda.io "Compensation events" and "Compensation handler" describe it,
 * with models written as Camunda Modeler writes them (boundary event, association, handler).
 */
class CompensationConformanceTest extends EventConformanceSupport {

  /** A service task with a compensation boundary event associated to its handler (a job). */
  private static String compensable(String id, String type, String handlerType) {
    return """
        <bpmn:serviceTask id="%1$s">
          <bpmn:extensionElements><zeebe:taskDefinition type="%2$s" /></bpmn:extensionElements>
          <bpmn:incoming>Flow_In_%1$s</bpmn:incoming><bpmn:outgoing>Flow_Out_%1$s</bpmn:outgoing>
        </bpmn:serviceTask>
        <bpmn:boundaryEvent id="Compensate_%1$s" attachedToRef="%1$s">
          <bpmn:compensateEventDefinition />
        </bpmn:boundaryEvent>
        <bpmn:serviceTask id="Undo_%1$s" isForCompensation="true">
          <bpmn:extensionElements><zeebe:taskDefinition type="%3$s" /></bpmn:extensionElements>
        </bpmn:serviceTask>
        """
        .formatted(id, type, handlerType);
  }

  /** The association of a compensable task's boundary event with its handler (an artifact). */
  private static String association(String id) {
    return "<bpmn:association id=\"Association_%1$s\" associationDirection=\"One\"".formatted(id)
        + " sourceRef=\"Compensate_%1$s\" targetRef=\"Undo_%1$s\" />".formatted(id);
  }

  private static String flow(String id, String from, String to) {
    return "<bpmn:sequenceFlow id=\""
        + id
        + "\" sourceRef=\""
        + from
        + "\" targetRef=\""
        + to
        + "\" />";
  }

  private static String process(String id, String body) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="Defs" targetNamespace="t">
          <bpmn:process id="%s" isExecutable="true">
            %s
          </bpmn:process>
        </bpmn:definitions>
        """
        .formatted(id, body);
  }

  private static void deployXml(CamundaClient client, String id, String xml) {
    client.newDeployResourceCommand().addResourceStringUtf8(xml, id + ".bpmn").send().join();
  }

  private static void complete(CamundaClient client, String type) {
    client.newCompleteCommand(activateOne(client, type)).send().join();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aThrowEventInvokesTheHandlersOfCompletedActivitiesAndWaitsForThem(Transport transport) {
    var client = client(transport);
    String id = uniqueId("compensate");
    String p = uniqueId("c") + "-";
    deployXml(
        client,
        id,
        process(
            id,
            """
            <bpmn:startEvent id="Start"><bpmn:outgoing>Flow_In_Task_Reserve</bpmn:outgoing></bpmn:startEvent>
            %s
            %s
            <bpmn:intermediateThrowEvent id="Event_Compensate">
              <bpmn:incoming>Flow_Out_Task_Charge</bpmn:incoming><bpmn:outgoing>Flow_End</bpmn:outgoing>
              <bpmn:compensateEventDefinition />
            </bpmn:intermediateThrowEvent>
            <bpmn:endEvent id="End"><bpmn:incoming>Flow_End</bpmn:incoming></bpmn:endEvent>
            %s %s %s %s %s %s
            """
                .formatted(
                    compensable("Task_Reserve", p + "reserve", p + "unreserve"),
                    compensable("Task_Charge", p + "charge", p + "refund"),
                    flow("Flow_In_Task_Reserve", "Start", "Task_Reserve"),
                    flow("Flow_Out_Task_Reserve", "Task_Reserve", "Task_Charge")
                        .replace("Flow_Out_Task_Reserve", "Flow_In_Task_Charge"),
                    flow("Flow_Out_Task_Charge", "Task_Charge", "Event_Compensate"),
                    flow("Flow_End", "Event_Compensate", "End"),
                    association("Task_Reserve"),
                    association("Task_Charge"))
                .replace(
                    "<bpmn:outgoing>Flow_Out_Task_Reserve</bpmn:outgoing>",
                    "<bpmn:outgoing>Flow_In_Task_Charge</bpmn:outgoing>")));
    long key = start(client, id, Map.of());
    complete(client, p + "reserve");
    complete(client, p + "charge");

    awaitActive(client, key, "Event_Compensate");
    complete(client, p + "refund");
    assertThat(processInstance(client, key).getState().name()).isEqualTo("ACTIVE");
    complete(client, p + "unreserve");

    awaitState(client, key, "COMPLETED");
    assertThat(completedElementIds(client, key))
        .contains("Undo_Task_Reserve", "Undo_Task_Charge", "Event_Compensate", "End");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anActivityRefCompensatesOnlyThatActivityAndNothingToCompensateCompletesAtOnce(
      Transport transport) {
    var client = client(transport);
    String id = uniqueId("activity_ref");
    String p = uniqueId("c") + "-";
    deployXml(
        client,
        id,
        process(
            id,
            """
            <bpmn:startEvent id="Start"><bpmn:outgoing>Flow_In_Task_Reserve</bpmn:outgoing></bpmn:startEvent>
            %s
            <bpmn:intermediateThrowEvent id="Event_NothingYet">
              <bpmn:incoming>Flow_Out_Task_Reserve</bpmn:incoming><bpmn:outgoing>Flow_In_Task_Charge</bpmn:outgoing>
              <bpmn:compensateEventDefinition activityRef="Task_Charge" />
            </bpmn:intermediateThrowEvent>
            %s
            <bpmn:endEvent id="End_Compensate">
              <bpmn:incoming>Flow_Out_Task_Charge</bpmn:incoming>
              <bpmn:compensateEventDefinition activityRef="Task_Charge" />
            </bpmn:endEvent>
            %s %s %s %s %s %s
            """
                .formatted(
                    compensable("Task_Reserve", p + "reserve", p + "unreserve"),
                    compensable("Task_Charge", p + "charge", p + "refund"),
                    flow("Flow_In_Task_Reserve", "Start", "Task_Reserve"),
                    flow("Flow_Out_Task_Reserve", "Task_Reserve", "Event_NothingYet"),
                    flow("Flow_In_Task_Charge", "Event_NothingYet", "Task_Charge"),
                    flow("Flow_Out_Task_Charge", "Task_Charge", "End_Compensate"),
                    association("Task_Reserve"),
                    association("Task_Charge"))));
    long key = start(client, id, Map.of());
    complete(client, p + "reserve");
    complete(client, p + "charge"); // the first throw had nothing of Task_Charge to compensate

    complete(client, p + "refund");

    awaitState(client, key, "COMPLETED");
    assertThat(activateBriefly(client, p + "unreserve")).isEmpty();
    assertThat(completedElementIds(client, key))
        .contains("Event_NothingYet", "Undo_Task_Charge", "End_Compensate")
        .doesNotContain("Undo_Task_Reserve");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void compensationReachesIntoCompletedSubProcessesAndFromAnErrorEventSubProcess(
      Transport transport) {
    var client = client(transport);
    String id = uniqueId("nested");
    String p = uniqueId("c") + "-";
    deployXml(
        client,
        id,
        process(
            id,
            """
            <bpmn:startEvent id="Start"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:subProcess id="Sub_Book">
              <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
              <bpmn:startEvent id="Sub_Start"><bpmn:outgoing>Flow_In_Task_Reserve</bpmn:outgoing></bpmn:startEvent>
              %s
              <bpmn:endEvent id="Sub_End"><bpmn:incoming>Flow_Out_Task_Reserve</bpmn:incoming></bpmn:endEvent>
              %s %s %s
            </bpmn:subProcess>
            <bpmn:serviceTask id="Task_Ship">
              <bpmn:extensionElements><zeebe:taskDefinition type="%sship" /></bpmn:extensionElements>
              <bpmn:incoming>Flow_2</bpmn:incoming><bpmn:outgoing>Flow_3</bpmn:outgoing>
            </bpmn:serviceTask>
            <bpmn:endEvent id="End"><bpmn:incoming>Flow_3</bpmn:incoming></bpmn:endEvent>
            <bpmn:subProcess id="Events_Failure" triggeredByEvent="true">
              <bpmn:startEvent id="Start_Failure"><bpmn:outgoing>Flow_F</bpmn:outgoing>
                <bpmn:errorEventDefinition />
              </bpmn:startEvent>
              <bpmn:endEvent id="End_Compensate"><bpmn:incoming>Flow_F</bpmn:incoming>
                <bpmn:compensateEventDefinition />
              </bpmn:endEvent>
              %s
            </bpmn:subProcess>
            %s %s %s
            """
                .formatted(
                    compensable("Task_Reserve", p + "reserve", p + "unreserve"),
                    flow("Flow_In_Task_Reserve", "Sub_Start", "Task_Reserve"),
                    flow("Flow_Out_Task_Reserve", "Task_Reserve", "Sub_End"),
                    association("Task_Reserve"),
                    p,
                    flow("Flow_F", "Start_Failure", "End_Compensate"),
                    flow("Flow_1", "Start", "Sub_Book"),
                    flow("Flow_2", "Sub_Book", "Task_Ship"),
                    flow("Flow_3", "Task_Ship", "End"))));
    long key = start(client, id, Map.of());
    complete(client, p + "reserve");

    var ship = activateOne(client, p + "ship");
    client.newThrowErrorCommand(ship).errorCode("NOT_SHIPPABLE").send().join();

    complete(client, p + "unreserve");
    awaitState(client, key, "COMPLETED");
    assertThat(completedElementIds(client, key)).contains("Undo_Task_Reserve", "End_Compensate");
  }
}

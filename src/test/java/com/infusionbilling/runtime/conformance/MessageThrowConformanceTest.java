package com.infusionbilling.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.MessageSubscriptionState;
import io.camunda.client.api.search.response.MessageSubscription;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Messages a process publishes itself ({@code zeebe:publishMessage} on a message throw or end event
 * or a send task), timer cycles built with FEEL's {@code cycle()}, and message start events in the
 * message subscription search.
 */
class MessageThrowConformanceTest extends EventConformanceSupport {

  /** A payer notification published by a throw event (or end event, or send task) itself. */
  private static String publisher(String id, String message, String element) {
    String inputs =
        "<zeebe:ioMapping><zeebe:input source=\"=units * 2\" target=\"approvedUnits\" />"
            + "</zeebe:ioMapping>";
    String publish =
        "<zeebe:publishMessage correlationKey=\"=claimId\""
            + " messageId=\"=claimId + &quot;-ready&quot;\" />";
    String node =
        switch (element) {
          // on an event, zeebe:publishMessage belongs to its message event definition
          case "throw" ->
              "<bpmn:intermediateThrowEvent id=\"Event_Notify\">"
                  + "<bpmn:extensionElements>"
                  + inputs
                  + "</bpmn:extensionElements>"
                  + "<bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>"
                  + "<bpmn:messageEventDefinition messageRef=\"Message_Ready\">"
                  + "<bpmn:extensionElements>"
                  + publish
                  + "</bpmn:extensionElements></bpmn:messageEventDefinition>"
                  + "</bpmn:intermediateThrowEvent>";
          case "send" ->
              "<bpmn:sendTask id=\"Event_Notify\" messageRef=\"Message_Ready\">"
                  + "<bpmn:extensionElements>"
                  + inputs
                  + publish
                  + "</bpmn:extensionElements>"
                  + "<bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>"
                  + "</bpmn:sendTask>";
          default -> throw new IllegalArgumentException(element);
        };
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="Defs" targetNamespace="t">
          <bpmn:message id="Message_Ready" name="%s" />
          <bpmn:process id="%s" isExecutable="true">
            <bpmn:startEvent id="Start"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            %s
            <bpmn:endEvent id="End"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
            <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Event_Notify" />
            <bpmn:sequenceFlow id="Flow_2" sourceRef="Event_Notify" targetRef="End" />
          </bpmn:process>
        </bpmn:definitions>
        """
        .formatted(message, id, node);
  }

  private static void deployXml(CamundaClient client, String id, String xml) {
    client.newDeployResourceCommand().addResourceStringUtf8(xml, id + ".bpmn").send().join();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aThrowEventPublishesItsMessageWithItsInputsAsVariables(Transport transport) {
    var client = client(transport);
    String message = uniqueId("claim-ready");
    String waitingId = uniqueId("waiting");
    String publisherId = uniqueId("publisher");
    deploy(
        client,
        Bpmn.createExecutableProcess(waitingId)
            .startEvent()
            .intermediateCatchEvent(
                "Event_ClaimReady",
                e -> e.message(m -> m.name(message).zeebeCorrelationKeyExpression("claimId")))
            .endEvent()
            .done(),
        waitingId);
    long waiting = start(client, waitingId, Map.of("claimId", "C-7"));
    awaitActive(client, waiting, "Event_ClaimReady");
    deployXml(client, publisherId, publisher(publisherId, message, "throw"));

    long publishing = start(client, publisherId, Map.of("claimId", "C-7", "units", 4));

    awaitState(client, publishing, "COMPLETED");
    awaitState(client, waiting, "COMPLETED");
    assertThat(globalVariables(client, waiting)).containsEntry("approvedUnits", "8");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aSendTaskPublishesItsMessageAndItIsBufferedForALaterSubscription(Transport transport) {
    var client = client(transport);
    String message = uniqueId("claim-ready");
    String waitingId = uniqueId("waiting");
    String publisherId = uniqueId("publisher");
    deployXml(client, publisherId, publisher(publisherId, message, "send"));
    long publishing = start(client, publisherId, Map.of("claimId", "C-8", "units", 1));
    awaitState(client, publishing, "COMPLETED");

    deploy(
        client,
        Bpmn.createExecutableProcess(waitingId)
            .startEvent()
            .intermediateCatchEvent(
                "Event_ClaimReady",
                e -> e.message(m -> m.name(message).zeebeCorrelationKeyExpression("claimId")))
            .endEvent()
            .done(),
        waitingId);
    long waiting = start(client, waitingId, Map.of("claimId", "C-8"));

    awaitState(client, waiting, "COMPLETED"); // the default time to live buffered it
    assertThat(globalVariables(client, waiting)).containsEntry("approvedUnits", "2");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void feelCycleBuildsRepeatingIntervalsForTimers(Transport transport) {
    var client = client(transport);
    String id = uniqueId("cycle");
    String type = uniqueId("t");
    String remind = uniqueId("remind");
    deploy(
        client,
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .scriptTask(
                "Task_Cycles",
                t ->
                    t.zeebeExpression(
                            "[cycle(3, duration(\"PT1H\")), cycle(duration(\"P1D\")),"
                                + " cycle(null, duration(\"P1M\"))]")
                        .zeebeResultVariable("cycles"))
            .serviceTask("Task_Review", t -> t.zeebeJobType(type))
            .boundaryEvent("Event_Remind", b -> b.cancelActivity(false))
            .timerWithCycleExpression("cycle(2, duration(\"PT1H\"))")
            .serviceTask("Task_Remind", t -> t.zeebeJobType(remind))
            .endEvent()
            .moveToActivity("Task_Review")
            .endEvent()
            .done(),
        id);
    long key = start(client, id, Map.of());
    awaitActive(client, key, "Task_Review");
    assertThat(globalVariables(client, key))
        .containsEntry("cycles", "[\"R3/PT1H\",\"R/P1D\",\"R/P1M\"]");

    increaseTime(Duration.ofMinutes(61));

    assertThat(activateOne(client, remind).getProcessInstanceKey()).isEqualTo(key);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void messageStartEventsAppearInTheSubscriptionSearchWhileTheirVersionIsTheLatest(
      Transport transport) {
    var client = client(transport);
    String id = uniqueId("started_by_message");
    String message = uniqueId("referral-received");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent("Start_Referral")
            .message(message)
            .endEvent()
            .done();
    long first = deploy(client, model, id);

    List<MessageSubscription> subscriptions = startSubscriptions(client, message);
    assertThat(subscriptions)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.getProcessDefinitionKey()).isEqualTo(first);
              assertThat(s.getElementId()).isEqualTo("Start_Referral");
              assertThat(s.getProcessInstanceKey()).isNull();
              assertThat(s.getMessageSubscriptionState())
                  .isEqualTo(MessageSubscriptionState.CREATED);
            });

    var second =
        Bpmn.createExecutableProcess(id)
            .startEvent("Start_Referral")
            .message(message)
            .serviceTask("Task_New", t -> t.zeebeJobType("x"))
            .endEvent()
            .done();
    long next = deploy(client, second, id);

    assertThat(startSubscriptions(client, message))
        .extracting(
            MessageSubscription::getProcessDefinitionKey,
            MessageSubscription::getMessageSubscriptionState)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(first, MessageSubscriptionState.DELETED),
            org.assertj.core.groups.Tuple.tuple(next, MessageSubscriptionState.CREATED));
  }

  private static List<MessageSubscription> startSubscriptions(CamundaClient client, String name) {
    return client
        .newMessageSubscriptionSearchRequest()
        .filter(f -> f.messageName(name))
        .send()
        .join()
        .items();
  }
}

package com.infusionbilling.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.Incident;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Multi-instance activities as docs.camunda.io "Multi-instance" describes them: a body with one
 * inner instance per item of the input collection, in parallel or one after the other, the input
 * and output elements, the completion condition and its numberOf* variables, loopCounter, empty and
 * invalid collections, and boundary events on the body.
 */
class MultiInstanceConformanceTest extends EventConformanceSupport {

  private static BpmnModelInstance pricePerLine(
      String processId, String jobType, boolean sequential, String completionCondition) {
    return Bpmn.createExecutableProcess(processId)
        .startEvent()
        .serviceTask("Task_PriceLine", t -> t.zeebeJobType(jobType))
        .multiInstance(
            m -> {
              if (sequential) {
                m.sequential();
              } else {
                m.parallel();
              }
              m.zeebeInputCollectionExpression("lines")
                  .zeebeInputElement("line")
                  .zeebeOutputCollection("prices")
                  .zeebeOutputElementExpression("price");
              if (completionCondition != null) {
                m.completionCondition(completionCondition);
              }
            })
        .endEvent("End_Priced")
        .done();
  }

  private static List<ElementInstance> instancesOf(
      CamundaClient client, long processInstanceKey, String elementId) {
    return elements(client, processInstanceKey).stream()
        .filter(e -> e.getElementId().equals(elementId))
        .collect(Collectors.toList());
  }

  private static long countOfType(List<ElementInstance> instances, String type) {
    return instances.stream().filter(e -> e.getType().name().equals(type)).count();
  }

  private static void complete(CamundaClient client, ActivatedJob job, Map<String, Object> vars) {
    client.newCompleteCommand(job.getKey()).variables(vars).send().join();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aParallelMultiInstanceActivityCreatesOneInnerInstancePerItem(Transport transport) {
    var client = client(transport);
    String id = uniqueId("claim");
    String jobType = uniqueId("price-line");
    deploy(client, pricePerLine(id, jobType, false, null), id);
    long key = start(client, id, Map.of("lines", List.of("J1745", "J2505", "96413")));

    List<ActivatedJob> jobs = activate(client, jobType, 10);
    assertThat(jobs).hasSize(3);
    List<ElementInstance> instances = instancesOf(client, key, "Task_PriceLine");
    assertThat(countOfType(instances, "MULTI_INSTANCE_BODY")).isEqualTo(1);
    assertThat(countOfType(instances, "SERVICE_TASK")).isEqualTo(3);
    assertThat(
            client
                .newElementInstanceSearchRequest()
                .filter(
                    f ->
                        f.processInstanceKey(key)
                            .type(
                                io.camunda.client.api.search.enums.ElementInstanceType
                                    .MULTI_INSTANCE_BODY))
                .send()
                .join()
                .items())
        .singleElement()
        .satisfies(body -> assertThat(body.getElementId()).isEqualTo("Task_PriceLine"));
    jobs.sort(
        Comparator.comparing(j -> ((Number) j.getVariablesAsMap().get("loopCounter")).intValue()));
    assertThat(jobs)
        .extracting(j -> j.getVariablesAsMap().get("line"))
        .containsExactly("J1745", "J2505", "96413");
    assertThat(jobs)
        .extracting(j -> j.getVariablesAsMap().get("loopCounter"))
        .containsExactly(1, 2, 3);

    // completed in reverse order: the output collection keeps the order of the input collection
    complete(client, jobs.get(2), Map.of("price", 30));
    complete(client, jobs.get(1), Map.of("price", 20));
    assertThat(processInstance(client, key).getState().name()).isEqualTo("ACTIVE");
    complete(client, jobs.get(0), Map.of("price", 10));

    awaitState(client, key, "COMPLETED");
    assertThat(globalVariables(client, key)).containsEntry("prices", "[10,20,30]");
    assertThat(globalVariables(client, key)).doesNotContainKeys("line", "loopCounter");
    assertThat(completedElementIds(client, key)).contains("End_Priced");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aSequentialMultiInstanceActivityRunsOneInnerInstanceAfterTheOther(Transport transport) {
    var client = client(transport);
    String id = uniqueId("claim");
    String jobType = uniqueId("price-line");
    deploy(client, pricePerLine(id, jobType, true, null), id);
    long key = start(client, id, Map.of("lines", List.of("J1745", "J2505")));

    List<ActivatedJob> first = activate(client, jobType, 10);
    assertThat(first).hasSize(1);
    assertThat(first.get(0).getVariablesAsMap())
        .containsEntry("line", "J1745")
        .containsEntry("loopCounter", 1);
    assertThat(activateBriefly(client, jobType)).isEmpty();
    complete(client, first.get(0), Map.of("price", 1));

    ActivatedJob second = activateOne(client, jobType);
    assertThat(second.getVariablesAsMap())
        .containsEntry("line", "J2505")
        .containsEntry("loopCounter", 2);
    complete(client, second, Map.of("price", 2));

    awaitState(client, key, "COMPLETED");
    assertThat(globalVariables(client, key)).containsEntry("prices", "[1,2]");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aParallelMultiInstanceActivityCompletesWhenItsCompletionConditionHolds(Transport transport) {
    var client = client(transport);
    String id = uniqueId("quotes");
    String jobType = uniqueId("request-quote");
    deploy(
        client,
        pricePerLine(
            id,
            jobType,
            false,
            "= numberOfCompletedInstances >= 2 and numberOfInstances = 3"
                + " and numberOfActiveInstances = 1"),
        id);
    long key = start(client, id, Map.of("lines", List.of("a", "b", "c")));
    List<ActivatedJob> jobs = activate(client, jobType, 10);
    assertThat(jobs).hasSize(3);

    complete(client, jobs.get(0), Map.of("price", 5));
    assertThat(processInstance(client, key).getState().name()).isEqualTo("ACTIVE");
    complete(client, jobs.get(1), Map.of("price", 6));

    awaitState(client, key, "COMPLETED");
    List<ElementInstance> inner =
        instancesOf(client, key, "Task_PriceLine").stream()
            .filter(e -> e.getType().name().equals("SERVICE_TASK"))
            .collect(Collectors.toList());
    assertThat(inner).extracting(e -> e.getState().name()).containsOnly("COMPLETED", "TERMINATED");
    assertThat(inner.stream().filter(e -> e.getState().name().equals("TERMINATED"))).hasSize(1);
    assertRejected(
        transport,
        () -> complete(client, jobs.get(2), Map.of("price", 7)),
        404,
        Status.Code.NOT_FOUND,
        "no such job");
    // the terminated instance left no output: its place in the collection stays null
    String prices = globalVariables(client, key).get("prices");
    assertThat(prices).contains("null").contains("5").contains("6");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void theCompletionConditionSeesTheVariablesOfTheInnerInstance(Transport transport) {
    var client = client(transport);
    String id = uniqueId("review");
    String jobType = uniqueId("review-line");
    deploy(client, pricePerLine(id, jobType, true, "= price > 100"), id);
    long key = start(client, id, Map.of("lines", List.of("a", "b", "c")));

    complete(client, activateOne(client, jobType), Map.of("price", 50));
    complete(client, activateOne(client, jobType), Map.of("price", 500));

    awaitState(client, key, "COMPLETED");
    assertThat(activateBriefly(client, jobType)).isEmpty();
    assertThat(globalVariables(client, key)).containsEntry("prices", "[50,500,null]");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anEmptyInputCollectionCompletesTheBodyAtOnce(Transport transport) {
    var client = client(transport);
    String id = uniqueId("claim");
    String jobType = uniqueId("price-line");
    deploy(client, pricePerLine(id, jobType, false, null), id);
    long key = start(client, id, Map.of("lines", List.of()));

    awaitState(client, key, "COMPLETED");
    assertThat(globalVariables(client, key)).containsEntry("prices", "[]");
    assertThat(countOfType(instancesOf(client, key, "Task_PriceLine"), "SERVICE_TASK")).isZero();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anInputCollectionThatIsNotAListRaisesAnIncident(Transport transport) {
    var client = client(transport);
    String id = uniqueId("claim");
    String jobType = uniqueId("price-line");
    deploy(client, pricePerLine(id, jobType, false, null), id);
    long key = start(client, id, Map.of("lines", "J1745"));

    await().atMost(Duration.ofSeconds(10)).until(() -> !incidents(client, key).isEmpty());
    Incident incident = incidents(client, key).get(0);
    assertThat(incident.getErrorType().name()).isEqualTo("EXTRACT_VALUE_ERROR");
    assertThat(incident.getElementId()).isEqualTo("Task_PriceLine");
    assertThat(incident.getErrorMessage()).contains("lines").contains("ARRAY");

    client.newSetVariablesCommand(key).variables(Map.of("lines", List.of("J1745"))).send().join();
    client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();
    complete(client, activateOne(client, jobType), Map.of("price", 3));

    awaitState(client, key, "COMPLETED");
    assertThat(globalVariables(client, key)).containsEntry("prices", "[3]");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anInterruptingBoundaryEventOnTheBodyTerminatesEveryInnerInstance(Transport transport) {
    var client = client(transport);
    String id = uniqueId("claim");
    String jobType = uniqueId("price-line");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask("Task_PriceLine", t -> t.zeebeJobType(jobType))
            .multiInstance(m -> m.zeebeInputCollectionExpression("lines").zeebeInputElement("line"))
            .boundaryEvent("Timer_PricingOverdue", b -> b.timerWithDuration("PT1H"))
            .endEvent("End_Overdue")
            .moveToActivity("Task_PriceLine")
            .endEvent("End_Priced")
            .done();
    deploy(client, model, id);
    long key = start(client, id, Map.of("lines", List.of("a", "b")));
    assertThat(activate(client, jobType, 10)).hasSize(2);

    increaseTime(Duration.ofHours(2));

    awaitState(client, key, "COMPLETED");
    assertThat(completedElementIds(client, key))
        .contains("End_Overdue")
        .doesNotContain("End_Priced");
    assertThat(terminatedElementIds(client, key))
        .filteredOn("Task_PriceLine"::equals)
        .hasSize(3); // the body and both inner instances
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aNonInterruptingBoundaryEventOnTheBodyLeavesTheInnerInstancesRunning(Transport transport) {
    var client = client(transport);
    String id = uniqueId("claim");
    String jobType = uniqueId("price-line");
    String remindType = uniqueId("remind");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask("Task_PriceLine", t -> t.zeebeJobType(jobType))
            .multiInstance(m -> m.zeebeInputCollectionExpression("lines"))
            .boundaryEvent("Timer_Remind", b -> b.cancelActivity(false).timerWithDuration("PT1H"))
            .serviceTask("Task_Remind", t -> t.zeebeJobType(remindType))
            .endEvent()
            .moveToActivity("Task_PriceLine")
            .endEvent("End_Priced")
            .done();
    deploy(client, model, id);
    long key = start(client, id, Map.of("lines", List.of("a", "b")));
    List<ActivatedJob> jobs = activate(client, jobType, 10);
    assertThat(jobs).hasSize(2);

    increaseTime(Duration.ofHours(2));
    complete(client, activateOne(client, remindType), Map.of());
    jobs.forEach(j -> complete(client, j, Map.of()));

    awaitState(client, key, "COMPLETED");
    assertThat(completedElementIds(client, key)).contains("Timer_Remind", "End_Priced");
    assertThat(terminatedElementIds(client, key)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aCompletionConditionThatIsNotABooleanRaisesAnIncident(Transport transport) {
    var client = client(transport);
    String id = uniqueId("claim");
    String jobType = uniqueId("price-line");
    deploy(client, pricePerLine(id, jobType, false, "= price"), id);
    long key = start(client, id, Map.of("lines", List.of("a")));

    complete(client, activateOne(client, jobType), Map.of("price", 5));

    await().atMost(Duration.ofSeconds(10)).until(() -> !incidents(client, key).isEmpty());
    Incident incident = incidents(client, key).get(0);
    assertThat(incident.getErrorType().name()).isEqualTo("EXTRACT_VALUE_ERROR");
    assertThat(incident.getErrorMessage()).contains("BOOLEAN");
    assertThat(processInstance(client, key).getState().name()).isEqualTo("ACTIVE");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anErrorThrownByAnInnerInstanceIsCaughtOnTheBody(Transport transport) {
    var client = client(transport);
    String id = uniqueId("claim");
    String jobType = uniqueId("price-line");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask("Task_PriceLine", t -> t.zeebeJobType(jobType))
            .multiInstance(m -> m.zeebeInputCollectionExpression("lines"))
            .boundaryEvent("Error_NotCovered", b -> b.error("NOT_COVERED"))
            .endEvent("End_Denied")
            .moveToActivity("Task_PriceLine")
            .endEvent("End_Priced")
            .done();
    deploy(client, model, id);
    long key = start(client, id, Map.of("lines", List.of("a", "b")));
    List<ActivatedJob> jobs = activate(client, jobType, 10);

    client.newThrowErrorCommand(jobs.get(0).getKey()).errorCode("NOT_COVERED").send().join();

    awaitState(client, key, "COMPLETED");
    assertThat(completedElementIds(client, key)).contains("Error_NotCovered", "End_Denied");
    assertThat(activateBriefly(client, jobType)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aMultiInstanceSubProcessRunsItsContentOncePerItem(Transport transport) {
    var client = client(transport);
    String id = uniqueId("visits");
    String jobType = uniqueId("document-visit");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .subProcess(
                "Sub_Visit",
                s ->
                    s.multiInstance(
                        m ->
                            m.zeebeInputCollectionExpression("visits")
                                .zeebeInputElement("visit")
                                .zeebeOutputCollection("documented")
                                .zeebeOutputElementExpression("visit + \"-done\"")))
            .embeddedSubProcess()
            .startEvent()
            .serviceTask("Task_Document", t -> t.zeebeJobType(jobType))
            .endEvent()
            .subProcessDone()
            .endEvent()
            .done();
    deploy(client, model, id);
    long key = start(client, id, Map.of("visits", List.of("v1", "v2")));

    List<ActivatedJob> jobs = activate(client, jobType, 10);
    assertThat(jobs).extracting(j -> j.getVariablesAsMap().get("visit")).containsOnly("v1", "v2");
    jobs.forEach(j -> complete(client, j, Map.of()));

    awaitState(client, key, "COMPLETED");
    assertThat(globalVariables(client, key))
        .containsEntry("documented", "[\"v1-done\",\"v2-done\"]");
    List<ElementInstance> sub = instancesOf(client, key, "Sub_Visit");
    assertThat(countOfType(sub, "MULTI_INSTANCE_BODY")).isEqualTo(1);
    assertThat(countOfType(sub, "SUB_PROCESS")).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aMultiInstanceCallActivityCallsTheProcessOncePerItem(Transport transport) {
    var client = client(transport);
    String id = uniqueId("claim");
    String childId = uniqueId("price");
    String jobType = uniqueId("price-line");
    client
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess(childId)
                .startEvent()
                .serviceTask("Task_Price", t -> t.zeebeJobType(jobType))
                .endEvent()
                .done(),
            childId + ".bpmn")
        .addProcessModel(
            Bpmn.createExecutableProcess(id)
                .startEvent()
                .callActivity(
                    "Call_Price",
                    c ->
                        c.zeebeProcessId(childId)
                            .zeebePropagateAllChildVariables(false)
                            .multiInstance(
                                m ->
                                    m.zeebeInputCollectionExpression("lines")
                                        .zeebeInputElement("line")
                                        .zeebeOutputCollection("prices")
                                        .zeebeOutputElementExpression("price")))
                .zeebeOutputExpression("price", "price")
                .endEvent()
                .done(),
            id + ".bpmn")
        .send()
        .join();
    long key = start(client, id, Map.of("lines", List.of("a", "b")));

    List<ActivatedJob> jobs = activate(client, jobType, 10);
    assertThat(jobs).hasSize(2);
    assertThat(jobs).extracting(ActivatedJob::getProcessInstanceKey).doesNotContain(key);
    for (ActivatedJob job : jobs) {
      String line = (String) job.getVariablesAsMap().get("line");
      complete(client, job, Map.of("price", line.equals("a") ? 1 : 2));
    }

    awaitState(client, key, "COMPLETED");
    assertThat(globalVariables(client, key)).containsEntry("prices", "[1,2]");
    assertThat(
            client
                .newProcessInstanceSearchRequest()
                .filter(f -> f.parentProcessInstanceKey(key))
                .send()
                .join()
                .items())
        .hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aMultiInstanceScriptTaskCompletesEveryInnerInstanceAtOnce(Transport transport) {
    var client = client(transport);
    String id = uniqueId("units");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .scriptTask(
                "Script_Units",
                s ->
                    s.zeebeExpression("dose / 10")
                        .zeebeResultVariable("units")
                        .multiInstance(
                            m ->
                                m.zeebeInputCollectionExpression("doses")
                                    .zeebeInputElement("dose")
                                    .zeebeOutputCollection("unitsPerDose")
                                    .zeebeOutputElementExpression("units")))
            .endEvent()
            .done();
    deploy(client, model, id);
    long key = start(client, id, Map.of("doses", List.of(10, 20, 30)));

    awaitState(client, key, "COMPLETED");
    assertThat(globalVariables(client, key)).containsEntry("unitsPerDose", "[1,2,3]");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aMultiInstanceReceiveTaskWaitsForOneMessagePerItem(Transport transport) {
    var client = client(transport);
    String id = uniqueId("remits");
    String message = uniqueId("remittance");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .receiveTask("Receive_Remittance")
            .message(m -> m.name(message).zeebeCorrelationKeyExpression("claim"))
            .multiInstance(
                m -> m.zeebeInputCollectionExpression("claims").zeebeInputElement("claim"))
            .endEvent()
            .done();
    deploy(client, model, id);
    long key = start(client, id, Map.of("claims", List.of("c-1", "c-2")));
    awaitActive(client, key, "Receive_Remittance");

    publish(client, message, "c-2");
    assertThat(processInstance(client, key).getState().name()).isEqualTo("ACTIVE");
    publish(client, message, "c-1");

    awaitState(client, key, "COMPLETED");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aParallelMultiInstanceUserTaskCreatesOneTaskPerItem(Transport transport) {
    var client = client(transport);
    String id = uniqueId("signoff");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .userTask(
                "Task_SignOff",
                t ->
                    t.zeebeUserTask()
                        .zeebeAssigneeExpression("reviewer")
                        .multiInstance(
                            m ->
                                m.zeebeInputCollectionExpression("reviewers")
                                    .zeebeInputElement("reviewer")
                                    .zeebeOutputCollection("decisions")
                                    .zeebeOutputElementExpression("approved")))
            .endEvent()
            .done();
    deploy(client, model, id);
    long key = start(client, id, Map.of("reviewers", List.of("nurse", "coder")));

    await().atMost(Duration.ofSeconds(10)).until(() -> userTasks(client, key).size() == 2);
    var tasks = userTasks(client, key);
    assertThat(tasks).extracting(t -> t.getAssignee()).containsExactlyInAnyOrder("nurse", "coder");
    for (var task : tasks) {
      client
          .newCompleteUserTaskCommand(task.getUserTaskKey())
          .variables(Map.of("approved", task.getAssignee().equals("nurse")))
          .send()
          .join();
    }

    awaitState(client, key, "COMPLETED");
    assertThat(globalVariables(client, key)).containsEntry("decisions", "[true,false]");
  }

  private static List<io.camunda.client.api.search.response.UserTask> userTasks(
      CamundaClient client, long processInstanceKey) {
    return client
        .newUserTaskSearchRequest()
        .filter(f -> f.processInstanceKey(processInstanceKey))
        .send()
        .join()
        .items();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aStandardLoopIsRejectedAtDeployment(Transport transport) {
    var client = client(transport);
    String id = uniqueId("loop");
    String xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
            + " xmlns:zeebe=\"http://camunda.org/schema/zeebe/1.0\" id=\"d\""
            + " targetNamespace=\"http://bpmn.io/schema/bpmn\">"
            + "<bpmn:process id=\""
            + id
            + "\" isExecutable=\"true\">"
            + "<bpmn:startEvent id=\"start\"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>"
            + "<bpmn:serviceTask id=\"Task_Retry\"><bpmn:extensionElements>"
            + "<zeebe:taskDefinition type=\"retry\"/></bpmn:extensionElements>"
            + "<bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>"
            + "<bpmn:standardLoopCharacteristics/></bpmn:serviceTask>"
            + "<bpmn:endEvent id=\"end\"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>"
            + "<bpmn:sequenceFlow id=\"f1\" sourceRef=\"start\" targetRef=\"Task_Retry\"/>"
            + "<bpmn:sequenceFlow id=\"f2\" sourceRef=\"Task_Retry\" targetRef=\"end\"/>"
            + "</bpmn:process></bpmn:definitions>";
    assertRejected(
        transport,
        () ->
            client
                .newDeployResourceCommand()
                .addResourceString(xml, StandardCharsets.UTF_8, id + ".bpmn")
                .send()
                .join(),
        400,
        Status.Code.INVALID_ARGUMENT,
        "Task_Retry' (serviceTask): standard loop characteristics are not supported");
  }
}

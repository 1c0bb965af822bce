package com.infusionbilling.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Ad-hoc sub-processes as docs.camunda.io "Ad-hoc sub-processes" (Camunda 8.8) describes their BPMN
 * implementation: the elements named by {@code activeElementsCollection} are activated, each in an
 * inner instance, a structured sequence inside runs on, the sub-process completes when the
 * activated elements completed or when the {@code completionCondition} holds (terminating the
 * remaining ones, or waiting for them with {@code cancelRemainingInstances="false"}), the output of
 * each inner flow is collected, and elements are activated through the REST API "Activate
 * activities within an ad-hoc sub-process".
 */
class AdHocSubProcessConformanceTest extends ConformanceSupport {

  /**
   * Review of a pended authorization: documents (type {@code <prefix>-docs}), a peer call ({@code
   * <prefix>-peer}) followed by its note ({@code <prefix>-note}), and a medical director review
   * ({@code <prefix>-director}), in any order.
   */
  private static BpmnModelInstance review(
      String processId, String jobPrefix, String completionCondition, Boolean cancelRemaining) {
    String condition =
        completionCondition == null
            ? ""
            : "<bpmn:completionCondition xsi:type=\"bpmn:tFormalExpression\">"
                + completionCondition
                + "</bpmn:completionCondition>";
    String cancel =
        cancelRemaining == null ? "" : " cancelRemainingInstances=\"" + cancelRemaining + "\"";
    String xml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            id="Definitions_Review" targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="%1$s" isExecutable="true">
            <bpmn:startEvent id="Start_Pended" />
            <bpmn:sequenceFlow id="Flow_Start_Review" sourceRef="Start_Pended"
                targetRef="AdHoc_Review" />
            <bpmn:adHocSubProcess id="AdHoc_Review" name="Review"%4$s>
              <bpmn:extensionElements>
                <zeebe:adHoc activeElementsCollection="=activities" outputCollection="results"
                    outputElement="=result" />
              </bpmn:extensionElements>
              <bpmn:serviceTask id="Task_Documents" name="Request documents">
                <bpmn:extensionElements><zeebe:taskDefinition type="%2$s-docs" />
                </bpmn:extensionElements>
              </bpmn:serviceTask>
              <bpmn:serviceTask id="Task_PeerCall" name="Peer-to-peer call">
                <bpmn:extensionElements><zeebe:taskDefinition type="%2$s-peer" />
                </bpmn:extensionElements>
              </bpmn:serviceTask>
              <bpmn:sequenceFlow id="Flow_PeerCall_Note" sourceRef="Task_PeerCall"
                  targetRef="Task_Note" />
              <bpmn:serviceTask id="Task_Note" name="Write call note">
                <bpmn:extensionElements><zeebe:taskDefinition type="%2$s-note" />
                </bpmn:extensionElements>
              </bpmn:serviceTask>
              <bpmn:serviceTask id="Task_Director" name="Medical director review">
                <bpmn:extensionElements><zeebe:taskDefinition type="%2$s-director" />
                </bpmn:extensionElements>
              </bpmn:serviceTask>
              %3$s
            </bpmn:adHocSubProcess>
            <bpmn:sequenceFlow id="Flow_Review_End" sourceRef="AdHoc_Review"
                targetRef="End_Reviewed" />
            <bpmn:endEvent id="End_Reviewed" />
          </bpmn:process>
        </bpmn:definitions>
        """
            .formatted(processId, jobPrefix, condition, cancel);
    return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static long countOfType(CamundaClient client, long key, String type) {
    return elements(client, key).stream().filter(e -> e.getType().name().equals(type)).count();
  }

  private static ElementInstance adHocInstance(CamundaClient client, long key) {
    return elements(client, key).stream()
        .filter(e -> e.getType().name().equals("AD_HOC_SUB_PROCESS"))
        .findFirst()
        .orElseThrow();
  }

  /** The review with "decided = true" as completion condition, documents and director active. */
  private static long startDocumentsAndDirector(
      CamundaClient client, String jobs, Boolean cancelRemaining) {
    String id = uniqueId("review");
    deploy(client, review(id, jobs, "=decided = true", cancelRemaining), id);
    return start(
        client,
        id,
        Map.of("activities", List.of("Task_Documents", "Task_Director"), "decided", false));
  }

  private static void complete(CamundaClient client, ActivatedJob job, Map<String, Object> vars) {
    client.newCompleteCommand(job.getKey()).variables(vars).send().join();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void theElementsOfTheActiveElementsCollectionAreActivatedEachInAnInnerInstance(
      Transport transport) {
    var client = client(transport);
    String id = uniqueId("review");
    String jobs = uniqueId("adhoc");
    deploy(client, review(id, jobs, null, null), id);
    long key = start(client, id, Map.of("activities", List.of("Task_Documents", "Task_PeerCall")));

    ActivatedJob documents = activateOne(client, jobs + "-docs");
    ActivatedJob peerCall = activateOne(client, jobs + "-peer");
    assertThat(activateBriefly(client, jobs + "-director")).isEmpty();
    assertThat(countOfType(client, key, "AD_HOC_SUB_PROCESS")).isEqualTo(1);
    assertThat(countOfType(client, key, "AD_HOC_SUB_PROCESS_INNER_INSTANCE")).isEqualTo(2);
    List<?> activatable = (List<?>) documents.getVariablesAsMap().get("adHocSubProcessElements");
    assertThat(activatable.stream().map(e -> (Object) ((Map<?, ?>) e).get("elementId")).toList())
        .containsExactly("Task_Documents", "Task_PeerCall", "Task_Director");

    complete(client, documents, Map.of("result", "records received"));
    assertThat(processInstance(client, key).getState().name()).isEqualTo("ACTIVE");
    // a sequence flow inside the ad-hoc sub-process runs on in the same inner instance
    complete(client, peerCall, Map.of());
    ActivatedJob note = activateOne(client, jobs + "-note");
    assertThat(processInstance(client, key).getState().name()).isEqualTo("ACTIVE");
    complete(client, note, Map.of("result", "approved on call"));

    // without a completion condition: complete once every activated element completed
    awaitState(client, key, "COMPLETED");
    assertThat(completedElementIds(client, key)).contains("AdHoc_Review", "End_Reviewed");
    assertThat(globalVariables(client, key))
        .containsEntry("results", "[\"records received\",\"approved on call\"]");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void whenTheCompletionConditionHoldsTheRemainingInnerInstancesAreTerminated(Transport transport) {
    var client = client(transport);
    String jobs = uniqueId("adhoc");
    long key = startDocumentsAndDirector(client, jobs, null);
    ActivatedJob documents = activateOne(client, jobs + "-docs");
    ActivatedJob director = activateOne(client, jobs + "-director");
    complete(client, director, Map.of("decided", true, "result", "approved"));

    awaitState(client, key, "COMPLETED");
    assertThat(
            elements(client, key).stream()
                .filter(e -> e.getElementId().equals("Task_Documents"))
                .map(e -> e.getState().name()))
        .containsExactly("TERMINATED");
    assertThat(client.newJobSearchRequest().filter(f -> f.jobKey(documents.getKey())).send().join())
        .satisfies(page -> assertThat(page.items().get(0).getState().name()).isEqualTo("CANCELED"));
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void withoutCancelRemainingInstancesTheSubProcessWaitsForTheActiveOnes(Transport transport) {
    var client = client(transport);
    String jobs = uniqueId("adhoc");
    long key = startDocumentsAndDirector(client, jobs, false);
    ActivatedJob documents = activateOne(client, jobs + "-docs");
    ActivatedJob director = activateOne(client, jobs + "-director");
    complete(client, director, Map.of("decided", true, "result", "approved"));
    assertThat(processInstance(client, key).getState().name()).isEqualTo("ACTIVE");

    complete(client, documents, Map.of("result", "filed"));
    awaitState(client, key, "COMPLETED");
    assertThat(globalVariables(client, key)).containsEntry("results", "[\"approved\",\"filed\"]");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aCompletionConditionThatDoesNotHoldKeepsTheSubProcessActive(Transport transport) {
    var client = client(transport);
    String id = uniqueId("review");
    String jobs = uniqueId("adhoc");
    deploy(client, review(id, jobs, "=decided = true", null), id);
    long key = start(client, id, Map.of("activities", List.of("Task_Documents"), "decided", false));

    complete(client, activateOne(client, jobs + "-docs"), Map.of("result", "filed"));

    assertThat(processInstance(client, key).getState().name()).isEqualTo("ACTIVE");
    assertThat(adHocInstance(client, key).getState().name()).isEqualTo("ACTIVE");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anActiveElementsCollectionNamingAnUnknownElementRaisesAnIncident(Transport transport) {
    var client = client(transport);
    String id = uniqueId("review");
    String jobs = uniqueId("adhoc");
    deploy(client, review(id, jobs, null, null), id);
    long key = start(client, id, Map.of("activities", List.of("Task_Documents", "Task_Fax")));

    var incident = incidents(client, key).get(0);
    assertThat(incident.getErrorType().name()).isEqualTo("EXTRACT_VALUE_ERROR");
    assertThat(incident.getElementId()).isEqualTo("AdHoc_Review");
    assertThat(incident.getErrorMessage()).contains("Task_Fax");
    assertThat(activateBriefly(client, jobs + "-docs")).isEmpty();

    client
        .newSetVariablesCommand(key)
        .variables(Map.of("activities", List.of("Task_Documents")))
        .send()
        .join();
    client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();
    complete(client, activateOne(client, jobs + "-docs"), Map.of("result", "filed"));
    awaitState(client, key, "COMPLETED");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void elementsAreActivatedThroughTheApiWithTheirVariables(Transport transport) {
    var client = client(transport);
    String id = uniqueId("review");
    String jobs = uniqueId("adhoc");
    deploy(client, review(id, jobs, null, null), id);
    long key = start(client, id, Map.of("activities", List.of()));

    // an empty collection activates nothing: the sub-process stays active
    assertThat(adHocInstance(client, key).getState().name()).isEqualTo("ACTIVE");
    String adHocKey = String.valueOf(adHocInstance(client, key).getElementInstanceKey());
    client
        .newActivateAdHocSubProcessActivitiesCommand(adHocKey)
        .activateElement("Task_Director", Map.of("reason", "dose above label"))
        .send()
        .join();

    ActivatedJob director = activateOne(client, jobs + "-director");
    assertThat(director.getVariablesAsMap()).containsEntry("reason", "dose above label");
    complete(client, director, Map.of("result", "approved"));
    awaitState(client, key, "COMPLETED");
    assertThat(globalVariables(client, key)).doesNotContainKey("reason");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void activatingAnElementThatIsNotInTheAdHocSubProcessIsRejected(Transport transport) {
    var client = client(transport);
    String id = uniqueId("review");
    deploy(client, review(id, uniqueId("adhoc"), null, null), id);
    long key = start(client, id, Map.of("activities", List.of()));
    String adHocKey = String.valueOf(adHocInstance(client, key).getElementInstanceKey());

    // the activation API is REST only (the gateway has no such method), so both clients use REST
    assertRejected(
        Transport.REST,
        () ->
            client
                .newActivateAdHocSubProcessActivitiesCommand(adHocKey)
                .activateElement("Task_Note")
                .send()
                .join(),
        400,
        Status.Code.INVALID_ARGUMENT,
        "'Task_Note'");
    assertRejected(
        Transport.REST,
        () ->
            client
                .newActivateAdHocSubProcessActivitiesCommand(String.valueOf(key))
                .activateElement("Task_Director")
                .send()
                .join(),
        404,
        Status.Code.NOT_FOUND,
        "ad-hoc sub-process instance");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void processInstanceModificationInsideAnAdHocSubProcessIsRejectedAsADocumentedDifference(
      Transport transport) {
    var client = client(transport);
    String id = uniqueId("review");
    deploy(client, review(id, uniqueId("adhoc"), null, null), id);
    long key = start(client, id, Map.of("activities", List.of()));

    assertRejected(
        transport,
        () ->
            client
                .newModifyProcessInstanceCommand(key)
                .activateElement("Task_Director")
                .send()
                .join(),
        400,
        Status.Code.INVALID_ARGUMENT,
        "inside the ad-hoc sub-process 'AdHoc_Review'");
    assertThat(adHocInstance(client, key).getState().name()).isEqualTo("ACTIVE");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void theJobWorkerImplementationIsRejectedAtDeploymentAsADocumentedDifference(
      Transport transport) {
    var client = client(transport);
    String id = uniqueId("review");
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .adHocSubProcess(
                "AdHoc_Agent",
                a -> {
                  a.zeebeJobType("ai-agent");
                  a.task("Task_Lookup");
                })
            .endEvent()
            .done();
    assertRejected(
        transport,
        () -> deploy(client, model, id),
        400,
        Status.Code.INVALID_ARGUMENT,
        "job worker implementation of ad-hoc sub-processes");
  }
}

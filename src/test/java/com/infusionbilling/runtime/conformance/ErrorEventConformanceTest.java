package com.infusionbilling.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.IncidentErrorType;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Error events, as docs.camunda.io's "Error events" page describes them: errors thrown by job
 * workers and error end events are caught by the closest error catch event up the scope hierarchy
 * (by code, or by a catch-all event), with the error's variables; an error nobody catches raises an
 * incident.
 */
class ErrorEventConformanceTest extends EventConformanceSupport {

  /** Verify benefits; a denial (by code) or any other error (catch-all) takes another path. */
  private static BpmnModelInstance verifyWithErrors(String id, String jobType) {
    return Bpmn.createExecutableProcess(id)
        .startEvent()
        .serviceTask("Task_VerifyBenefits", t -> t.zeebeJobType(jobType))
        .boundaryEvent("Error_NotCovered", b -> b.error("NOT_COVERED"))
        .endEvent("End_NotCovered")
        .moveToActivity("Task_VerifyBenefits")
        .boundaryEvent("Error_Any", b -> b.error())
        .endEvent("End_Other")
        .moveToActivity("Task_VerifyBenefits")
        .endEvent("End_Verified")
        .done();
  }

  private static void throwError(
      CamundaClient client, String jobType, String code, Map<String, Object> variables) {
    var job = activateOne(client, jobType);
    client
        .newThrowErrorCommand(job.getKey())
        .errorCode(code)
        .errorMessage("payer says: " + code)
        .variables(variables)
        .send()
        .join();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anErrorFromAJobIsCaughtByTheBoundaryEventWithItsCodeWithTheErrorVariables(
      Transport transport) {
    var client = client(transport);
    String id = uniqueId("error");
    String jobType = uniqueId("verify");
    deploy(client, verifyWithErrors(id, jobType), id);
    long key = start(client, id, Map.of());

    throwError(client, jobType, "NOT_COVERED", Map.of("denialReason", "CO-50"));

    awaitState(client, key, "COMPLETED");
    assertThat(completedElementIds(client, key))
        .contains("Error_NotCovered", "End_NotCovered")
        .doesNotContain("Error_Any", "End_Verified");
    assertThat(terminatedElementIds(client, key)).containsExactly("Task_VerifyBenefits");
    assertThat(globalVariables(client, key)).containsEntry("denialReason", "\"CO-50\"");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aCatchAllErrorEventCatchesAnErrorNoOtherCatchEventMatches(Transport transport) {
    var client = client(transport);
    String id = uniqueId("catchall");
    String jobType = uniqueId("verify");
    deploy(client, verifyWithErrors(id, jobType), id);
    long key = start(client, id, Map.of());

    throwError(client, jobType, "PAYER_UNREACHABLE", Map.of());

    awaitState(client, key, "COMPLETED");
    assertThat(completedElementIds(client, key))
        .contains("Error_Any", "End_Other")
        .doesNotContain("Error_NotCovered");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anErrorEndEventIsCaughtByTheBoundaryEventOfItsSubProcess(Transport transport) {
    var client = client(transport);
    String id = uniqueId("errorend");
    String jobType = uniqueId("parallel");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .subProcess(
                "Sub_Authorize",
                s ->
                    s.embeddedSubProcess()
                        .startEvent()
                        .parallelGateway("Fork")
                        .serviceTask("Task_Other", t -> t.zeebeJobType(jobType))
                        .endEvent()
                        .moveToNode("Fork")
                        .exclusiveGateway("Gateway_Denied")
                        .condition("denied", "denied")
                        .endEvent("Error_AuthDenied", e -> e.error("AUTH_DENIED"))
                        .moveToLastExclusiveGateway()
                        .defaultFlow()
                        .endEvent())
            .boundaryEvent("Event_AuthDenied", b -> b.error("AUTH_DENIED"))
            .endEvent("End_Denied")
            .moveToActivity("Sub_Authorize")
            .endEvent("End_Authorized")
            .done();
    deploy(client, model, id);
    long key = start(client, id, Map.of("denied", true));

    awaitState(client, key, "COMPLETED");
    assertThat(completedElementIds(client, key)).contains("Event_AuthDenied", "End_Denied");
    assertThat(terminatedElementIds(client, key))
        .contains("Sub_Authorize", "Task_Other", "Error_AuthDenied");
    assertThat(activateBriefly(client, jobType)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anErrorPropagatesUpNestedScopesToTheClosestCatchEvent(Transport transport) {
    var client = client(transport);
    String id = uniqueId("nested");
    String jobType = uniqueId("code");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .subProcess(
                "Sub_Outer",
                outer ->
                    outer
                        .embeddedSubProcess()
                        .startEvent()
                        .subProcess(
                            "Sub_Inner",
                            inner ->
                                inner
                                    .embeddedSubProcess()
                                    .startEvent()
                                    .serviceTask("Task_Code", t -> t.zeebeJobType(jobType))
                                    .endEvent())
                        .boundaryEvent("Error_Unrelated", b -> b.error("OTHER"))
                        .endEvent()
                        .moveToActivity("Sub_Inner")
                        .endEvent())
            .boundaryEvent("Error_CodingFailed", b -> b.error("CODING_FAILED"))
            .endEvent("End_Failed")
            .moveToActivity("Sub_Outer")
            .endEvent()
            .done();
    deploy(client, model, id);
    long key = start(client, id, Map.of());

    throwError(client, jobType, "CODING_FAILED", Map.of());

    awaitState(client, key, "COMPLETED");
    assertThat(completedElementIds(client, key)).contains("Error_CodingFailed", "End_Failed");
    assertThat(terminatedElementIds(client, key))
        .contains("Task_Code", "Sub_Inner", "Sub_Outer")
        .doesNotContain("Error_Unrelated");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anErrorThatNothingCatchesRaisesAnIncidentNamingTheCode(Transport transport) {
    var client = client(transport);
    String id = uniqueId("uncaught");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .endEvent("Error_Thrown", e -> e.errorExpression("\"NO_\" + kind"))
            .done();
    deploy(client, model, id);
    long key = start(client, id, Map.of("kind", "AUTH"));

    await().atMost(Duration.ofSeconds(10)).until(() -> !incidents(client, key).isEmpty());
    var incident = incidents(client, key).get(0);
    assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.UNHANDLED_ERROR_EVENT);
    assertThat(incident.getElementId()).isEqualTo("Error_Thrown");
    assertThat(incident.getErrorMessage()).contains("'NO_AUTH'");
    assertThat(processInstance(client, key).getState().name()).isEqualTo("ACTIVE");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anErrorCaughtOnlyByAnUnrelatedCodeRaisesAnIncidentListingTheAvailableCodes(
      Transport transport) {
    var client = client(transport);
    String id = uniqueId("nomatch");
    String jobType = uniqueId("verify");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask("Task_VerifyBenefits", t -> t.zeebeJobType(jobType))
            .boundaryEvent("Error_NotCovered", b -> b.error("NOT_COVERED"))
            .endEvent()
            .moveToActivity("Task_VerifyBenefits")
            .endEvent()
            .done();
    deploy(client, model, id);
    long key = start(client, id, Map.of());

    throwError(client, jobType, "TIMEOUT", Map.of());

    await().atMost(Duration.ofSeconds(10)).until(() -> !incidents(client, key).isEmpty());
    assertThat(incidents(client, key).get(0).getErrorMessage())
        .contains("'TIMEOUT'")
        .contains("NOT_COVERED");
    assertThat(activeElementIds(client, key)).containsExactly("Task_VerifyBenefits");
  }

  /**
   * An error thrown in a grandchild instance, caught by a boundary event on the call activity of
   * the root instance: the call activity and both called instances are terminated, and the root
   * continues from the boundary event with the error's variables.
   */
  @ParameterizedTest
  @EnumSource(Transport.class)
  void anErrorIsCaughtTwoLevelsUpAcrossCallActivities(Transport transport) {
    var client = client(transport);
    String root = uniqueId("claim");
    String child = uniqueId("adjudicate");
    String grandchild = uniqueId("price");
    String jobType = uniqueId("price-line");
    var deployment =
        client
            .newDeployResourceCommand()
            .addProcessModel(
                Bpmn.createExecutableProcess(grandchild)
                    .startEvent()
                    .serviceTask("Task_PriceLine", t -> t.zeebeJobType(jobType))
                    .endEvent()
                    .done(),
                grandchild + ".bpmn")
            .addProcessModel(
                Bpmn.createExecutableProcess(child)
                    .startEvent()
                    .callActivity("Call_Price", c -> c.zeebeProcessId(grandchild))
                    .endEvent()
                    .done(),
                child + ".bpmn")
            .addProcessModel(
                Bpmn.createExecutableProcess(root)
                    .startEvent()
                    .callActivity("Call_Adjudicate", c -> c.zeebeProcessId(child))
                    .boundaryEvent("Error_ClaimVoided", b -> b.error("CLAIM_VOIDED"))
                    .endEvent("End_Voided")
                    .moveToActivity("Call_Adjudicate")
                    .endEvent("End_Adjudicated")
                    .done(),
                root + ".bpmn");
    deployment.send().join();
    long key = start(client, root, Map.of());

    throwError(client, jobType, "CLAIM_VOIDED", Map.of("voidReason", "duplicate"));

    awaitState(client, key, "COMPLETED");
    assertThat(completedElementIds(client, key)).contains("Error_ClaimVoided", "End_Voided");
    assertThat(terminatedElementIds(client, key)).containsExactly("Call_Adjudicate");
    assertThat(globalVariables(client, key)).containsEntry("voidReason", "\"duplicate\"");
    var called =
        client
            .newProcessInstanceSearchRequest()
            .filter(f -> f.processDefinitionId(p -> p.in(child, grandchild)))
            .send()
            .join()
            .items();
    assertThat(called)
        .hasSize(2)
        .allSatisfy(i -> assertThat(i.getState().name()).isEqualTo("TERMINATED"));
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anErrorEventSubProcessCatchesAnErrorOfItsScopeAndReplacesIt(Transport transport) {
    var client = client(transport);
    String id = uniqueId("errorsub");
    String jobType = uniqueId("submit");
    String parallelType = uniqueId("other");
    String handleType = uniqueId("handle");
    var model =
        Bpmn.createExecutableProcess(id)
            .eventSubProcess(
                "Sub_HandleRejection",
                s ->
                    s.startEvent("Event_Rejected")
                        .error("CLAIM_REJECTED")
                        .serviceTask("Task_HandleRejection", t -> t.zeebeJobType(handleType))
                        .endEvent())
            .startEvent()
            .parallelGateway("Fork")
            .serviceTask("Task_SubmitClaim", t -> t.zeebeJobType(jobType))
            .endEvent()
            .moveToNode("Fork")
            .serviceTask("Task_Other", t -> t.zeebeJobType(parallelType))
            .endEvent()
            .done();
    deploy(client, model, id);
    long key = start(client, id, Map.of());
    awaitActive(client, key, "Task_Other");

    throwError(client, jobType, "CLAIM_REJECTED", Map.of("rejectionCode", "A7"));

    var handle = activateOne(client, handleType);
    assertThat(handle.getVariablesAsMap()).containsEntry("rejectionCode", "A7");
    assertThat(terminatedElementIds(client, key)).contains("Task_SubmitClaim", "Task_Other");
    assertThat(activateBriefly(client, parallelType)).isEmpty();
    client.newCompleteCommand(handle.getKey()).send().join();
    awaitState(client, key, "COMPLETED");
  }
}

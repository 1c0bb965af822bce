package com.infusionbilling.runtime.processtest;

import static io.camunda.process.test.api.CamundaAssert.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.process.test.api.CamundaProcessTestContext;
import io.camunda.process.test.api.CamundaSpringProcessTest;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A Camunda Process Test written as it would be for real Camunda 8 (remote mode): a claim is
 * scrubbed, then submitted or sent to a coder for correction.
 */
@SpringBootTest
@CamundaSpringProcessTest
class ClaimReviewProcessTest {

  static final BpmnModelInstance CLAIM_REVIEW =
      Bpmn.createExecutableProcess("ClaimReview")
          .startEvent("Event_ClaimReady")
          .serviceTask("Task_ScrubClaim", t -> t.zeebeJobType("scrub-claim"))
          .exclusiveGateway("Gateway_Clean")
          .sequenceFlowId("Flow_Clean")
          .conditionExpression("errors = 0")
          .serviceTask("Task_SubmitClaim", t -> t.zeebeJobType("submit-claim"))
          .endEvent("Event_ClaimSubmitted")
          .moveToLastExclusiveGateway()
          .defaultFlow()
          .serviceTask(
              "Task_CorrectClaim",
              t -> t.zeebeJobType("correct-claim").zeebeOutputExpression("corrected", "corrected"))
          .endEvent("Event_ClaimCorrected")
          .done();

  @Autowired CamundaClient client;
  @Autowired CamundaProcessTestContext processTestContext;

  @BeforeEach
  void deploy() {
    client
        .newDeployResourceCommand()
        .addProcessModel(CLAIM_REVIEW, "ClaimReview.bpmn")
        .send()
        .join();
  }

  private ProcessInstanceEvent startClaim(long claimId) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId("ClaimReview")
        .latestVersion()
        .variables(Map.of("claimId", claimId))
        .send()
        .join();
  }

  @Test
  void aCleanClaimIsSubmitted() {
    processTestContext.mockJobWorker("scrub-claim").thenComplete(Map.of("errors", 0));
    processTestContext.mockJobWorker("submit-claim").thenComplete(Map.of("submissionId", "SUB-1"));

    ProcessInstanceEvent instance = startClaim(42);

    assertThat(instance)
        .isCompleted()
        .hasCompletedElementsInOrder(
            "Event_ClaimReady",
            "Task_ScrubClaim",
            "Gateway_Clean",
            "Task_SubmitClaim",
            "Event_ClaimSubmitted")
        .hasNotActivatedElements("Task_CorrectClaim")
        .hasVariable("submissionId", "SUB-1")
        .hasVariable("claimId", 42);
  }

  @Test
  void aClaimWithErrorsGoesToCorrection() {
    processTestContext.mockJobWorker("scrub-claim").thenComplete(Map.of("errors", 2));

    ProcessInstanceEvent instance = startClaim(43);
    assertThat(instance).hasActiveElements("Task_CorrectClaim");

    processTestContext.completeJob("correct-claim", Map.of("corrected", true, "scratch", "x"));

    assertThat(instance)
        .isCompleted()
        .hasCompletedElements("Task_CorrectClaim", "Event_ClaimCorrected")
        .hasVariable("corrected", true)
        .hasVariableNames("claimId", "errors", "corrected");
  }
}

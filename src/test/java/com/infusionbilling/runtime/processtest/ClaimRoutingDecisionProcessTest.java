package com.infusionbilling.runtime.processtest;

import static io.camunda.process.test.api.CamundaAssert.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.process.test.api.CamundaProcessTestContext;
import io.camunda.process.test.api.CamundaSpringProcessTest;
import io.camunda.process.test.api.assertions.DecisionSelectors;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A Camunda Process Test written as it would be for real Camunda 8.8 (remote mode): a coded claim
 * is routed by a DMN decision (a DRD: the claim queue requires the drug tier and the patient copay)
 * evaluated by a business rule task. High-tier drugs go to clinical review, everything else is
 * submitted.
 */
@SpringBootTest
@CamundaSpringProcessTest
class ClaimRoutingDecisionProcessTest {

  static final String PROCESS_ID = "ClaimRouting";

  static final BpmnModelInstance CLAIM_ROUTING =
      Bpmn.createExecutableProcess(PROCESS_ID)
          .startEvent("Event_ClaimCoded")
          .businessRuleTask(
              "Task_DecideQueue",
              t -> t.zeebeCalledDecisionId("Decision_Queue").zeebeResultVariable("queue"))
          .exclusiveGateway("Gateway_Queue")
          .sequenceFlowId("Flow_Clinical")
          .conditionExpression("queue = \"clinical\"")
          .serviceTask("Task_ClinicalReview", t -> t.zeebeJobType("clinical-review"))
          .endEvent("Event_Reviewed")
          .moveToLastExclusiveGateway()
          .defaultFlow()
          .serviceTask("Task_SubmitClaim", t -> t.zeebeJobType("submit-claim"))
          .endEvent("Event_Submitted")
          .done();

  @Autowired CamundaClient client;
  @Autowired CamundaProcessTestContext processTestContext;

  @BeforeEach
  void deploy() {
    client
        .newDeployResourceCommand()
        .addResourceFromClasspath("dmn/claim-routing.dmn")
        .addProcessModel(CLAIM_ROUTING, PROCESS_ID + ".bpmn")
        .send()
        .join();
  }

  private ProcessInstanceEvent routeClaim(int units, int unitPrice) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId(PROCESS_ID)
        .latestVersion()
        .variables(Map.of("claimId", 7, "units", units, "unitPrice", unitPrice))
        .send()
        .join();
  }

  @Test
  void aHighTierDrugGoesToClinicalReview() {
    processTestContext.mockJobWorker("clinical-review").thenComplete(Map.of("reviewed", true));

    ProcessInstanceEvent instance = routeClaim(60, 10);

    assertThat(instance)
        .isCompleted()
        .hasCompletedElementsInOrder(
            "Event_ClaimCoded", "Task_DecideQueue", "Gateway_Queue", "Task_ClinicalReview")
        .hasNotActivatedElements("Task_SubmitClaim")
        .hasVariable("queue", "clinical");
    assertThat(DecisionSelectors.byId("Decision_Queue", instance.getProcessInstanceKey()))
        .isEvaluated()
        .hasOutput("clinical")
        .hasMatchedRules(1)
        .hasNotMatchedRules(2, 3);
    assertThat(DecisionSelectors.byId("Decision_Tier")).isEvaluated().hasOutput("high");
    assertThat(DecisionSelectors.byName("Patient copay")).isEvaluated().hasOutput(120);
  }

  @Test
  void aNormalTierClaimIsSubmitted() {
    processTestContext.mockJobWorker("submit-claim").thenComplete(Map.of("submissionId", "S-1"));

    ProcessInstanceEvent instance = routeClaim(10, 20);

    assertThat(instance)
        .isCompleted()
        .hasCompletedElements("Task_DecideQueue", "Task_SubmitClaim")
        .hasVariable("queue", "standard")
        .hasVariable("submissionId", "S-1");
    assertThat(DecisionSelectors.byProcessInstanceKey(instance.getProcessInstanceKey()))
        .isEvaluated();
    assertThat(DecisionSelectors.byId("Decision_Queue")).hasOutput("standard").hasMatchedRules(3);
  }

  @Test
  void theDecisionCanBeEvaluatedOnItsOwn() {
    var response =
        client
            .newEvaluateDecisionCommand()
            .decisionId("Decision_Queue")
            .variables(Map.of("units", 20, "unitPrice", 40))
            .send()
            .join();

    assertThat(DecisionSelectors.byResponse(response))
        .isEvaluated()
        .hasOutput("counseling")
        .hasMatchedRules(2);
  }

  @Test
  void aDecisionThatFailsStopsTheClaimAtAnIncidentUntilTheDataIsFixed() {
    var eligibility =
        Bpmn.createExecutableProcess("EligibilityCheck")
            .startEvent("Event_ClaimReceived")
            .businessRuleTask(
                "Task_DecideBand",
                t -> t.zeebeCalledDecisionId("Decision_Strict").zeebeResultVariable("band"))
            .endEvent("Event_BandDecided")
            .done();
    client
        .newDeployResourceCommand()
        .addResourceFromClasspath("dmn/strict-eligibility.dmn")
        .addProcessModel(eligibility, "EligibilityCheck.bpmn")
        .send()
        .join();

    var instance =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId("EligibilityCheck")
            .latestVersion()
            .variables(Map.of("units", 15))
            .send()
            .join();

    assertThat(instance).isActive().hasActiveIncidents().hasActiveElements("Task_DecideBand");

    client
        .newSetVariablesCommand(instance.getProcessInstanceKey())
        .variables(Map.of("units", 5))
        .send()
        .join();
    var incident =
        client
            .newIncidentSearchRequest()
            .filter(f -> f.processInstanceKey(instance.getProcessInstanceKey()))
            .send()
            .join()
            .items()
            .get(0);
    client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();

    assertThat(instance).isCompleted().hasNoActiveIncidents().hasVariable("band", "eligible");
  }
}

package com.infusionbilling.runtime.processtest;

import static io.camunda.process.test.api.CamundaAssert.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.process.test.api.CamundaProcessTestContext;
import io.camunda.process.test.api.CamundaSpringProcessTest;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A Camunda Process Test written as it would be for real Camunda 8.8 (remote mode): a prior
 * authorization request is submitted to the payer, and the process waits for the payer's decision
 * as a message. A reminder goes out every two days while the payer is silent; after 14 days without
 * a decision a coordinator follows up. A payer that rejects the submission ends it at once.
 */
@SpringBootTest
@CamundaSpringProcessTest
class PriorAuthorizationDecisionProcessTest {

  static final String PROCESS_ID = "PriorAuthorizationDecision";
  static final String MESSAGE_DECIDED = "Message_AuthorizationDecided";

  static final BpmnModelInstance PRIOR_AUTHORIZATION =
      Bpmn.createExecutableProcess(PROCESS_ID)
          .eventSubProcess(
              "Sub_Reminders",
              s ->
                  s.startEvent("Event_ReminderDue")
                      .interrupting(false)
                      .timerWithCycle("R/P2D")
                      .serviceTask("Task_SendReminder", t -> t.zeebeJobType("send-pa-reminder"))
                      .endEvent("Event_ReminderSent"))
          .startEvent("Event_AuthorizationRequested")
          .serviceTask(
              "Task_SubmitAuthorization", t -> t.zeebeJobType("submit-authorization-request"))
          .boundaryEvent("Error_PayerRejected", b -> b.error("PAYER_REJECTED"))
          .endEvent("Event_SubmissionRejected")
          .moveToActivity("Task_SubmitAuthorization")
          .eventBasedGateway("Gateway_PayerAnswer")
          .intermediateCatchEvent(
              "Event_AuthorizationDecided",
              e ->
                  e.message(
                      m ->
                          m.name(MESSAGE_DECIDED)
                              .zeebeCorrelationKeyExpression("authorizationRequestId")))
          .exclusiveGateway("Gateway_Approved")
          .conditionExpression("approved")
          .endEvent("Event_AuthorizationApproved")
          .moveToLastExclusiveGateway()
          .defaultFlow()
          .endEvent("Event_AuthorizationDenied")
          .moveToNode("Gateway_PayerAnswer")
          .intermediateCatchEvent("Event_NoDecisionIn14Days", e -> e.timerWithDuration("P14D"))
          .serviceTask("Task_FollowUpWithPayer", t -> t.zeebeJobType("follow-up-with-payer"))
          .endEvent("Event_FollowedUp")
          .done();

  @Autowired CamundaClient client;
  @Autowired CamundaProcessTestContext processTestContext;

  @BeforeEach
  void deploy() {
    client
        .newDeployResourceCommand()
        .addProcessModel(PRIOR_AUTHORIZATION, PROCESS_ID + ".bpmn")
        .send()
        .join();
  }

  private ProcessInstanceEvent requestAuthorization(String requestId) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId(PROCESS_ID)
        .latestVersion()
        .variables(Map.of("authorizationRequestId", requestId))
        .send()
        .join();
  }

  @Test
  void anApprovalFromThePayerCompletesTheAuthorization() {
    processTestContext
        .mockJobWorker("submit-authorization-request")
        .thenComplete(Map.of("payerReference", "PA-778"));

    ProcessInstanceEvent instance = requestAuthorization("AR-1");
    assertThat(instance)
        .isWaitingForMessage(MESSAGE_DECIDED, "AR-1")
        .hasActiveElements("Gateway_PayerAnswer");

    client
        .newPublishMessageCommand()
        .messageName(MESSAGE_DECIDED)
        .correlationKey("AR-1")
        .variables(Map.of("approved", true, "approvedUnits", 12))
        .send()
        .join();

    assertThat(instance)
        .hasCorrelatedMessage(MESSAGE_DECIDED, "AR-1")
        .isCompleted()
        .hasCompletedElementsInOrder(
            "Event_AuthorizationRequested",
            "Task_SubmitAuthorization",
            "Gateway_PayerAnswer",
            "Event_AuthorizationDecided",
            "Gateway_Approved",
            "Event_AuthorizationApproved")
        .hasNotActivatedElements("Event_NoDecisionIn14Days", "Task_SendReminder")
        .hasVariable("approvedUnits", 12);
  }

  @Test
  void aDecisionPublishedBeforeTheProcessWaitsIsBufferedAndStillCorrelated() {
    processTestContext.mockJobWorker("submit-authorization-request").thenComplete();
    client
        .newPublishMessageCommand()
        .messageName(MESSAGE_DECIDED)
        .correlationKey("AR-2")
        .timeToLive(Duration.ofHours(1))
        .variables(Map.of("approved", false))
        .send()
        .join();

    ProcessInstanceEvent instance = requestAuthorization("AR-2");

    assertThat(instance)
        .isCompleted()
        .hasCompletedElements("Event_AuthorizationDecided", "Event_AuthorizationDenied")
        .hasCorrelatedMessage(MESSAGE_DECIDED);
  }

  @Test
  void theCoordinatorFollowsUpWhenThePayerIsSilentFor14DaysWithRemindersMeanwhile() {
    processTestContext.mockJobWorker("submit-authorization-request").thenComplete();
    processTestContext.mockJobWorker("send-pa-reminder").thenComplete();

    ProcessInstanceEvent instance = requestAuthorization("AR-3");
    assertThat(instance).isWaitingForMessage(MESSAGE_DECIDED);

    processTestContext.increaseTime(Duration.ofDays(15));

    assertThat(instance)
        .hasCompletedElements("Event_NoDecisionIn14Days", "Event_ReminderSent")
        .hasActiveElements("Task_FollowUpWithPayer")
        .isNotWaitingForMessage(MESSAGE_DECIDED, "AR-3");

    processTestContext.completeJob("follow-up-with-payer");
    assertThat(instance).isCompleted().hasCompletedElements("Event_FollowedUp");
  }

  @Test
  void aPayerRejectingTheSubmissionEndsTheAuthorization() {
    processTestContext
        .mockJobWorker("submit-authorization-request")
        .thenThrowBpmnError("PAYER_REJECTED", Map.of("rejectionReason", "missing NPI"));

    ProcessInstanceEvent instance = requestAuthorization("AR-4");

    assertThat(instance)
        .isCompleted()
        .hasCompletedElements("Error_PayerRejected", "Event_SubmissionRejected")
        .hasTerminatedElements("Task_SubmitAuthorization")
        .hasNotActivatedElements("Gateway_PayerAnswer")
        .hasVariable("rejectionReason", "missing NPI");
  }
}

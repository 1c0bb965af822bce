package com.infusionbilling.runtime.processtest;

import static io.camunda.process.test.api.CamundaAssert.assertThat;
import static io.camunda.process.test.api.assertions.UserTaskSelectors.byTaskName;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.process.test.api.CamundaProcessTestContext;
import io.camunda.process.test.api.CamundaSpringProcessTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A Camunda Process Test written as it would be for real Camunda 8.8 (remote mode): a coordinator
 * reviews a denied claim in a Camunda user task with a linked form (deployed with the process)
 * within 48 hours, and decides whether to appeal; an appeal waits for the payer's decision as a
 * message, and a review left open for 48 hours is escalated.
 */
@SpringBootTest
@CamundaSpringProcessTest
class DenialReviewProcessTest {

  static final String PROCESS_ID = "DenialReview";
  static final String REVIEW_DENIAL = "Review denial";
  static final String MESSAGE_APPEAL_DECIDED = "Message_AppealDecided";

  @Autowired CamundaClient client;
  @Autowired CamundaProcessTestContext processTestContext;

  @BeforeEach
  void deploy() {
    client
        .newDeployResourceCommand()
        .addResourceFromClasspath("usertasks/DenialReview.bpmn")
        .addResourceFromClasspath("usertasks/denial-review.form")
        .send()
        .join();
  }

  private ProcessInstanceEvent claimDenied(String claimId, boolean highValue) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId(PROCESS_ID)
        .latestVersion()
        .variables(
            Map.of(
                "claimId",
                claimId,
                "appealId",
                "A-" + claimId,
                "coordinator",
                "coordinator-7",
                "deniedAt",
                "2026-11-20T10:00:00Z",
                "highValue",
                highValue))
        .send()
        .join();
  }

  @Test
  void aCoordinatorAppealsTheDenialAndThePayerDecides() {
    processTestContext.mockJobWorker("submit-appeal").thenComplete();
    ProcessInstanceEvent instance = claimDenied("C-100", true);

    assertThat(byTaskName(REVIEW_DENIAL))
        .isCreated()
        .hasAssignee("coordinator-7")
        .hasCandidateGroups(List.of("denials", "billing"))
        .hasPriority(80)
        .hasDueDate("2026-11-22T10:00:00Z")
        .hasElementId("Task_ReviewDenial");

    processTestContext.completeUserTask(
        byTaskName(REVIEW_DENIAL), Map.of("appeal", true, "appealReasonCode", "MED-NEC"));

    assertThat(byTaskName(REVIEW_DENIAL)).isCompleted();
    assertThat(instance)
        .hasCompletedElements("Task_ReviewDenial", "Task_SubmitAppeal")
        .isWaitingForMessage(MESSAGE_APPEAL_DECIDED, "A-C-100")
        .hasVariable("appeal", true);

    client
        .newPublishMessageCommand()
        .messageName(MESSAGE_APPEAL_DECIDED)
        .correlationKey("A-C-100")
        .variables(Map.of("appealApproved", true))
        .send()
        .join();

    assertThat(instance)
        .isCompleted()
        .hasCompletedElements("Event_AppealDecided", "Event_AppealClosed")
        .hasVariable("appealApproved", true);
  }

  @Test
  void aCoordinatorAcceptsTheDenial() {
    ProcessInstanceEvent instance = claimDenied("C-200", false);

    assertThat(byTaskName(REVIEW_DENIAL)).isCreated().hasPriority(50);
    processTestContext.completeUserTask(byTaskName(REVIEW_DENIAL), Map.of("appeal", false));

    assertThat(instance)
        .isCompleted()
        .hasCompletedElements("Event_DenialAccepted")
        .hasNotActivatedElements("Task_SubmitAppeal");
  }

  @Test
  void aReviewLeftOpenFor48HoursIsEscalated() {
    processTestContext.mockJobWorker("escalate-denial-review").thenComplete();
    ProcessInstanceEvent instance = claimDenied("C-300", false);
    assertThat(byTaskName(REVIEW_DENIAL)).isCreated();

    processTestContext.increaseTime(Duration.ofHours(49));

    assertThat(byTaskName(REVIEW_DENIAL)).isCanceled();
    assertThat(instance)
        .isCompleted()
        .hasTerminatedElements("Task_ReviewDenial")
        .hasCompletedElements("Event_ReviewOverdue", "Task_EscalateReview");
  }
}

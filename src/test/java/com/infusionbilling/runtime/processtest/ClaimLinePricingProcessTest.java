package com.infusionbilling.runtime.processtest;

import static io.camunda.process.test.api.CamundaAssert.assertThat;
import static io.camunda.process.test.api.assertions.ProcessInstanceSelectors.byParentProcessInstanceKey;
import static io.camunda.process.test.api.assertions.ProcessInstanceSelectors.byProcessId;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.process.test.api.CamundaProcessTestContext;
import io.camunda.process.test.api.CamundaSpringProcessTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A Camunda Process Test written as it would be for real Camunda 8.8 (remote mode): every line of a
 * coded claim is priced in its own {@code PriceClaimLine} instance (a parallel multi-instance call
 * activity), the lines are checked one after the other until one fails its edit (a sequential
 * multi-instance task with a completion condition), and the claim is submitted. A line the payer
 * does not cover is an error in the called instance, caught on the call activity.
 */
@SpringBootTest
@CamundaSpringProcessTest
class ClaimLinePricingProcessTest {

  static final String PROCESS_ID = "ClaimLinePricing";
  static final String LINE_PROCESS_ID = "PriceClaimLine";

  @Autowired CamundaClient client;
  @Autowired CamundaProcessTestContext processTestContext;

  @BeforeEach
  void deploy() {
    client
        .newDeployResourceCommand()
        .addResourceFromClasspath("bpmn/" + LINE_PROCESS_ID + ".bpmn")
        .addResourceFromClasspath("bpmn/" + PROCESS_ID + ".bpmn")
        .send()
        .join();
  }

  private ProcessInstanceEvent priceClaim(List<String> lines) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId(PROCESS_ID)
        .latestVersion()
        .variables(Map.of("claimId", "CLM-1001", "lines", lines))
        .send()
        .join();
  }

  /** The fee schedule of the test: a price per procedure code. */
  private void priceLinesFromFeeSchedule() {
    Map<String, Integer> feeSchedule = Map.of("J1745", 940, "J2505", 4125, "96413", 310);
    processTestContext
        .mockJobWorker("price-claim-line")
        .withHandler(
            (jobClient, job) -> {
              String line = (String) job.getVariablesAsMap().get("line");
              jobClient
                  .newCompleteCommand(job)
                  .variables(Map.of("linePrice", feeSchedule.get(line)))
                  .send()
                  .join();
            });
  }

  @Test
  void everyLineIsPricedInItsOwnInstanceAndTheClaimIsSubmitted() {
    priceLinesFromFeeSchedule();
    processTestContext.mockJobWorker("check-line-edits").thenComplete(Map.of("editFailed", false));
    processTestContext.mockJobWorker("submit-claim").thenComplete();

    ProcessInstanceEvent claim = priceClaim(List.of("J1745", "J2505", "96413"));

    assertThat(claim)
        .isCompleted()
        .hasCompletedElements("Call_PriceLine", "Task_CheckLineEdits", "Task_SubmitClaim")
        .hasCompletedElement("Task_CheckLineEdits", 4) // the body and its three inner instances
        .hasCompletedElements("Event_ClaimSubmitted")
        .hasNoActiveIncidents()
        .hasVariable("linePrices", List.of(940, 4125, 310));
    assertThat(byProcessId(LINE_PROCESS_ID))
        .isCompleted()
        .hasCompletedElements("Task_PriceLine", "Event_LinePriced");
    assertThat(byParentProcessInstanceKey(claim.getProcessInstanceKey())).isCompleted();
  }

  @Test
  void theLineEditsStopAtTheFirstLineThatFails() {
    priceLinesFromFeeSchedule();
    AtomicInteger checked = new AtomicInteger();
    processTestContext
        .mockJobWorker("check-line-edits")
        .withHandler(
            (jobClient, job) ->
                jobClient
                    .newCompleteCommand(job)
                    .variables(Map.of("editFailed", checked.incrementAndGet() == 2))
                    .send()
                    .join());
    processTestContext.mockJobWorker("submit-claim").thenComplete();

    ProcessInstanceEvent claim = priceClaim(List.of("J1745", "J2505", "96413"));

    assertThat(claim)
        .isCompleted()
        .hasCompletedElement("Task_CheckLineEdits", 3) // the body and the first two lines
        .hasCompletedElements("Task_SubmitClaim");
    assertThat(checked.get()).isEqualTo(2);
  }

  @Test
  void aLineThePayerDoesNotCoverDeniesTheClaim() {
    processTestContext
        .mockJobWorker("price-claim-line")
        .thenThrowBpmnError("LINE_NOT_COVERED", Map.of("deniedReason", "CO-96"));
    processTestContext.mockJobWorker("submit-claim").thenComplete();

    ProcessInstanceEvent claim = priceClaim(List.of("J1745"));

    assertThat(claim)
        .isCompleted()
        .hasCompletedElements("Error_LineNotCovered", "Event_ClaimDenied")
        .hasTerminatedElements("Call_PriceLine")
        .hasVariable("deniedReason", "CO-96");
    assertThat(byProcessId(LINE_PROCESS_ID)).isTerminated();
  }
}

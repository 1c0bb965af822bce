package com.infusionbilling.remittance;

import static io.camunda.process.test.api.CamundaAssert.assertThat;

import com.infusionbilling.testing.ModelDeployment;
import com.infusionbilling.testing.ProcessTest;
import io.camunda.client.CamundaClient;
import io.camunda.process.test.api.CamundaProcessTestContext;
import io.camunda.process.test.api.assertions.ProcessInstanceSelectors;
import io.camunda.process.test.api.assertions.UserTaskSelectors;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code ProviderAdjustmentReview} (issue 17 item 2: PLB routed to an {@code ar} task): the
 * adjustment waits in "Reconcile provider adjustment" for accounts receivable, and what they did is
 * recorded.
 */
@ProcessTest
class ProviderAdjustmentReviewProcessTest {
  @Autowired CamundaClient client;
  @Autowired CamundaProcessTestContext context;

  @Test
  void aProviderAdjustmentIsReconciledByAccountsReceivableAndRecorded() {
    ModelDeployment.deploy(
        client, "bpmn/ProviderAdjustmentReview.bpmn", "forms/reconcile-provider-adjustment.form");
    context.mockJobWorker("record-provider-adjustment").thenComplete();
    long instance =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId("ProviderAdjustmentReview")
            .latestVersion()
            .variables(
                Map.of(
                    "plbAdjustmentId",
                    31,
                    "plbReasonCode",
                    "WO",
                    "plbAmount",
                    120.50,
                    "plbReference",
                    "PCCN0009"))
            .send()
            .join()
            .getProcessInstanceKey();

    assertThat(ProcessInstanceSelectors.byKey(instance))
        .hasActiveElements("Task_ReconcileProviderAdjustment");
    assertThat(UserTaskSelectors.byElementId("Task_ReconcileProviderAdjustment", instance))
        .hasCandidateGroup("ar");

    context.completeUserTask(
        UserTaskSelectors.byElementId("Task_ReconcileProviderAdjustment", instance),
        Map.of("plbResolution", "POSTED", "plbResolutionNote", "recovery of claim 9 overpayment"));

    assertThat(ProcessInstanceSelectors.byKey(instance))
        .isCompleted()
        .hasCompletedElementsInOrder(
            "Task_ReconcileProviderAdjustment",
            "Task_RecordProviderAdjustment",
            "Event_ProviderAdjustmentReconciled");
  }
}

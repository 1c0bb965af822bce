package com.infusionbilling.inventory;

import static io.camunda.process.test.api.CamundaAssert.assertThat;

import com.infusionbilling.testing.ModelDeployment;
import com.infusionbilling.testing.ProcessTest;
import io.camunda.client.CamundaClient;
import io.camunda.process.test.api.CamundaProcessTestContext;
import io.camunda.process.test.api.assertions.ProcessInstanceSelectors;
import io.camunda.process.test.api.assertions.UserTaskSelectors;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code InventoryReconciliation} (issue 18) with its real decision, {@code
 * Decision_InventoryVariance}: the worker's findings are mocked, so each test states the lot
 * figures it is about. No variance ends without a task; an unbilled dose and expired stock go to
 * pharmacy; billing more than was dispensed is high severity and also alerts managers.
 */
@ProcessTest
class InventoryReconciliationProcessTest {
  @Autowired CamundaClient client;
  @Autowired CamundaProcessTestContext context;

  @BeforeEach
  void deploy() {
    ModelDeployment.deploy(
        client,
        "bpmn/InventoryReconciliation.bpmn",
        "bpmn/Decision_InventoryVariance.dmn",
        "forms/investigate-inventory-variance.form");
    context.mockJobWorker("alert-managers-of-inventory-variance").thenComplete();
    context.mockJobWorker("record-inventory-investigation").thenComplete();
  }

  static Map<String, Object> finding(
      long id, String hcpcs, String source, double variance, double expired, double expiring) {
    return Map.of(
        "findingId", id,
        "lotId", id + 100,
        "hcpcs", hcpcs,
        "source", source,
        "varianceUnits", variance,
        "expiredContainers", expired,
        "expiringContainers", expiring);
  }

  long reconcileWith(List<Map<String, Object>> findings) {
    context
        .mockJobWorker("reconcile-inventory")
        .thenComplete(Map.of("reconciliationId", 1, "findings", findings));
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId("InventoryReconciliation")
        .latestVersion()
        .variables(Map.of("trigger", "ON_DEMAND"))
        .send()
        .join()
        .getProcessInstanceKey();
  }

  @Test
  void noVarianceEndsWithoutATask() {
    long instance =
        reconcileWith(
            List.of(
                finding(1, "J1745", "BUY_AND_BILL", 0.0, 0.0, 0.0),
                // 1 mg-unit drug: 1.5 units is rounding of its doses, within the 2-unit tolerance
                finding(2, "J9271", "BUY_AND_BILL", 1.5, 0.0, 0.0),
                // patient-assistance stock is never billed: dispensed and not billed is right
                finding(3, "J1745", "PATIENT_ASSISTANCE", 0.0, 0.0, 0.0)));

    assertThat(ProcessInstanceSelectors.byKey(instance))
        .isCompleted()
        .hasCompletedElements("Task_ReconcileInventory", "Event_InventoryReconciled")
        .hasNotActivatedElements(
            "Task_InvestigateInventoryVariance", "Task_AlertManagersOfVariance");
  }

  @Test
  void anUnbilledDoseGoesToPharmacyWhoRecordTheCause() {
    long instance = reconcileWith(List.of(finding(4, "J1745", "BUY_AND_BILL", 10.0, 0.0, 0.0)));

    assertThat(ProcessInstanceSelectors.byKey(instance))
        .hasActiveElements("Task_InvestigateInventoryVariance");
    assertThat(UserTaskSelectors.byElementId("Task_InvestigateInventoryVariance", instance))
        .hasCandidateGroup("pharmacy");

    context.completeUserTask(
        UserTaskSelectors.byElementId("Task_InvestigateInventoryVariance", instance),
        Map.of(
            "varianceCause", "UNBILLED_DOSE",
            "correctiveAction", "corrected claim sent with the missing units",
            "linkedVisitId", 41));

    assertThat(ProcessInstanceSelectors.byKey(instance))
        .isCompleted()
        .hasCompletedElementsInOrder(
            "Task_AssessInventoryVariance",
            "Task_InvestigateInventoryVariance",
            "Task_RecordInvestigation",
            "Event_VarianceExplained",
            "Event_InventoryReconciled")
        .hasNotActivatedElements("Task_AlertManagersOfVariance");
  }

  @Test
  void anExpiredLotOnHandGoesToPharmacy() {
    long instance = reconcileWith(List.of(finding(5, "J9312", "BUY_AND_BILL", 0.0, 2.0, 0.0)));

    assertThat(ProcessInstanceSelectors.byKey(instance))
        .hasActiveElements("Task_InvestigateInventoryVariance")
        .hasNotActivatedElements("Task_AlertManagersOfVariance");
  }

  @Test
  void aLotExpiringSoonIsFlaggedWithoutATask() {
    long instance = reconcileWith(List.of(finding(6, "J9312", "BUY_AND_BILL", 0.0, 0.0, 3.0)));

    assertThat(ProcessInstanceSelectors.byKey(instance))
        .isCompleted()
        .hasCompletedElements("Event_FindingWithinTolerance")
        .hasNotActivatedElements("Task_InvestigateInventoryVariance");
  }

  @Test
  void billedMoreThanDispensedIsHighSeverityAndAlertsManagers() {
    long instance =
        reconcileWith(
            List.of(
                finding(7, "J1745", "BUY_AND_BILL", -5.0, 0.0, 0.0),
                finding(8, "J1745", "BUY_AND_BILL", 0.0, 0.0, 0.0)));

    assertThat(ProcessInstanceSelectors.byKey(instance))
        .hasCompletedElements("Task_AlertManagersOfVariance")
        .hasActiveElements("Task_InvestigateInventoryVariance");
    assertThat(UserTaskSelectors.byElementId("Task_InvestigateInventoryVariance", instance))
        .hasCandidateGroup("pharmacy");
  }

  @Test
  void billingPatientAssistanceStockIsHighSeverity() {
    long instance =
        reconcileWith(List.of(finding(9, "J1745", "PATIENT_ASSISTANCE", -10.0, 0.0, 0.0)));

    assertThat(ProcessInstanceSelectors.byKey(instance))
        .hasCompletedElements("Task_AlertManagersOfVariance")
        .hasActiveElements("Task_InvestigateInventoryVariance");
  }
}

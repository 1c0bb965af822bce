package com.infusionbilling.verification;

import static io.camunda.process.test.api.CamundaAssert.assertThat;

import com.infusionbilling.testing.ModelDeployment;
import com.infusionbilling.testing.ProcessTest;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.process.test.api.CamundaProcessTestContext;
import io.camunda.process.test.api.assertions.UserTaskSelectors;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code BenefitVerification}: the 270 goes out (mocked worker), the 271 arrives as a message, the
 * real coverage decision ({@code Decision_Coverage}) runs, the result is recorded (mocked worker).
 * Detours: inactive coverage, pharmacy benefit, and no 271 in time: the coordinator verifies by
 * phone.
 */
@ProcessTest
class BenefitVerificationProcessTest {
  @Autowired CamundaClient client;
  @Autowired CamundaProcessTestContext context;

  @BeforeEach
  void deploy() {
    ModelDeployment.deploy(
        client,
        "bpmn/BenefitVerification.bpmn",
        "bpmn/Decision_Coverage.dmn",
        "forms/verify-benefits-by-phone.form");
    context
        .mockJobWorker("send-eligibility-inquiry")
        .thenComplete(Map.of("verificationId", 11, "traceNumber", "IBW-BV-11"));
    context.mockJobWorker("record-benefit-verification").thenComplete();
  }

  ProcessInstanceEvent verify(String payerId, String site, String hcpcs) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId("BenefitVerification")
        .latestVersion()
        .variables(Map.of("episodeId", 1, "payerId", payerId, "siteOfCare", site, "hcpcs", hcpcs))
        .send()
        .join();
  }

  void eligibilityResponse(boolean active, String benefit) {
    client
        .newPublishMessageCommand()
        .messageName("Message_EligibilityResponseReceived")
        .correlationKey("IBW-BV-11")
        .variables(
            Map.of("coverageActive", active, "benefitType", benefit, "paRequiredByPayer", true))
        .send()
        .join();
  }

  static Map<String, Object> coverage(String outcome, boolean buyAndBill, String restriction) {
    Map<String, Object> m = new HashMap<>();
    m.put("coverageOutcome", outcome);
    m.put("buyAndBillAllowed", buyAndBill);
    m.put("siteOfCareRestriction", restriction);
    return m;
  }

  @Test
  void happyPathActiveMedicalBenefitFromThe271() {
    var instance = verify("COMMERCIAL_SUMMIT", "OFFICE", "J3380");
    assertThat(instance).isWaitingForMessage("Message_EligibilityResponseReceived", "IBW-BV-11");

    eligibilityResponse(true, "MEDICAL");

    assertThat(instance)
        .isCompleted()
        .hasCompletedElementsInOrder(
            "Task_SendEligibilityInquiry",
            "Task_ReceiveEligibilityResponse",
            "Task_DetermineCoverage",
            "Task_RecordBenefitVerification",
            "Event_BenefitsVerified")
        .hasVariable("coverage", coverage("MEDICAL_BENEFIT", true, "NONE"))
        .hasNotActivatedElements("Task_VerifyBenefitsByPhone");
  }

  @Test
  void inactiveCoverage() {
    var instance = verify("COMMERCIAL_SUMMIT", "OFFICE", "J1745");
    eligibilityResponse(false, "MEDICAL");

    assertThat(instance).isCompleted().hasVariable("coverage", coverage("INACTIVE", false, "NONE"));
  }

  @Test
  void pharmacyBenefit() {
    var instance = verify("COMMERCIAL_ACME", "OFFICE", "J0897");
    eligibilityResponse(true, "PHARMACY");

    assertThat(instance)
        .isCompleted()
        .hasVariable("coverage", coverage("PHARMACY_BENEFIT", false, "NONE"));
  }

  @Test
  void aPayerSiteOfCarePolicyIsReported() {
    var instance = verify("COMMERCIAL_ACME", "HOSPITAL_OUTPATIENT", "J1745");
    eligibilityResponse(true, "MEDICAL");

    assertThat(instance)
        .isCompleted()
        .hasVariable(
            "coverage", coverage("MEDICAL_BENEFIT", true, "SITE_OF_CARE_EXCEPTION_REQUIRED"));
  }

  @Test
  void no271WithinFourHoursFallsBackToPhoneVerification() {
    var instance = verify("MEDICARE_PART_B", "OFFICE", "J2350");
    assertThat(instance).isWaitingForMessage("Message_EligibilityResponseReceived");

    context.increaseTime(Duration.ofHours(5));

    assertThat(instance)
        .hasCompletedElements("Event_NoResponseInTime")
        .hasTerminatedElements("Task_ReceiveEligibilityResponse")
        .hasActiveElements("Task_VerifyBenefitsByPhone");
    assertThat(UserTaskSelectors.byElementId("Task_VerifyBenefitsByPhone"))
        .hasCandidateGroup("intake");

    context.completeUserTask(
        "Task_VerifyBenefitsByPhone",
        Map.of(
            "verifiedByPhone",
            true,
            "coverageActive",
            true,
            "benefitType",
            "MEDICAL",
            "paRequiredByPayer",
            false,
            "deductible",
            257,
            "deductibleMet",
            257,
            "coinsurancePercent",
            20,
            "payerReference",
            "CALL-4471"));

    assertThat(instance)
        .isCompleted()
        .hasCompletedElements("Task_VerifyBenefitsByPhone", "Task_DetermineCoverage")
        .hasVariable("coverage", coverage("MEDICAL_BENEFIT", true, "NONE"));
  }
}

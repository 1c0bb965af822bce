package com.infusionbilling.verification;

/** IDs that cross the border between {@code bpmn/BenefitVerification.bpmn} and the Java code. */
public final class BenefitVerificationProcess {
  public static final String PROCESS_ID = "BenefitVerification";

  public static final String JOB_SEND_ELIGIBILITY_INQUIRY = "send-eligibility-inquiry";
  public static final String JOB_RECORD_BENEFIT_VERIFICATION = "record-benefit-verification";

  /** The 271 arrived (correlation key: the 270 trace number). */
  public static final String MESSAGE_ELIGIBILITY_RESPONSE = "Message_EligibilityResponseReceived";

  public static final String DECISION_COVERAGE = "Decision_Coverage";

  public static final String VAR_VERIFICATION_ID = "verificationId";
  public static final String VAR_TRACE_NUMBER = "traceNumber";
  public static final String VAR_COVERAGE_ACTIVE = "coverageActive";
  public static final String VAR_BENEFIT_TYPE = "benefitType";
  public static final String VAR_PA_REQUIRED_BY_PAYER = "paRequiredByPayer";
  public static final String VAR_COVERAGE_OUTCOME = "coverageOutcome";

  private BenefitVerificationProcess() {}
}

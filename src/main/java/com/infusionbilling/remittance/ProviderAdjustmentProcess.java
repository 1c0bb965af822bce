package com.infusionbilling.remittance;

/** IDs that cross the border between {@code bpmn/ProviderAdjustmentReview.bpmn} and Java. */
public final class ProviderAdjustmentProcess {
  public static final String PROCESS_ID = "ProviderAdjustmentReview";

  public static final String JOB_RECORD_PROVIDER_ADJUSTMENT = "record-provider-adjustment";

  public static final String VAR_PLB_ADJUSTMENT_ID = "plbAdjustmentId";
  public static final String VAR_REMITTANCE_ID = "remittanceId";
  public static final String VAR_TRACE_NUMBER = "traceNumber";
  public static final String VAR_PAYER_ID = "payerId";
  public static final String VAR_REASON_CODE = "plbReasonCode";
  public static final String VAR_REASON_TEXT = "plbReasonText";
  public static final String VAR_REFERENCE = "plbReference";
  public static final String VAR_AMOUNT = "plbAmount";

  /** When the PLB reference names one of our claims (CLM01): the claim and its episode. */
  public static final String VAR_CLAIM_ID = "claimId";

  public static final String VAR_EPISODE_ID = "episodeId";

  /** "Reconcile provider adjustment": POSTED, DISPUTED or REFERRED, and why. */
  public static final String VAR_RESOLUTION = "plbResolution";

  public static final String VAR_RESOLUTION_NOTE = "plbResolutionNote";

  /** The business key of one PLB's review. */
  public static String businessKey(long plbAdjustmentId) {
    return "plb-" + plbAdjustmentId;
  }

  private ProviderAdjustmentProcess() {}
}

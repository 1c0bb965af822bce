package com.infusionbilling.episode;

/** IDs that cross the border between {@code bpmn/TherapyEpisode.bpmn} and the Java code. */
public final class TherapyEpisodeProcess {
  public static final String PROCESS_ID = "TherapyEpisode";

  public static final String JOB_APPLY_COVERAGE_RESOLUTION = "apply-coverage-resolution";
  public static final String JOB_APPLY_SITE_OF_CARE_RESOLUTION = "apply-site-of-care-resolution";
  public static final String JOB_ACTIVATE_THERAPY = "activate-therapy";
  public static final String JOB_CLOSE_EPISODE = "close-episode";

  /** Therapy completed or discontinued (correlation key: episode ID); ends monitoring too. */
  public static final String MESSAGE_THERAPY_ENDED = "Message_TherapyEnded";

  /**
   * A visit was scheduled (correlation key: episode ID; variable {@code visitId}): the episode
   * starts the visit's {@code InfusionVisit} ("Start infusion visit", job {@code
   * start-infusion-visit}).
   */
  public static final String MESSAGE_INFUSION_VISIT_REQUESTED = "Message_InfusionVisitRequested";

  /** The dose, frequency or drug changed (correlation key: episode ID); triggers a renewal. */
  public static final String MESSAGE_THERAPY_CHANGED = "Message_TherapyChanged";

  public static final String VAR_EPISODE_ID = "episodeId";
  public static final String VAR_PAYER_ID = "payerId";
  public static final String VAR_HCPCS = "hcpcs";
  public static final String VAR_SITE_OF_CARE = "siteOfCare";
  public static final String VAR_PRIMARY_DIAGNOSIS = "primaryDiagnosis";
  public static final String VAR_END_REASON = "endReason";

  /**
   * The coverage decision allows the drug under the medical benefit but not as ordered: no
   * buy-and-bill at this site (Medicare Part B at home) or the payer's site-of-care policy asks for
   * an exception; "Resolve site of care" decides (answers below).
   */
  public static final String VAR_SITE_OF_CARE_TO_RESOLVE = "siteOfCareToResolve";

  public static final String VAR_SITE_OF_CARE_RESOLUTION = "siteOfCareResolution";

  /** Set when the prior authorization asks the payer for a site-of-care exception. */
  public static final String VAR_SITE_OF_CARE_EXCEPTION = "siteOfCareException";

  public static final String SITE_CHANGE_SITE = "CHANGE_SITE";
  public static final String SITE_EXCEPTION = "EXCEPTION";
  public static final String SITE_WHITE_BAG = "WHITE_BAG";
  public static final String SITE_CLOSE = "CLOSE";

  /** Errors the episode catches from the prior authorization. */
  public static final String ERROR_THERAPY_NOT_AUTHORIZED = "THERAPY_NOT_AUTHORIZED";

  private TherapyEpisodeProcess() {}
}

package com.infusionbilling.security;

import java.util.Set;

/**
 * The Camunda candidate groups the processes assign user tasks to ({@code
 * zeebe:assignmentDefinition candidateGroups}), and which of them the demo users belong to.
 */
public final class CandidateGroups {
  public static final String INTAKE = "intake";
  public static final String AUTHORIZATION = "authorization";
  public static final String BILLING = "billing";

  /** Nurses: document administrations ({@code InfusionVisit}). */
  public static final String CLINICAL = "clinical";

  /** Coders: resolve coding edits ({@code InfusionVisit}). */
  public static final String CODING = "coding";

  /** Accounts receivable: claim status follow-up ({@code ClaimSubmission}). */
  public static final String AR = "ar";

  /** Denials and appeals (lifecycle part 2b). */
  public static final String APPEALS = "appeals";

  /**
   * Managers' own tasks (write-off approvals, missed appeal deadlines). No user is put in it:
   * managers see and work every task, so only they work these.
   */
  public static final String MANAGERS = "managers";

  /** Pharmacy and drug inventory (the inventory issue). */
  public static final String PHARMACY = "pharmacy";

  /** Front office: referral intake, benefit verification and prior authorization. */
  public static final Set<String> FRONT_OFFICE = Set.of(INTAKE, AUTHORIZATION);

  /** Back office: claims, receivables and appeals. */
  public static final Set<String> BACK_OFFICE = Set.of(BILLING, AR, APPEALS);

  public static final Set<String> ALL =
      Set.of(INTAKE, AUTHORIZATION, BILLING, CLINICAL, CODING, AR, APPEALS, PHARMACY);

  private CandidateGroups() {}
}

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

  /** Front office: referral intake, benefit verification and prior authorization. */
  public static final Set<String> FRONT_OFFICE = Set.of(INTAKE, AUTHORIZATION);

  public static final Set<String> ALL = Set.of(INTAKE, AUTHORIZATION, BILLING);

  private CandidateGroups() {}
}

package com.infusionbilling.worklist;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The revenue-cycle stages the worklist filters by and the dashboard reports on, and the BPMN
 * processes (by process ID) whose user tasks belong to each. Stages of lifecycle part 2 name the
 * process IDs that part models.
 */
public enum Stage {
  INTAKE("Referral intake", "TherapyEpisode"),
  BENEFIT_VERIFICATION("Benefit verification", "BenefitVerification"),
  PRIOR_AUTHORIZATION("Prior authorization", "PriorAuthorization", "AuthorizationMonitoring"),
  DOCUMENTATION("Documentation", "InfusionVisit"),
  CODING("Coding", "ClaimCoding"),
  CLAIM_SUBMISSION("Claim submission", "ClaimSubmission"),
  REMITTANCE("Remittance", "Remittance"),
  DENIAL_APPEAL("Denial / appeal", "DenialAppeal");

  private final String label;
  private final List<String> processIds;

  Stage(String label, String... processIds) {
    this.label = label;
    this.processIds = List.of(processIds);
  }

  public String label() {
    return label;
  }

  public List<String> processIds() {
    return processIds;
  }

  public static Optional<Stage> ofProcess(String bpmnProcessId) {
    return Arrays.stream(values()).filter(s -> s.processIds.contains(bpmnProcessId)).findFirst();
  }

  /** Parses {@code prior-authorization} or {@code PRIOR_AUTHORIZATION}; 400 naming the field. */
  public static Stage parse(String value) {
    String normalized = value.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    return Arrays.stream(values())
        .filter(s -> s.name().equals(normalized))
        .findFirst()
        .orElseThrow(
            () ->
                new WorklistException.BadRequest(
                    "stage", "unknown stage '" + value + "'; one of " + Arrays.toString(values())));
  }
}

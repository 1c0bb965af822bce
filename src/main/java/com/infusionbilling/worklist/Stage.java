package com.infusionbilling.worklist;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The revenue-cycle stages the worklist filters by and the dashboard reports on, and the user tasks
 * that belong to each: every task of a process (by process ID), or, where one process spans stages,
 * the tasks of some of its elements ({@code InfusionVisit}: readiness is scheduling, "Document
 * administration" documentation, "Resolve coding edits" coding).
 */
public enum Stage {
  INTAKE("Referral intake", "TherapyEpisode"),
  BENEFIT_VERIFICATION("Benefit verification", "BenefitVerification"),
  PRIOR_AUTHORIZATION("Prior authorization", "PriorAuthorization", "AuthorizationMonitoring"),
  SCHEDULING("Scheduling", "InfusionVisit#Task_ResolveVisitReadiness"),
  DOCUMENTATION("Documentation", "InfusionVisit#Task_DocumentAdministration"),
  CODING("Coding", "InfusionVisit#Task_ResolveCodingEdits"),
  CLAIM_SUBMISSION("Claim submission", "ClaimSubmission"),
  REMITTANCE(
      "Remittance",
      "ClaimSubmission#Task_ReviewUnderpayment",
      "ClaimSubmission#Task_ApproveWriteOff",
      "ProviderAdjustmentReview"),
  DENIAL_APPEAL("Denial / appeal", "DenialAppeal");

  /** Where a stage's tasks come from: a process, and optionally one element of it. */
  public record Source(String processId, String elementId) {
    static Source parse(String text) {
      int hash = text.indexOf('#');
      return hash < 0
          ? new Source(text, null)
          : new Source(text.substring(0, hash), text.substring(hash + 1));
    }

    boolean matches(String processId, String elementId) {
      return this.processId.equals(processId)
          && (this.elementId == null || this.elementId.equals(elementId));
    }
  }

  private final String label;
  private final List<Source> sources;

  Stage(String label, String... sources) {
    this.label = label;
    this.sources = Arrays.stream(sources).map(Source::parse).toList();
  }

  public String label() {
    return label;
  }

  public List<Source> sources() {
    return sources;
  }

  /** The process IDs of the stage's tasks. */
  public List<String> processIds() {
    return sources.stream().map(Source::processId).distinct().toList();
  }

  /** The stage of a user task: an element-specific stage first, then its process's. */
  public static Optional<Stage> of(String bpmnProcessId, String elementId) {
    return Arrays.stream(values())
        .filter(
            s ->
                s.sources.stream()
                    .anyMatch(
                        src -> src.elementId() != null && src.matches(bpmnProcessId, elementId)))
        .findFirst()
        .or(() -> ofProcess(bpmnProcessId));
  }

  /** The stage of every task of a process (processes a stage takes whole). */
  public static Optional<Stage> ofProcess(String bpmnProcessId) {
    return Arrays.stream(values())
        .filter(
            s ->
                s.sources.stream()
                    .anyMatch(
                        src -> src.elementId() == null && src.processId().equals(bpmnProcessId)))
        .findFirst();
  }

  /** Parses {@code prior-authorization} or {@code PRIOR_AUTHORIZATION}; 400 naming the field. */
  public static Stage parse(String value) {
    String normalized = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(values())
        .filter(s -> s.name().equals(normalized))
        .findFirst()
        .orElseThrow(
            () ->
                new WorklistException.BadRequest(
                    "stage", "unknown stage '" + value + "'; one of " + Arrays.toString(values())));
  }
}

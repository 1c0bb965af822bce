package com.infusionbilling.claim;

import com.infusionbilling.process.JobVariables;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.CamundaError;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Apply claim correction": stores what "Correct claim" changed and returns the attempt number the
 * resubmission uses (the last one sent + 1).
 */
@Component
public class ApplyClaimCorrectionWorker {
  private final ClaimSubmissionService submissions;

  public ApplyClaimCorrectionWorker(ClaimSubmissionService submissions) {
    this.submissions = submissions;
  }

  @JobWorker(type = ClaimSubmissionProcess.JOB_APPLY_CLAIM_CORRECTION)
  public Map<String, Object> apply(ActivatedJob job) {
    JobVariables vars = new JobVariables(job.getVariablesAsMap());
    long claimId = vars.number(ClaimSubmissionProcess.VAR_CLAIM_ID);
    var correction =
        new ClaimSubmissionService.Correction(
            vars.string("authorizationNumber"),
            list(vars.string("diagnosisCodes")),
            vars.string("renderingNpi"),
            lineCorrections(vars),
            vars.string("correctionNote"));
    String actor = vars.has("correctedBy") ? vars.string("correctedBy") : "Correct claim task";
    int next;
    try {
      next = submissions.applyCorrection(claimId, correction, actor, Long.toString(job.getKey()));
    } catch (InvalidClaimException e) {
      // back to "Correct claim", saying what could not be applied; nothing was changed
      throw CamundaError.bpmnError(
          ClaimSubmissionProcess.ERROR_CORRECTION_INVALID,
          e.getMessage(),
          Map.of(
              ClaimSubmissionProcess.VAR_CORRECTION_REASON,
              "The correction was not applied (" + e.getMessage() + "). The claim is unchanged."));
    }
    return Map.of(ClaimSubmissionProcess.VAR_SUBMISSION_ATTEMPT, next);
  }

  static List<String> list(String commaSeparated) {
    if (commaSeparated == null || commaSeparated.isBlank()) {
      return List.of();
    }
    return Arrays.stream(commaSeparated.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
  }

  /** The form's one optional line correction (line number, modifiers, units, pointers). */
  static List<ClaimSubmissionService.LineCorrection> lineCorrections(JobVariables v) {
    if (!v.has("lineNumber")) {
      return List.of();
    }
    List<Integer> pointers =
        list(v.string("lineDiagnosisPointers")).stream().map(Integer::valueOf).toList();
    return List.of(
        new ClaimSubmissionService.LineCorrection(
            v.number("lineNumber").intValue(),
            v.has("lineModifiers") ? list(v.string("lineModifiers")) : null,
            v.has("lineUnits") ? v.number("lineUnits").intValue() : null,
            pointers.isEmpty() ? null : pointers));
  }
}

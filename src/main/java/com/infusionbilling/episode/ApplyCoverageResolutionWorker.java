package com.infusionbilling.episode;

import com.infusionbilling.process.JobVariables;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Apply coverage resolution": an alternate payer becomes the episode's coverage. The member ID the
 * coordinator typed is stored in the coverage table and blanked in the process variables.
 */
@Component
public class ApplyCoverageResolutionWorker {
  private final EpisodeService episodes;

  public ApplyCoverageResolutionWorker(EpisodeService episodes) {
    this.episodes = episodes;
  }

  @JobWorker(type = TherapyEpisodeProcess.JOB_APPLY_COVERAGE_RESOLUTION)
  public Map<String, Object> apply(ActivatedJob job) {
    var vars = new JobVariables(job.getVariablesAsMap());
    String resolution = vars.string("coverageResolution");
    EpisodeService.AlternateCoverage alternate = null;
    if (EpisodeService.ALTERNATE_PAYER.equals(resolution)) {
      alternate =
          new EpisodeService.AlternateCoverage(
              vars.string("alternatePayerId"),
              vars.string("alternateMemberId"),
              vars.string("alternateGroupNumber"),
              vars.has("alternateEffectiveFrom")
                  ? LocalDate.parse(vars.string("alternateEffectiveFrom"))
                  : null);
    }
    String payerId =
        episodes.applyCoverageResolution(
            vars.number(TherapyEpisodeProcess.VAR_EPISODE_ID),
            resolution,
            alternate,
            String.valueOf(job.getKey()));
    Map<String, Object> out = new HashMap<>();
    out.put(TherapyEpisodeProcess.VAR_PAYER_ID, payerId);
    out.put("alternateMemberId", null);
    out.put("alternateGroupNumber", null);
    return out;
  }
}

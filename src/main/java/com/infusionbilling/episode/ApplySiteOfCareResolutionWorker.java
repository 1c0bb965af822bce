package com.infusionbilling.episode;

import com.infusionbilling.billing.scrub.SiteOfCare;
import com.infusionbilling.process.JobVariables;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "Apply site-of-care resolution": a new site, a site-of-care exception for the prior
 * authorization, a white-bagged drug or closing the episode ({@link
 * EpisodeService#applySiteOfCareResolution}). Idempotent by the job key.
 */
@Component
public class ApplySiteOfCareResolutionWorker {
  private final EpisodeService episodes;

  public ApplySiteOfCareResolutionWorker(EpisodeService episodes) {
    this.episodes = episodes;
  }

  @JobWorker(type = TherapyEpisodeProcess.JOB_APPLY_SITE_OF_CARE_RESOLUTION)
  public Map<String, Object> apply(ActivatedJob job) {
    var vars = new JobVariables(job.getVariablesAsMap());
    String resolution = vars.string(TherapyEpisodeProcess.VAR_SITE_OF_CARE_RESOLUTION);
    SiteOfCare site =
        episodes.applySiteOfCareResolution(
            vars.number(TherapyEpisodeProcess.VAR_EPISODE_ID),
            resolution,
            vars.has("newSiteOfCare") ? SiteOfCare.valueOf(vars.string("newSiteOfCare")) : null,
            vars.has("exceptionReason") ? vars.string("exceptionReason") : null,
            String.valueOf(job.getKey()));
    Map<String, Object> out = new HashMap<>();
    out.put(TherapyEpisodeProcess.VAR_SITE_OF_CARE, site.name());
    out.put(
        TherapyEpisodeProcess.VAR_SITE_OF_CARE_EXCEPTION,
        TherapyEpisodeProcess.SITE_EXCEPTION.equals(resolution));
    return out;
  }
}

package com.infusionbilling.visit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.LocalDateTime;
import java.util.Map;
import org.springframework.stereotype.Component;

/** "Apply readiness resolution": check again, reschedule (new timers) or cancel the visit. */
@Component
public class ApplyVisitReadinessResolutionWorker {
  private final VisitService visits;

  public ApplyVisitReadinessResolutionWorker(VisitService visits) {
    this.visits = visits;
  }

  @JobWorker(type = InfusionVisitProcess.JOB_APPLY_READINESS_RESOLUTION)
  public Map<String, Object> apply(
      @Variable long visitId,
      @Variable String readinessResolution,
      @Variable(name = "newScheduledStart") String newScheduledStart) {
    LocalDateTime start =
        newScheduledStart == null || newScheduledStart.isBlank()
            ? null
            : LocalDateTime.parse(newScheduledStart);
    return visits.applyReadinessResolution(visitId, readinessResolution, start);
  }
}

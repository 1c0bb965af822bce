package com.infusionbilling.visit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/**
 * "Start infusion visit" in {@code TherapyEpisode}: publishes the visit's {@code InfusionVisit}
 * start message (message ID and correlation key the visit ID: one instance per visit).
 */
@Component
public class StartInfusionVisitWorker {
  private final VisitService visits;

  public StartInfusionVisitWorker(VisitService visits) {
    this.visits = visits;
  }

  @JobWorker(type = InfusionVisitProcess.JOB_START_INFUSION_VISIT)
  public void start(@Variable long visitId) {
    visits.startProcess(visitId);
  }
}

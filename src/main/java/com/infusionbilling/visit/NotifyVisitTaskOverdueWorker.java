package com.infusionbilling.visit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;

/**
 * The visit's overdue notices: readiness unresolved the day before (managers), documentation open
 * 24 hours (the nurse reminded) or 72 hours (managers); {@code escalation} says which.
 */
@Component
public class NotifyVisitTaskOverdueWorker {
  private final VisitService visits;

  public NotifyVisitTaskOverdueWorker(VisitService visits) {
    this.visits = visits;
  }

  @JobWorker(type = InfusionVisitProcess.JOB_NOTIFY_VISIT_OVERDUE)
  public void notifyOverdue(@Variable long visitId, @Variable String escalation) {
    visits.notifyOverdue(visitId, escalation);
  }
}

package com.infusionbilling.runtime.command;

import com.infusionbilling.runtime.engine.IncidentRecord;
import com.infusionbilling.runtime.engine.IncidentState;
import com.infusionbilling.runtime.engine.InstanceStore;
import com.infusionbilling.runtime.engine.JobRecord;
import com.infusionbilling.runtime.engine.ProcessInstanceExecution;
import com.infusionbilling.runtime.executor.CommandExecutor;
import com.infusionbilling.runtime.shared.NotFoundException;

/**
 * Incident commands (docs.camunda.io "Incidents"): resolving an incident retries the step that
 * raised it, under its process instance's lock.
 */
public final class IncidentCommands {

  private final CommandExecutor executor;
  private final InstanceStore instances;

  public IncidentCommands(CommandExecutor executor, InstanceStore instances) {
    this.executor = executor;
    this.instances = instances;
  }

  public void resolveIncident(ResolveIncident command) {
    long incidentKey = command.incidentKey();
    executor.execute(
        context -> {
          IncidentRecord incident = instances.loadIncident(incidentKey);
          if (incident == null || incident.state != IncidentState.ACTIVE) {
            throw new NotFoundException(
                "Expected to resolve incident with key '"
                    + incidentKey
                    + "', but no such incident was found");
          }
          ProcessInstanceExecution execution = context.load(incident.processInstanceKey);
          instances.attachIncident(execution, incident);
          JobRecord job = null;
          if (incident.jobKey != null) {
            job = instances.loadJob(incident.jobKey, true);
            if (job != null) {
              instances.attachJob(execution, job);
            }
          }
          execution.resolveIncident(incident, job);
          context.flush(execution);
          return null;
        });
  }
}

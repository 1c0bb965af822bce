package com.infusionbilling.runtime.engine;

/**
 * The states of an incident this runtime records, as docs.camunda.io's incident search reports them
 * ({@code rt_incident.state} holds the name): raised, then resolved.
 */
public enum IncidentState {
  ACTIVE,
  RESOLVED
}

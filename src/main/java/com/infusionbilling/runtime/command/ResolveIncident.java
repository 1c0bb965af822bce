package com.infusionbilling.runtime.command;

/** Resolve an incident (docs.camunda.io "Resolve incident"): retry the step that raised it. */
public record ResolveIncident(long incidentKey) {}

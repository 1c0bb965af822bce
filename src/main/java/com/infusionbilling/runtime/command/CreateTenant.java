package com.infusionbilling.runtime.command;

/** Create a tenant (docs.camunda.io REST API "Create tenant"); its id and name are required. */
public record CreateTenant(String tenantId, String name, String description) {}

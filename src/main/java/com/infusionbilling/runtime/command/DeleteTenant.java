package com.infusionbilling.runtime.command;

/** Delete a tenant and its memberships (docs.camunda.io REST API "Delete tenant"). */
public record DeleteTenant(String tenantId) {}

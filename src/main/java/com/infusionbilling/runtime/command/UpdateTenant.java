package com.infusionbilling.runtime.command;

/**
 * Update a tenant's name and description (docs.camunda.io REST API "Update tenant"); a blank name
 * or a null description leaves it unchanged.
 */
public record UpdateTenant(String tenantId, String name, String description) {}

package com.infusionbilling.runtime.command;

/**
 * Assign a user or client to a tenant (docs.camunda.io REST API "Assign a user/client to a
 * tenant"); assigning twice is 409.
 */
public record AssignTenantMember(String tenantId, Tenants.MemberType memberType, String memberId) {}

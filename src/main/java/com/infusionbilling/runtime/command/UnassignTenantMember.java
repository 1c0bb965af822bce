package com.infusionbilling.runtime.command;

/**
 * Unassign a user or client from a tenant (docs.camunda.io REST API "Unassign a user/client from a
 * tenant"); one that is not assigned is 404.
 */
public record UnassignTenantMember(
    String tenantId, Tenants.MemberType memberType, String memberId) {}

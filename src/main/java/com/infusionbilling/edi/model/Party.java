package com.infusionbilling.edi.model;

/**
 * A provider, facility or payer in a name loop (NM1). An organization has {@code organizationName}
 * set (NM102 = 2); a person has {@code lastName}/{@code firstName} (NM102 = 1). {@code id} is the
 * NPI for providers and the payer ID for payers. {@code taxId} is the EIN (REF*EI), {@code
 * taxonomyCode} the provider taxonomy (PRV*..*PXC).
 */
public record Party(
    String organizationName,
    String lastName,
    String firstName,
    String id,
    String taxId,
    String taxonomyCode,
    Address address) {

  public static Party organization(String name, String id) {
    return new Party(name, null, null, id, null, null, null);
  }

  public static Party person(String lastName, String firstName, String id) {
    return new Party(null, lastName, firstName, id, null, null, null);
  }

  public boolean isOrganization() {
    return organizationName != null;
  }

  /** NM103: the organization name or the last name. */
  public String name() {
    return organizationName != null ? organizationName : lastName;
  }
}

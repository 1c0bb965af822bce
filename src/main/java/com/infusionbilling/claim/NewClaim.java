package com.infusionbilling.claim;

import com.infusionbilling.billing.coding.ClaimType;
import java.time.LocalDate;
import java.util.List;

/**
 * What coding produced for one visit (CONTRACT-16): ids and the coded lines, no PHI.
 *
 * @param payerId billing_payer id, for example MEDICARE_PART_B
 * @param claimType PROFESSIONAL (837P) or INSTITUTIONAL (837I)
 * @param dateOfService on an 837I also the statement from/through date
 * @param siteOfCare OFFICE, HOSPITAL_OUTPATIENT, HOME, INFUSION_CENTER (or
 *     AMBULATORY_INFUSION_CENTER)
 * @param authorizationNumber REF*G1, or null
 * @param diagnoses ICD-10-CM codes in claim order; line pointers refer to these, 1-based
 * @param renderingNpi supervising physician NPI, or null (the billing provider renders)
 */
public record NewClaim(
    long visitId,
    long episodeId,
    String payerId,
    ClaimType claimType,
    LocalDate dateOfService,
    String siteOfCare,
    String authorizationNumber,
    List<String> diagnoses,
    String renderingNpi,
    List<NewClaimLine> lines) {

  public NewClaim {
    diagnoses = diagnoses == null ? List.of() : List.copyOf(diagnoses);
    lines = lines == null ? List.of() : List.copyOf(lines);
  }
}

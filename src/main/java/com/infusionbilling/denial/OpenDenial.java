package com.infusionbilling.denial;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A denied adjustment that posting hands to denial management (contract of issue 17): one CAS
 * (group code + CARC) of one claim or claim line in one {@code remittance_claim}.
 *
 * @param claimLineId the claim line's ID ({@code claim_line.id}); null for a claim-level denial
 * @param remittanceClaimId the {@code remittance_claim} row; with the line, the group code and the
 *     CARC it identifies the denial (idempotency key)
 * @param rarcs the remark codes (RARC) of the claim or line, may be empty
 * @param amount the adjusted amount of that CAS
 * @param expectedAllowed what the billing engine expected the payer to allow (null when unknown)
 * @param paid what the payer paid for the claim or line
 * @param remittanceDate the 835's date (BPR16), the start of every appeal clock
 * @param remittanceId the stored 835 ({@code remittance.id}) that denied it; a later 835 pays the
 *     claim after an overturned appeal (null when unknown)
 */
public record OpenDenial(
    long claimId,
    Long claimLineId,
    long remittanceClaimId,
    String groupCode,
    String carc,
    List<String> rarcs,
    BigDecimal amount,
    BigDecimal expectedAllowed,
    BigDecimal paid,
    LocalDate remittanceDate,
    Long remittanceId) {
  public OpenDenial {
    rarcs = rarcs == null ? List.of() : List.copyOf(rarcs);
  }
}

package com.infusionbilling.denial;

import com.infusionbilling.billing.reference.PayerType;
import com.infusionbilling.claim.ClaimView;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * What {@code Decision_DenialRouting} reads about a denial besides its codes, taken from the claim
 * when the denial is opened and stored with it.
 *
 * @param lineKind {@code DRUG} (a J/Q code or a line with an NDC), {@code ADMINISTRATION} (a CPT
 *     9636x-9641x/9645x/9650x drug administration code), {@code OTHER}, or {@code CLAIM} for a
 *     claim-level denial
 * @param abnOnFile the line carries GA: an Advance Beneficiary Notice was given (CMS Pub. 100-04,
 *     ch. 30 §40.3.6)
 * @param jwJzOnLine the line carries JW (discarded drug) or JZ (no waste)
 */
record DenialFacts(
    long episodeId,
    String payerId,
    String payerType,
    String claimType,
    String lineKind,
    String lineCode,
    boolean authorizationOnFile,
    boolean abnOnFile,
    boolean jwJzOnLine,
    int daysSinceService,
    LocalDate dateOfService) {

  static final String DRUG = "DRUG";
  static final String ADMINISTRATION = "ADMINISTRATION";
  static final String OTHER = "OTHER";
  static final String CLAIM = "CLAIM";

  static DenialFacts of(
      ClaimView claim, ClaimView.Line line, PayerType payerType, LocalDate remittanceDate) {
    List<String> modifiers = line == null ? List.of() : line.modifiers();
    return new DenialFacts(
        claim.episodeId(),
        claim.payerId(),
        payerType.name(),
        claim.claimType(),
        line == null ? CLAIM : kind(line.code(), line.ndc()),
        line == null ? null : line.code(),
        claim.authorizationNumber() != null && !claim.authorizationNumber().isBlank(),
        modifiers.contains("GA"),
        modifiers.contains("JW") || modifiers.contains("JZ"),
        (int) Math.max(0, ChronoUnit.DAYS.between(claim.dateOfService(), remittanceDate)),
        claim.dateOfService());
  }

  static String kind(String code, String ndc) {
    String c = code == null ? "" : code.toUpperCase(Locale.ROOT);
    if (ndc != null || c.startsWith("J") || c.startsWith("Q")) {
      return DRUG;
    }
    if (c.matches("9636[0-9]|9637[0-9]|964[0-1][0-9]|9645[0-9]|9650[0-9]|9652[0-3]")) {
      return ADMINISTRATION;
    }
    return OTHER;
  }
}

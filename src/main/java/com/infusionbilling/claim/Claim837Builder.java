package com.infusionbilling.claim;

import com.infusionbilling.LifecycleProperties;
import com.infusionbilling.billing.coding.ClaimType;
import com.infusionbilling.billing.preview.BillingPreviewService;
import com.infusionbilling.billing.reference.Payer;
import com.infusionbilling.edi.X12Identities;
import com.infusionbilling.edi.model.Address;
import com.infusionbilling.edi.model.Adjustment;
import com.infusionbilling.edi.model.DrugIdentification;
import com.infusionbilling.edi.model.InstitutionalClaim;
import com.infusionbilling.edi.model.InstitutionalServiceLine;
import com.infusionbilling.edi.model.LineAdjudication;
import com.infusionbilling.edi.model.OtherPayer;
import com.infusionbilling.edi.model.Party;
import com.infusionbilling.edi.model.ProfessionalClaim;
import com.infusionbilling.edi.model.ProfessionalServiceLine;
import com.infusionbilling.edi.model.X12Message;
import com.infusionbilling.episode.EpisodeDossier;
import com.infusionbilling.episode.EpisodeDossiers;
import com.infusionbilling.intake.Coverage;
import com.infusionbilling.remittance.RemittanceView;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Builds the 837P (office, home, infusion centre) or 837I (hospital outpatient) of a claim version
 * from its stored lines and the episode's patient, coverage and payer: REF*G1 with the
 * authorization number, REF*6R per line, the NDC in loop 2410, charges from the claim lines, and
 * REF*F8 with the payer's claim number on a replacement or void; a secondary claim (SBR01 S) goes
 * to the secondary coverage with the primary's adjudication (2320/2330A/2330B, 2430). PHI is read
 * here and goes only into the file.
 */
@Component
class Claim837Builder {
  private final LifecycleProperties lifecycle;
  private final ClaimProperties properties;
  private final EpisodeDossiers contexts;
  private final BillingPreviewService billing;
  private final ClaimService claims;
  private final SecondaryClaims secondaryClaims;

  Claim837Builder(
      LifecycleProperties lifecycle,
      ClaimProperties properties,
      EpisodeDossiers contexts,
      BillingPreviewService billing,
      ClaimService claims,
      SecondaryClaims secondaryClaims) {
    this.billing = billing;
    this.claims = claims;
    this.secondaryClaims = secondaryClaims;
    this.lifecycle = lifecycle;
    this.properties = properties;
    this.contexts = contexts;
  }

  /** The claim as an X12 message; IllegalArgumentException names what a valid 837 is missing. */
  X12Message build(Claim c, List<ClaimLine> lines) {
    EpisodeDossier ctx = contexts.load(c.getEpisodeId());
    Cob cob = c.isSecondary() ? cob(c, ctx) : null;
    var subscriber =
        cob == null
            ? X12Identities.subscriber(ctx.patient(), ctx.coverage())
            : X12Identities.subscriber(ctx.patient(), cob.coverage());
    // the payer the claim is billed to (the coverage's payer when coding made the claim)
    Payer billed = billing.referenceSnapshot().payer(c.getPayerId()).orElse(ctx.payer());
    Party payer = X12Identities.payer(billed.name(), billed.payerId());
    String filing = filingIndicator(billed);
    String original = "1".equals(c.getFrequencyCode()) ? null : c.getPayerClaimControlNumber();
    if (c.getClaimType() == ClaimType.INSTITUTIONAL) {
      return new InstitutionalClaim(
          c.getPatientControlNumber(),
          billingProvider(),
          subscriber,
          payer,
          filing,
          c.getPayerResponsibility(),
          properties.facilityTypeCode(),
          c.getFrequencyCode(),
          original,
          c.getDateOfService(),
          c.getDateOfService(),
          null,
          null,
          "01",
          c.getAuthorizationNumber(),
          c.getDiagnoses(),
          X12Identities.prescriber(ctx.prescriber()),
          lines.stream()
              .map(
                  l -> institutional(c, l, cob == null ? null : cob.lines().get(l.getLineNumber())))
              .toList(),
          cob == null ? null : List.of(cob.primary()));
    }
    return new ProfessionalClaim(
        c.getPatientControlNumber(),
        billingProvider(),
        subscriber,
        payer,
        filing,
        c.getPayerResponsibility(),
        properties.placeOfService(c.getSiteOfCare()),
        c.getFrequencyCode(),
        original,
        c.getAuthorizationNumber(),
        c.getDiagnoses(),
        rendering(c, ctx),
        null,
        lines.stream()
            .map(l -> professional(c, l, cob == null ? null : cob.lines().get(l.getLineNumber())))
            .toList(),
        cob == null ? null : List.of(cob.primary()));
  }

  /**
   * A secondary claim's coordination of benefits: the secondary coverage (2010BA), the primary
   * payer's adjudication of the primary claim from its posted 835 (2320/2330A/2330B), and per line
   * number that payer's line adjudication (2430). The amounts are the 835's, which balanced.
   */
  private record Cob(Coverage coverage, OtherPayer primary, Map<Integer, LineAdjudication> lines) {}

  private Cob cob(Claim c, EpisodeDossier ctx) {
    Coverage coverage =
        contexts
            .secondaryCoverage(c.getEpisodeId())
            .orElseThrow(
                () -> new IllegalArgumentException("a secondary claim needs secondary coverage"));
    Claim primaryClaim = claims.get(c.getPrimaryClaimId());
    RemittanceView paid =
        secondaryClaims
            .adjudication(primaryClaim.getId())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "a secondary claim needs the primary's posted adjudication (2320)"));
    Payer primaryPayer =
        billing.referenceSnapshot().payer(primaryClaim.getPayerId()).orElse(ctx.payer());
    Party payer = X12Identities.payer(primaryPayer.name(), primaryPayer.payerId());
    Map<Integer, LineAdjudication> lines =
        secondaryClaims.byLineNumber(
            primaryClaim.getId(),
            paid,
            l ->
                new LineAdjudication(
                    payer.id(),
                    l.paid(),
                    l.procedureCode(),
                    l.modifiers(),
                    l.units(),
                    adjustments(l.adjustments()),
                    paid.remittanceDate()));
    OtherPayer primary =
        new OtherPayer(
            "P",
            filingIndicator(primaryPayer),
            X12Identities.subscriber(ctx.patient(), ctx.coverage()),
            payer,
            paid.paid(),
            adjustments(paid.adjustments()),
            paid.remittanceDate(),
            paid.payerClaimControlNumber());
    return new Cob(coverage, primary, lines);
  }

  private static List<Adjustment> adjustments(List<RemittanceView.AdjustmentView> cas) {
    return cas.stream()
        .map(a -> new Adjustment(a.groupCode(), a.carc(), a.amount(), a.quantity()))
        .toList();
  }

  Party billingProvider() {
    var b = properties.billingProvider();
    return new Party(
        lifecycle.provider().name().toUpperCase(Locale.ROOT),
        null,
        null,
        lifecycle.provider().npi(),
        b.taxId(),
        b.taxonomy(),
        new Address(
            b.addressLine1(),
            b.addressLine2() == null || b.addressLine2().isBlank() ? null : b.addressLine2(),
            b.city(),
            b.state(),
            b.postalCode()));
  }

  /**
   * Loop 2310B: the supervising physician when it is not the billing provider. Only a physician
   * this system knows by name (the episode's prescriber) can be named; the scrub warns otherwise.
   */
  private Party rendering(Claim c, EpisodeDossier ctx) {
    String npi = c.getRenderingNpi();
    if (npi == null || npi.equals(lifecycle.provider().npi())) {
      return null;
    }
    return npi.equals(ctx.prescriber().getNpi())
        ? X12Identities.prescriber(ctx.prescriber())
        : null;
  }

  /** Whether the rendering NPI can be named in loop 2310B (see {@link #rendering}). */
  boolean renderingKnown(Claim c) {
    String npi = c.getRenderingNpi();
    return npi == null
        || npi.equals(lifecycle.provider().npi())
        || npi.equals(contexts.load(c.getEpisodeId()).prescriber().getNpi());
  }

  private static ProfessionalServiceLine professional(
      Claim c, ClaimLine l, LineAdjudication primary) {
    return new ProfessionalServiceLine(
        l.getLineControlNumber(),
        l.getCode(),
        l.getModifiers(),
        l.getCharge(),
        java.math.BigDecimal.valueOf(l.getUnits()),
        "UN",
        l.getDiagnosisPointers(),
        c.getDateOfService(),
        drug(l),
        primary == null ? null : List.of(primary));
  }

  private static InstitutionalServiceLine institutional(
      Claim c, ClaimLine l, LineAdjudication primary) {
    return new InstitutionalServiceLine(
        l.getLineControlNumber(),
        l.getRevenueCode(),
        l.getCode(),
        l.getModifiers(),
        l.getCharge(),
        java.math.BigDecimal.valueOf(l.getUnits()),
        c.getDateOfService(),
        drug(l),
        primary == null ? null : List.of(primary));
  }

  private static DrugIdentification drug(ClaimLine l) {
    if (l.getNdc() == null) {
      return null;
    }
    return new DrugIdentification(l.getNdc(), l.getNdcQuantity(), l.getNdcUnit());
  }

  /** SBR09 claim filing indicator from the payer type. */
  static String filingIndicator(Payer payer) {
    return switch (payer.type()) {
      case MEDICARE_PART_B -> "MB";
      case MEDICARE_ADVANTAGE -> "16";
      case MEDICAID -> "MC";
      case COMMERCIAL -> "CI";
    };
  }
}

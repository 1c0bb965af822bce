package com.infusionbilling.claim;

import com.infusionbilling.LifecycleProperties;
import com.infusionbilling.billing.coding.ClaimType;
import com.infusionbilling.billing.preview.BillingPreviewService;
import com.infusionbilling.billing.reference.Payer;
import com.infusionbilling.edi.X12Identities;
import com.infusionbilling.edi.model.Address;
import com.infusionbilling.edi.model.DrugIdentification;
import com.infusionbilling.edi.model.InstitutionalClaim;
import com.infusionbilling.edi.model.InstitutionalServiceLine;
import com.infusionbilling.edi.model.Party;
import com.infusionbilling.edi.model.ProfessionalClaim;
import com.infusionbilling.edi.model.ProfessionalServiceLine;
import com.infusionbilling.edi.model.X12Message;
import com.infusionbilling.episode.EpisodeDossier;
import com.infusionbilling.episode.EpisodeDossiers;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Builds the 837P (office, home, infusion centre) or 837I (hospital outpatient) of a claim version
 * from its stored lines and the episode's patient, coverage and payer: REF*G1 with the
 * authorization number, REF*6R per line, the NDC in loop 2410, charges from the claim lines, and
 * REF*F8 with the payer's claim number on a replacement or void. PHI is read here and goes only
 * into the file.
 */
@Component
class Claim837Builder {
  private final LifecycleProperties lifecycle;
  private final ClaimProperties properties;
  private final EpisodeDossiers contexts;
  private final BillingPreviewService billing;

  Claim837Builder(
      LifecycleProperties lifecycle,
      ClaimProperties properties,
      EpisodeDossiers contexts,
      BillingPreviewService billing) {
    this.billing = billing;
    this.lifecycle = lifecycle;
    this.properties = properties;
    this.contexts = contexts;
  }

  /** The claim as an X12 message; IllegalArgumentException names what a valid 837 is missing. */
  X12Message build(Claim c, List<ClaimLine> lines) {
    EpisodeDossier ctx = contexts.load(c.getEpisodeId());
    var subscriber = X12Identities.subscriber(ctx.patient(), ctx.coverage());
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
          "P",
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
          lines.stream().map(l -> institutional(c, l)).toList());
    }
    return new ProfessionalClaim(
        c.getPatientControlNumber(),
        billingProvider(),
        subscriber,
        payer,
        filing,
        "P",
        properties.placeOfService(c.getSiteOfCare()),
        c.getFrequencyCode(),
        original,
        c.getAuthorizationNumber(),
        c.getDiagnoses(),
        rendering(c, ctx),
        null,
        lines.stream().map(l -> professional(c, l)).toList(),
        null);
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

  private static ProfessionalServiceLine professional(Claim c, ClaimLine l) {
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
        null);
  }

  private static InstitutionalServiceLine institutional(Claim c, ClaimLine l) {
    return new InstitutionalServiceLine(
        l.getLineControlNumber(),
        l.getRevenueCode(),
        l.getCode(),
        l.getModifiers(),
        l.getCharge(),
        java.math.BigDecimal.valueOf(l.getUnits()),
        c.getDateOfService(),
        drug(l));
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

package com.infusionbilling.edi;

import static com.infusionbilling.edi.SegmentOut.comp;

import com.infusionbilling.edi.model.DrugIdentification;
import com.infusionbilling.edi.model.LineAdjudication;
import com.infusionbilling.edi.model.Member;
import com.infusionbilling.edi.model.OtherPayer;
import com.infusionbilling.edi.model.Party;
import java.util.List;

/** The loops 837P and 837I share: BHT, 1000A/1000B, 2000A/2010AA, 2000B/2010BA/2010BB, 2410. */
final class Claim837Header {

  private Claim837Header() {}

  static void write(SegmentOut out, MessageCodec.WriteContext ctx, Party billing) {
    var p = ctx.parties();
    out.seg(
        "BHT",
        "0019",
        "00",
        ctx.reference(),
        X12Format.date(ctx.date()),
        X12Format.time(ctx.time()),
        "CH");
    out.seg("NM1", "41", "2", p.senderName(), null, null, null, null, "46", p.senderId());
    out.seg("PER", "IC", p.contactName(), "TE", p.contactPhone());
    out.seg("NM1", "40", "2", p.receiverName(), null, null, null, null, "46", p.receiverId());
    out.seg("HL", "1", null, "20", "1");
    if (billing.taxonomyCode() != null) {
      out.seg("PRV", "BI", "PXC", billing.taxonomyCode());
    }
    if (billing.address() == null
        || billing.address().postalCode() == null
        || !billing.address().postalCode().matches("\\d{9}")) {
      throw new IllegalArgumentException(
          "2010AA billing provider needs a street address with a 9-digit ZIP code (TR3 rule)");
    }
    if (billing.taxId() == null) {
      throw new IllegalArgumentException("2010AA billing provider needs a tax ID (REF*EI)");
    }
    Codecs.nm1(out, "85", billing, "XX");
    Codecs.address(out, billing.address());
    out.seg("REF", "EI", billing.taxId());
  }

  static void subscriber(
      SegmentOut out,
      int hl,
      String payerResponsibility,
      Member m,
      String claimFilingIndicator,
      Party payer) {
    out.seg("HL", Integer.toString(hl), "1", "22", "0");
    sbr(out, payerResponsibility, m, claimFilingIndicator);
    if (m.address() == null) {
      throw new IllegalArgumentException(
          "2010BA subscriber address is required when the subscriber is the patient");
    }
    Codecs.nm1Member(out, "IL", m);
    Codecs.address(out, m.address());
    Codecs.dmg(out, m);
    out.seg("NM1", "PR", "2", payer.organizationName(), null, null, null, null, "PI", payer.id());
  }

  /** SBR of 2000B or 2320: responsibility, self (18), group number, claim filing indicator. */
  private static void sbr(
      SegmentOut out, String payerResponsibility, Member m, String claimFilingIndicator) {
    out.seg(
        "SBR",
        payerResponsibility,
        "18",
        m.groupNumber(),
        null,
        null,
        null,
        null,
        null,
        claimFilingIndicator);
  }

  /**
   * 2300 REF*G1 (prior authorization) and REF*F8 (the payer's number of the claim this one
   * replaces), in the TR3's order: G1 before F8 (a replacement carrying a retro authorization has
   * both).
   */
  static void claimReferences(SegmentOut out, String originalClaim, String priorAuthorization) {
    if (priorAuthorization != null) {
      out.seg("REF", "G1", priorAuthorization);
    }
    if (originalClaim != null) {
      out.seg("REF", "F8", originalClaim);
    }
  }

  /**
   * Loop 2320 per other payer (SBR, claim-level CAS, AMT*D paid, OI) with 2330A (its subscriber)
   * and 2330B (the payer; DTP*573 only when no line carries that payer's 2430, REF*F8 its claim
   * control number). {@code linePayers}: the payer IDs some line's 2430 names.
   */
  static void otherPayers(
      SegmentOut out, List<OtherPayer> others, java.util.Set<String> linePayers) {
    for (OtherPayer o : others) {
      Member m = o.subscriber();
      sbr(out, o.payerResponsibility(), m, o.claimFilingIndicator());
      Codecs.cas(out, o.adjustments());
      if (o.paid() != null) {
        out.seg("AMT", "D", X12Format.decimal(o.paid()));
      }
      out.seg("OI", null, null, "Y", null, null, "Y");
      Codecs.nm1Member(out, "IL", m);
      if (m.address() != null) {
        Codecs.address(out, m.address());
      }
      Party p = o.payer();
      out.seg("NM1", "PR", "2", p.organizationName(), null, null, null, null, "PI", p.id());
      if (o.adjudicationDate() != null && !linePayers.contains(p.id())) {
        out.seg("DTP", "573", "D8", X12Format.date(o.adjudicationDate()));
      }
      if (o.payerClaimControlNumber() != null) {
        out.seg("REF", "F8", o.payerClaimControlNumber());
      }
    }
  }

  /** Loop 2430 per other payer's adjudication of the line: SVD, the line's CAS, DTP*573. */
  static void lineAdjudications(SegmentOut out, List<LineAdjudication> adjudications) {
    lineAdjudications(out, adjudications, null);
  }

  /**
   * As above; {@code revenueCode} is SVD04, the revenue code the payer paid, which the 837I
   * (X223A2) requires and the 837P does not use: the line's SV201 (we bill one revenue code per
   * line and the payer paid that line).
   */
  static void lineAdjudications(
      SegmentOut out, List<LineAdjudication> adjudications, String revenueCode) {
    for (LineAdjudication a : adjudications) {
      out.seg(
          "SVD",
          a.payerId(),
          X12Format.decimal(a.paid()),
          Codecs.procedure(a.procedureCode(), a.modifiers()),
          revenueCode,
          a.units() == null ? null : X12Format.decimal(a.units()));
      Codecs.cas(out, a.adjustments());
      out.seg("DTP", "573", "D8", X12Format.date(a.adjudicationDate()));
    }
  }

  /** The end of a 2400 line: service date, line item control number and the 2410 drug. */
  static void lineEnd(
      SegmentOut out, java.time.LocalDate serviceDate, String control, DrugIdentification drug) {
    out.seg("DTP", "472", "D8", X12Format.date(serviceDate));
    if (control != null) {
      out.seg("REF", "6R", control);
    }
    drug(out, drug);
  }

  static void drug(SegmentOut out, DrugIdentification drug) {
    if (drug == null) {
      return;
    }
    out.seg("LIN", null, "N4", drug.ndc11());
    out.seg("CTP", null, null, null, X12Format.decimal(drug.quantity()), comp(drug.unit()));
  }

  /** Header state while reading: billing provider, subscriber and payer of the current claim. */
  static final class Context {
    private Codecs.PartyBuilder billing;
    private Codecs.MemberBuilder subscriber;
    private Party payer;
    String claimFilingIndicator;
    String payerResponsibility;

    void segment(X12Segment s, String loop) {
      switch (loop) {
        case "2000A" -> {
          if (s.is("PRV") && billing == null) {
            pendingTaxonomy = s.get(3);
          }
        }
        case "2010AA" -> {
          switch (s.id()) {
            case "NM1" -> {
              billing = new Codecs.PartyBuilder(s);
              if (pendingTaxonomy != null) {
                billing.taxonomy(pendingTaxonomy);
                pendingTaxonomy = null;
              }
            }
            case "N3" -> billing.n3(s);
            case "N4" -> billing.n4(s);
            case "REF" -> billing.taxId(s.get(2));
            default -> {}
          }
        }
        case "2000B" -> {
          if (s.is("SBR")) {
            payerResponsibility = s.get(1);
            subscriber = new Codecs.MemberBuilder();
            subscriber.group = s.get(3);
            claimFilingIndicator = s.get(9);
          }
        }
        case "2010BA" -> {
          subscriber.segment(s);
        }
        case "2010BB" -> {
          if (s.is("NM1")) {
            payer = Codecs.party(s);
          }
        }
        default -> {}
      }
    }

    private String pendingTaxonomy;

    Party billingProvider() {
      return billing == null ? null : billing.build();
    }

    Member subscriber() {
      return subscriber == null ? null : subscriber.build();
    }

    Party payer() {
      return payer;
    }
  }
}

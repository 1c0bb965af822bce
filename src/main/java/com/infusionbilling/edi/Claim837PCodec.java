package com.infusionbilling.edi;

import static com.infusionbilling.edi.SegmentOut.comp;

import com.infusionbilling.edi.model.DrugIdentification;
import com.infusionbilling.edi.model.Party;
import com.infusionbilling.edi.model.ProfessionalClaim;
import com.infusionbilling.edi.model.ProfessionalServiceLine;
import com.infusionbilling.edi.model.X12Message;
import java.util.ArrayList;
import java.util.List;

/** 837P (005010X222A1): one transaction set per billing provider, one 2000B per claim. */
final class Claim837PCodec implements MessageCodec<ProfessionalClaim> {

  @Override
  public X12Transaction transaction() {
    return X12Transaction.PROFESSIONAL_CLAIM_837P;
  }

  @Override
  public List<List<ProfessionalClaim>> transactionSets(List<ProfessionalClaim> claims) {
    return Codecs.byBillingProvider(claims, ProfessionalClaim::billingProvider);
  }

  @Override
  public void write(SegmentOut out, List<ProfessionalClaim> claims, WriteContext ctx) {
    Party billing = claims.get(0).billingProvider();
    Claim837Header.write(out, ctx, billing);
    int hl = 1;
    for (ProfessionalClaim c : claims) {
      hl++;
      Claim837Header.subscriber(
          out, hl, c.payerResponsibility(), c.subscriber(), c.claimFilingIndicator(), c.payer());
      out.seg(
          "CLM",
          c.patientControlNumber(),
          X12Format.decimal(c.totalCharge()),
          null,
          null,
          comp(c.placeOfService(), "B", c.frequencyCode()),
          "Y",
          "A",
          "Y",
          "I");
      Claim837Header.claimReferences(
          out, c.originalPayerClaimNumber(), c.priorAuthorizationNumber());
      Object[] hi = new Object[c.diagnosisCodes().size()];
      for (int i = 0; i < hi.length; i++) {
        hi[i] = Codecs.diagnosisComposite(i == 0 ? "ABK" : "ABF", c.diagnosisCodes().get(i));
      }
      out.seg("HI", hi);
      if (c.renderingProvider() != null) {
        Codecs.nm1(out, "82", c.renderingProvider(), "XX");
        if (c.renderingProvider().taxonomyCode() != null) {
          out.seg("PRV", "PE", "PXC", c.renderingProvider().taxonomyCode());
        }
      }
      if (c.serviceFacility() != null) {
        Codecs.nm1(out, "77", c.serviceFacility(), "XX");
        Codecs.address(out, c.serviceFacility().address());
      }
      java.util.Set<String> linePayers = new java.util.HashSet<>();
      c.lines().forEach(l -> l.adjudications().forEach(a -> linePayers.add(a.payerId())));
      Claim837Header.otherPayers(out, c.otherPayers(), linePayers);
      int lx = 0;
      for (ProfessionalServiceLine l : c.lines()) {
        out.seg("LX", Integer.toString(++lx));
        String[] pointers =
            l.diagnosisPointers().stream().map(String::valueOf).toArray(String[]::new);
        out.seg(
            "SV1",
            Codecs.procedure(l.procedureCode(), l.modifiers()),
            X12Format.decimal(l.charge()),
            l.unitCode(),
            X12Format.decimal(l.units()),
            null,
            null,
            comp(pointers));
        Claim837Header.lineEnd(out, l.serviceDate(), l.lineItemControlNumber(), l.drug());
        Claim837Header.lineAdjudications(out, l.adjudications());
      }
    }
  }

  /** Reads 837P transaction sets into one {@link ProfessionalClaim} per 2300 loop. */
  static final class Parser extends Claim837Parser<Parser.Claim, Parser.Line> {

    @Override
    Claim newClaim(X12Segment clm) {
      Claim c = new Claim();
      c.pos = clm.get(5, 1);
      return c;
    }

    @Override
    Line newLine() {
      return new Line();
    }

    @Override
    boolean providerSegment(X12Segment s, String loop) {
      switch (loop) {
        case "2310B" -> {
          if (s.is("NM1")) {
            claim.rendering = new Codecs.PartyBuilder(s);
          } else if (s.is("PRV")) {
            claim.rendering.taxonomy(s.get(3));
          }
        }
        case "2310C" -> {
          if (s.is("NM1")) {
            claim.facility = new Codecs.PartyBuilder(s);
          } else if (s.is("N3")) {
            claim.facility.n3(s);
          } else if (s.is("N4")) {
            claim.facility.n4(s);
          }
        }
        default -> {
          return false;
        }
      }
      return true;
    }

    @Override
    void claimSegment(X12Segment s) {
      // other claim segments are not mapped
      if (s.is("HI")) {
        for (int i = 1; i <= s.size(); i++) {
          if (s.get(i, 2) != null) {
            claim.diagnoses.add(s.get(i, 2));
          }
        }
      }
    }

    @Override
    void lineSegment(X12Segment s) {
      // NTE and line-level prior authorization are not mapped
      if (s.is("SV1")) {
        line.procedure = s.get(1, 2);
        line.modifiers.addAll(Codecs.modifiers(s, 1));
        line.charge = X12Format.parseDecimal(s.get(2));
        line.unitCode = s.get(3);
        line.units = X12Format.parseDecimal(s.get(4));
        for (String p : s.components(7)) {
          if (p != null) {
            line.pointers.add(Integer.valueOf(p));
          }
        }
      }
    }

    @Override
    void addLine(Claim c, Line l, DrugIdentification drug) {
      c.lines.add(
          new ProfessionalServiceLine(
              l.control,
              l.procedure,
              l.modifiers,
              l.charge,
              l.units,
              l.unitCode,
              l.pointers,
              l.date,
              drug,
              l.adjudications()));
    }

    @Override
    X12Message build(Claim c) {
      return new ProfessionalClaim(
          c.pcn,
          header.billingProvider(),
          header.subscriber(),
          header.payer(),
          header.claimFilingIndicator,
          header.payerResponsibility,
          c.pos,
          c.frequency,
          c.originalClaim,
          c.priorAuth,
          c.diagnoses,
          c.rendering == null ? null : c.rendering.build(),
          c.facility == null ? null : c.facility.build(),
          c.lines,
          c.otherPayers());
    }

    static final class Claim extends Claim837Parser.ClaimState {
      String pos;
      Codecs.PartyBuilder rendering;
      Codecs.PartyBuilder facility;
      final List<ProfessionalServiceLine> lines = new ArrayList<>();
    }

    static final class Line extends Claim837Parser.LineState {
      String unitCode;
      final List<Integer> pointers = new ArrayList<>(2);
    }
  }
}

package com.infusionbilling.edi;

import static com.infusionbilling.edi.SegmentOut.comp;

import com.infusionbilling.edi.model.DrugIdentification;
import com.infusionbilling.edi.model.Party;
import com.infusionbilling.edi.model.ProfessionalClaim;
import com.infusionbilling.edi.model.ProfessionalServiceLine;
import com.infusionbilling.edi.model.X12Message;
import java.math.BigDecimal;
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
      if (c.originalPayerClaimNumber() != null) {
        out.seg("REF", "F8", c.originalPayerClaimNumber());
      }
      if (c.priorAuthorizationNumber() != null) {
        out.seg("REF", "G1", c.priorAuthorizationNumber());
      }
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
        out.seg("DTP", "472", "D8", X12Format.date(l.serviceDate()));
        if (l.lineItemControlNumber() != null) {
          out.seg("REF", "6R", l.lineItemControlNumber());
        }
        Claim837Header.drug(out, l.drug());
      }
    }
  }

  /** Reads 837P transaction sets into one {@link ProfessionalClaim} per 2300 loop. */
  static final class Parser implements MessageParser {
    private final List<X12Message> claims = new ArrayList<>();
    private final Claim837Header.Context header = new Claim837Header.Context();
    private ClaimState claim;
    private LineState line;

    @Override
    public void segment(X12Segment s, String loop) {
      if (loop == null) {
        return;
      }
      switch (loop) {
        case "2300" -> claimSegment(s);
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
        case "2400" -> lineSegment(s);
        case "2410" -> line.drug.segment(s);
        default -> {
          if ("2000B".equals(loop) && s.is("HL")) {
            flushClaim();
          }
          header.segment(s, loop);
        }
      }
    }

    private void claimSegment(X12Segment s) {
      switch (s.id()) {
        case "CLM" -> {
          flushClaim();
          claim = new ClaimState();
          claim.pcn = s.get(1);
          claim.pos = s.get(5, 1);
          claim.frequency = s.get(5, 3);
        }
        case "REF" -> {
          if ("G1".equals(s.get(1))) {
            claim.priorAuth = s.get(2);
          } else if ("F8".equals(s.get(1))) {
            claim.originalClaim = s.get(2);
          }
        }
        case "HI" -> {
          for (int i = 1; i <= s.size(); i++) {
            if (s.get(i, 2) != null) {
              claim.diagnoses.add(s.get(i, 2));
            }
          }
        }
        default -> {
          // other claim segments are not mapped
        }
      }
    }

    private void lineSegment(X12Segment s) {
      switch (s.id()) {
        case "LX" -> {
          flushLine();
          line = new LineState();
        }
        case "SV1" -> {
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
        case "DTP" -> line.date = X12Format.rangeStart(s.get(3));
        case "REF" -> {
          if ("6R".equals(s.get(1))) {
            line.control = s.get(2);
          }
        }
        default -> {
          // NTE and line-level prior authorization are not mapped
        }
      }
    }

    private void flushLine() {
      if (line != null && claim != null) {
        DrugIdentification drug = line.drug.build();
        claim.lines.add(
            new ProfessionalServiceLine(
                line.control,
                line.procedure,
                line.modifiers,
                line.charge,
                line.units,
                line.unitCode,
                line.pointers,
                line.date,
                drug));
      }
      line = null;
    }

    private void flushClaim() {
      flushLine();
      if (claim != null) {
        claims.add(
            new ProfessionalClaim(
                claim.pcn,
                header.billingProvider(),
                header.subscriber(),
                header.payer(),
                header.claimFilingIndicator,
                header.payerResponsibility,
                claim.pos,
                claim.frequency,
                claim.originalClaim,
                claim.priorAuth,
                claim.diagnoses,
                claim.rendering == null ? null : claim.rendering.build(),
                claim.facility == null ? null : claim.facility.build(),
                claim.lines));
      }
      claim = null;
    }

    @Override
    public List<X12Message> finish() {
      flushClaim();
      return claims;
    }

    private static final class ClaimState {
      String pcn;
      String pos;
      String frequency;
      String priorAuth;
      String originalClaim;
      final List<String> diagnoses = new ArrayList<>();
      Codecs.PartyBuilder rendering;
      Codecs.PartyBuilder facility;
      final List<ProfessionalServiceLine> lines = new ArrayList<>();
    }

    private static final class LineState {
      String procedure;
      final List<String> modifiers = new ArrayList<>(2);
      BigDecimal charge;
      BigDecimal units;
      String unitCode;
      final List<Integer> pointers = new ArrayList<>(2);
      java.time.LocalDate date;
      String control;
      final Codecs.DrugBuilder drug = new Codecs.DrugBuilder();
    }
  }
}

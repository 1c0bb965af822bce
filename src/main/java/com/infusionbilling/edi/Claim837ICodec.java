package com.infusionbilling.edi;

import static com.infusionbilling.edi.SegmentOut.comp;

import com.infusionbilling.edi.model.DrugIdentification;
import com.infusionbilling.edi.model.InstitutionalClaim;
import com.infusionbilling.edi.model.InstitutionalServiceLine;
import com.infusionbilling.edi.model.X12Message;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * 837I (005010X223A2): one transaction set per billing provider, one 2000B per claim; a claim to a
 * secondary payer carries the other payers' adjudication (2320/2330A/2330B, 2430) as the 837P does.
 */
final class Claim837ICodec implements MessageCodec<InstitutionalClaim> {

  /** Facility types whose claims carry the patient's reason for visit (HI*APR): outpatient. */
  private static final Set<String> OUTPATIENT =
      Set.of("13", "14", "71", "73", "74", "75", "76", "77", "78", "79", "83", "85");

  @Override
  public X12Transaction transaction() {
    return X12Transaction.INSTITUTIONAL_CLAIM_837I;
  }

  @Override
  public List<List<InstitutionalClaim>> transactionSets(List<InstitutionalClaim> claims) {
    return Codecs.byBillingProvider(claims, InstitutionalClaim::billingProvider);
  }

  @Override
  public void write(SegmentOut out, List<InstitutionalClaim> claims, WriteContext ctx) {
    Claim837Header.write(out, ctx, claims.get(0).billingProvider());
    int hl = 1;
    for (InstitutionalClaim c : claims) {
      hl++;
      Claim837Header.subscriber(
          out, hl, c.payerResponsibility(), c.subscriber(), c.claimFilingIndicator(), c.payer());
      out.seg(
          "CLM",
          c.patientControlNumber(),
          X12Format.decimal(c.totalCharge()),
          null,
          null,
          comp(c.facilityTypeCode(), "A", c.frequencyCode()),
          null,
          "A",
          "Y",
          "I");
      out.seg("DTP", "434", "RD8", X12Format.range(c.statementFrom(), c.statementTo()));
      out.seg("CL1", c.admissionTypeCode(), c.admissionSourceCode(), c.patientStatusCode());
      Claim837Header.claimReferences(
          out, c.originalPayerClaimNumber(), c.priorAuthorizationNumber());
      List<String> dx = c.diagnosisCodes();
      out.seg("HI", Codecs.diagnosisComposite("ABK", dx.get(0)));
      if (OUTPATIENT.contains(c.facilityTypeCode())) {
        out.seg("HI", Codecs.diagnosisComposite("APR", dx.get(0)));
      }
      for (int start = 1; start < dx.size(); start += 12) {
        int end = Math.min(dx.size(), start + 12);
        Object[] hi = new Object[end - start];
        for (int i = start; i < end; i++) {
          hi[i - start] = Codecs.diagnosisComposite("ABF", dx.get(i));
        }
        out.seg("HI", hi);
      }
      if (c.attendingProvider() != null) {
        Codecs.nm1(out, "71", c.attendingProvider(), "XX");
        if (c.attendingProvider().taxonomyCode() != null) {
          out.seg("PRV", "AT", "PXC", c.attendingProvider().taxonomyCode());
        }
      }
      java.util.Set<String> linePayers = new java.util.HashSet<>();
      c.lines().forEach(l -> l.adjudications().forEach(a -> linePayers.add(a.payerId())));
      Claim837Header.otherPayers(out, c.otherPayers(), linePayers);
      int lx = 0;
      for (InstitutionalServiceLine l : c.lines()) {
        out.seg("LX", Integer.toString(++lx));
        Object proc =
            l.procedureCode() == null ? null : Codecs.procedure(l.procedureCode(), l.modifiers());
        out.seg(
            "SV2",
            l.revenueCode(),
            proc,
            X12Format.decimal(l.charge()),
            "UN",
            X12Format.decimal(l.units()));
        Claim837Header.lineEnd(out, l.serviceDate(), l.lineItemControlNumber(), l.drug());
        Claim837Header.lineAdjudications(out, l.adjudications(), l.revenueCode());
      }
    }
  }

  /** Reads 837I transaction sets into one {@link InstitutionalClaim} per 2300 loop. */
  static final class Parser extends Claim837Parser<Parser.Claim, Parser.Line> {

    @Override
    Claim newClaim(X12Segment clm) {
      Claim c = new Claim();
      c.facilityType = clm.get(5, 1);
      return c;
    }

    @Override
    Line newLine() {
      return new Line();
    }

    @Override
    boolean providerSegment(X12Segment s, String loop) {
      if (!"2310A".equals(loop)) {
        return false;
      }
      if (s.is("NM1")) {
        claim.attending = new Codecs.PartyBuilder(s);
      } else if (s.is("PRV")) {
        claim.attending.taxonomy(s.get(3));
      }
      return true;
    }

    @Override
    void claimSegment(X12Segment s) {
      switch (s.id()) {
        case "DTP" -> {
          if ("434".equals(s.get(1))) {
            claim.from = X12Format.rangeStart(s.get(3));
            claim.to = X12Format.rangeEnd(s.get(3));
          }
        }
        case "CL1" -> {
          claim.admissionType = s.get(1);
          claim.admissionSource = s.get(2);
          claim.patientStatus = s.get(3);
        }
        case "HI" -> {
          for (int i = 1; i <= s.size(); i++) {
            String q = s.get(i, 1);
            if ("ABK".equals(q)) {
              claim.diagnoses.add(0, s.get(i, 2));
            } else if ("ABF".equals(q)) {
              claim.diagnoses.add(s.get(i, 2));
            }
          }
        }
        default -> {}
      }
    }

    @Override
    void lineSegment(X12Segment s) {
      if (s.is("SV2")) {
        line.revenue = s.get(1);
        line.procedure = s.get(2, 2);
        line.modifiers.addAll(Codecs.modifiers(s, 2));
        line.charge = X12Format.parseDecimal(s.get(3));
        line.units = X12Format.parseDecimal(s.get(5));
      }
    }

    @Override
    void addLine(Claim c, Line l, DrugIdentification drug) {
      c.lines.add(
          new InstitutionalServiceLine(
              l.control,
              l.revenue,
              l.procedure,
              l.modifiers,
              l.charge,
              l.units,
              l.date,
              drug,
              l.adjudications()));
    }

    @Override
    X12Message build(Claim c) {
      return new InstitutionalClaim(
          c.pcn,
          header.billingProvider(),
          header.subscriber(),
          header.payer(),
          header.claimFilingIndicator,
          header.payerResponsibility,
          c.facilityType,
          c.frequency,
          c.originalClaim,
          c.from,
          c.to,
          c.admissionType,
          c.admissionSource,
          c.patientStatus,
          c.priorAuth,
          c.diagnoses,
          c.attending == null ? null : c.attending.build(),
          c.lines,
          c.otherPayers());
    }

    static final class Claim extends Claim837Parser.ClaimState {
      String facilityType;
      LocalDate from;
      LocalDate to;
      String admissionType;
      String admissionSource;
      String patientStatus;
      Codecs.PartyBuilder attending;
      final List<InstitutionalServiceLine> lines = new ArrayList<>();
    }

    static final class Line extends Claim837Parser.LineState {
      String revenue;
    }
  }
}

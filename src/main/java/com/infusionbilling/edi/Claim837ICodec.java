package com.infusionbilling.edi;

import static com.infusionbilling.edi.SegmentOut.comp;

import com.infusionbilling.edi.model.DrugIdentification;
import com.infusionbilling.edi.model.InstitutionalClaim;
import com.infusionbilling.edi.model.InstitutionalServiceLine;
import com.infusionbilling.edi.model.X12Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** 837I (005010X223A2): one transaction set per billing provider, one 2000B per claim. */
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
      if (c.originalPayerClaimNumber() != null) {
        out.seg("REF", "F8", c.originalPayerClaimNumber());
      }
      if (c.priorAuthorizationNumber() != null) {
        out.seg("REF", "G1", c.priorAuthorizationNumber());
      }
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
        out.seg("DTP", "472", "D8", X12Format.date(l.serviceDate()));
        if (l.lineItemControlNumber() != null) {
          out.seg("REF", "6R", l.lineItemControlNumber());
        }
        Claim837Header.drug(out, l.drug());
      }
    }
  }

  /** Reads 837I transaction sets into one {@link InstitutionalClaim} per 2300 loop. */
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
        case "2310A" -> {
          if (s.is("NM1")) {
            claim.attending = new Codecs.PartyBuilder(s);
          } else if (s.is("PRV")) {
            claim.attending.taxonomy(s.get(3));
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
          claim.facilityType = s.get(5, 1);
          claim.frequency = s.get(5, 3);
        }
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
        case "REF" -> {
          if ("G1".equals(s.get(1))) {
            claim.priorAuth = s.get(2);
          } else if ("F8".equals(s.get(1))) {
            claim.originalClaim = s.get(2);
          }
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

    private void lineSegment(X12Segment s) {
      switch (s.id()) {
        case "LX" -> {
          flushLine();
          line = new LineState();
        }
        case "SV2" -> {
          line.revenue = s.get(1);
          line.procedure = s.get(2, 2);
          line.modifiers.addAll(Codecs.modifiers(s, 2));
          line.charge = X12Format.parseDecimal(s.get(3));
          line.units = X12Format.parseDecimal(s.get(5));
        }
        case "DTP" -> line.date = X12Format.rangeStart(s.get(3));
        case "REF" -> {
          if ("6R".equals(s.get(1))) {
            line.control = s.get(2);
          }
        }
        default -> {}
      }
    }

    private void flushLine() {
      if (line != null && claim != null) {
        DrugIdentification drug = line.drug.build();
        claim.lines.add(
            new InstitutionalServiceLine(
                line.control,
                line.revenue,
                line.procedure,
                line.modifiers,
                line.charge,
                line.units,
                line.date,
                drug));
      }
      line = null;
    }

    private void flushClaim() {
      flushLine();
      if (claim != null) {
        claims.add(
            new InstitutionalClaim(
                claim.pcn,
                header.billingProvider(),
                header.subscriber(),
                header.payer(),
                header.claimFilingIndicator,
                header.payerResponsibility,
                claim.facilityType,
                claim.frequency,
                claim.originalClaim,
                claim.from,
                claim.to,
                claim.admissionType,
                claim.admissionSource,
                claim.patientStatus,
                claim.priorAuth,
                claim.diagnoses,
                claim.attending == null ? null : claim.attending.build(),
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
      String facilityType;
      String frequency;
      LocalDate from;
      LocalDate to;
      String admissionType;
      String admissionSource;
      String patientStatus;
      String priorAuth;
      String originalClaim;
      final List<String> diagnoses = new ArrayList<>();
      Codecs.PartyBuilder attending;
      final List<InstitutionalServiceLine> lines = new ArrayList<>();
    }

    private static final class LineState {
      String revenue;
      String procedure;
      final List<String> modifiers = new ArrayList<>(2);
      BigDecimal charge;
      BigDecimal units;
      LocalDate date;
      String control;
      final Codecs.DrugBuilder drug = new Codecs.DrugBuilder();
    }
  }
}

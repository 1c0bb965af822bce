package com.infusionbilling.edi;

import com.infusionbilling.edi.model.Adjustment;
import com.infusionbilling.edi.model.DrugIdentification;
import com.infusionbilling.edi.model.LineAdjudication;
import com.infusionbilling.edi.model.OtherPayer;
import com.infusionbilling.edi.model.X12Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What reading an 837P and an 837I share: the 2000A/2000B header (a new 2000B ends the claim before
 * it), the 2300 claim with its CLM, prior authorization (REF*G1) and original claim (REF*F8), the
 * 2400 lines with their date, control number (REF*6R) and 2410 drug, the other payers of a claim to
 * a secondary payer (2320/2330A/2330B) and their line adjudication (2430). Each claim type adds its
 * own CLM05 fields, claim segments, provider loops and service line segment (SV1 / SV2).
 *
 * @param <C> the claim being read
 * @param <L> the service line being read
 */
abstract class Claim837Parser<
        C extends Claim837Parser.ClaimState, L extends Claim837Parser.LineState>
    implements MessageParser {
  private final List<X12Message> claims = new ArrayList<>();
  final Claim837Header.Context header = new Claim837Header.Context();
  C claim;
  L line;

  /** A claim for this CLM segment (its type-specific CLM05 fields read). */
  abstract C newClaim(X12Segment clm);

  abstract L newLine();

  /** A 2300 segment other than CLM and REF (DTP, CL1, HI ...). */
  abstract void claimSegment(X12Segment s);

  /** A 2400 segment other than LX, DTP and REF: the service line (SV1 / SV2) or unmapped ones. */
  abstract void lineSegment(X12Segment s);

  /** A 2310 provider loop of this claim type; false when {@code loop} is none of them. */
  abstract boolean providerSegment(X12Segment s, String loop);

  abstract void addLine(C claim, L line, DrugIdentification drug);

  abstract X12Message build(C claim);

  @Override
  public final void segment(X12Segment s, String loop) {
    if (loop == null) {
      return;
    }
    switch (loop) {
      case "2300" -> claim(s);
      case "2400" -> line(s);
      case "2410" -> line.drug.segment(s);
      case "2320" -> otherPayer(s);
      case "2330A" -> claim.otherPayers.get(claim.otherPayers.size() - 1).subscriber.segment(s);
      case "2330B" -> otherPayerName(s, claim.otherPayers.get(claim.otherPayers.size() - 1));
      case "2430" -> lineAdjudication(s);
      default -> {
        if (providerSegment(s, loop)) {
          return;
        }
        if ("2000B".equals(loop) && s.is("HL")) {
          flushClaim();
        }
        header.segment(s, loop);
      }
    }
  }

  private void claim(X12Segment s) {
    switch (s.id()) {
      case "CLM" -> {
        flushClaim();
        claim = newClaim(s);
        claim.pcn = s.get(1);
        claim.frequency = s.get(5, 3);
      }
      case "REF" -> {
        if ("G1".equals(s.get(1))) {
          claim.priorAuth = s.get(2);
        } else if ("F8".equals(s.get(1))) {
          claim.originalClaim = s.get(2);
        }
      }
      default -> claimSegment(s);
    }
  }

  private void otherPayer(X12Segment s) {
    switch (s.id()) {
      case "SBR" -> {
        OtherPayerState o = new OtherPayerState();
        o.responsibility = s.get(1);
        o.subscriber.group = s.get(3);
        o.filingIndicator = s.get(9);
        claim.otherPayers.add(o);
      }
      case "CAS" -> Codecs.readCas(s, last(claim.otherPayers).adjustments);
      case "AMT" -> {
        if ("D".equals(s.get(1))) {
          last(claim.otherPayers).paid = X12Format.parseDecimal(s.get(2));
        }
      }
      default -> {
        // OI and the other amounts are not mapped
      }
    }
  }

  private static void otherPayerName(X12Segment s, OtherPayerState o) {
    switch (s.id()) {
      case "NM1" -> o.payer = Codecs.party(s);
      case "DTP" -> {
        if ("573".equals(s.get(1))) {
          o.adjudicated = X12Format.parseDate(s.get(3));
        }
      }
      case "REF" -> {
        if ("F8".equals(s.get(1))) {
          o.claimControlNumber = s.get(2);
        }
      }
      default -> {}
    }
  }

  private void lineAdjudication(X12Segment s) {
    switch (s.id()) {
      case "SVD" -> {
        LineAdjudicationState a = new LineAdjudicationState();
        a.payerId = s.get(1);
        a.paid = X12Format.parseDecimal(s.get(2));
        a.procedure = s.get(3, 2);
        a.modifiers.addAll(Codecs.modifiers(s, 3));
        a.units = X12Format.parseDecimal(s.get(5));
        line.adjudications.add(a);
      }
      case "CAS" -> Codecs.readCas(s, last(line.adjudications).adjustments);
      case "DTP" -> {
        if ("573".equals(s.get(1))) {
          last(line.adjudications).date = X12Format.parseDate(s.get(3));
        }
      }
      default -> {}
    }
  }

  private static <T> T last(List<T> list) {
    return list.get(list.size() - 1);
  }

  private void line(X12Segment s) {
    switch (s.id()) {
      case "LX" -> {
        flushLine();
        line = newLine();
      }
      case "DTP" -> line.date = X12Format.rangeStart(s.get(3));
      case "REF" -> {
        if ("6R".equals(s.get(1))) {
          line.control = s.get(2);
        }
      }
      default -> lineSegment(s);
    }
  }

  private void flushLine() {
    if (line != null && claim != null) {
      addLine(claim, line, line.drug.build());
    }
    line = null;
  }

  private void flushClaim() {
    flushLine();
    if (claim != null) {
      claims.add(build(claim));
    }
    claim = null;
  }

  @Override
  public final List<X12Message> finish() {
    flushClaim();
    return claims;
  }

  /** The 2300 fields both claim types have. */
  static class ClaimState {
    String pcn;
    String frequency;
    String priorAuth;
    String originalClaim;
    final List<String> diagnoses = new ArrayList<>();
    final List<OtherPayerState> otherPayers = new ArrayList<>();

    List<OtherPayer> otherPayers() {
      return otherPayers.stream().map(OtherPayerState::build).toList();
    }
  }

  /** One 2320 loop with its 2330A and 2330B. */
  static final class OtherPayerState {
    String responsibility;
    String filingIndicator;
    final Codecs.MemberBuilder subscriber = new Codecs.MemberBuilder();
    com.infusionbilling.edi.model.Party payer;
    BigDecimal paid;
    final List<Adjustment> adjustments = new ArrayList<>();
    LocalDate adjudicated;
    String claimControlNumber;

    OtherPayer build() {
      return new OtherPayer(
          responsibility,
          filingIndicator,
          subscriber.build(),
          payer,
          paid,
          adjustments,
          adjudicated,
          claimControlNumber);
    }
  }

  /** One 2430 loop. */
  static final class LineAdjudicationState {
    String payerId;
    BigDecimal paid;
    String procedure;
    final List<String> modifiers = new ArrayList<>(2);
    BigDecimal units;
    final List<Adjustment> adjustments = new ArrayList<>();
    LocalDate date;

    LineAdjudication build() {
      return new LineAdjudication(payerId, paid, procedure, modifiers, units, adjustments, date);
    }
  }

  /** The 2400 fields both claim types have. */
  static class LineState {
    String procedure;
    final List<String> modifiers = new ArrayList<>(2);
    BigDecimal charge;
    BigDecimal units;
    LocalDate date;
    String control;
    final Codecs.DrugBuilder drug = new Codecs.DrugBuilder();
    final List<LineAdjudicationState> adjudications = new ArrayList<>();

    List<LineAdjudication> adjudications() {
      return adjudications.stream().map(LineAdjudicationState::build).toList();
    }
  }
}

package com.infusionbilling.edi;

import com.infusionbilling.edi.model.DrugIdentification;
import com.infusionbilling.edi.model.X12Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What reading an 837P and an 837I share: the 2000A/2000B header (a new 2000B ends the claim before
 * it), the 2300 claim with its CLM, prior authorization (REF*G1) and original claim (REF*F8), the
 * 2400 lines with their date, control number (REF*6R) and 2410 drug. Each claim type adds its own
 * CLM05 fields, claim segments, provider loops and service line segment (SV1 / SV2).
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
  }
}

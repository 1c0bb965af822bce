package com.infusionbilling.clearinghouse.sandbox;

import com.infusionbilling.edi.model.Adjustment;
import com.infusionbilling.edi.model.InstitutionalClaim;
import com.infusionbilling.edi.model.InstitutionalServiceLine;
import com.infusionbilling.edi.model.LineAdjudication;
import com.infusionbilling.edi.model.Member;
import com.infusionbilling.edi.model.Party;
import com.infusionbilling.edi.model.ProfessionalClaim;
import com.infusionbilling.edi.model.ProfessionalServiceLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An 837P or 837I claim as the sandbox payer adjudicates it.
 *
 * @param payerResponsibility SBR01: P primary, S secondary (the claim carries the primary's
 *     adjudication in 2320/2430)
 */
record SandboxClaim(
    String patientControlNumber,
    Member subscriber,
    Party billingProvider,
    String claimFilingIndicator,
    String priorAuthorizationNumber,
    BigDecimal totalCharge,
    List<Line> lines,
    String payerResponsibility) {

  /**
   * One service line; on a secondary claim {@code priorPaid} and {@code priorPatientShare} are what
   * the other payers' 2430 say they paid and left the patient (PR), else null.
   */
  record Line(
      String procedureCode,
      List<String> modifiers,
      BigDecimal charge,
      BigDecimal units,
      LocalDate serviceDate,
      String ndc,
      String lineItemControlNumber,
      BigDecimal priorPaid,
      BigDecimal priorPatientShare) {

    /** A drug line: a HCPCS J or Q code (drugs, biologicals and biosimilars). */
    boolean isDrug() {
      return procedureCode != null
          && (procedureCode.startsWith("J") || procedureCode.startsWith("Q"));
    }

    boolean hasNdc() {
      return ndc != null;
    }
  }

  /** A claim to this payer as the secondary (SBR01 S) that carries a prior payer's line answers. */
  boolean secondary() {
    return "S".equals(payerResponsibility) && lines.stream().anyMatch(l -> l.priorPaid() != null);
  }

  /** Medicare fee-for-service (SBR09 MA Part A, MB Part B): sequestration applies. */
  boolean medicareFeeForService() {
    return "MB".equals(claimFilingIndicator) || "MA".equals(claimFilingIndicator);
  }

  static SandboxClaim of(ProfessionalClaim c) {
    return new SandboxClaim(
        c.patientControlNumber(),
        c.subscriber(),
        c.billingProvider(),
        c.claimFilingIndicator(),
        c.priorAuthorizationNumber(),
        c.totalCharge(),
        c.lines().stream().map(SandboxClaim::line).toList(),
        c.payerResponsibility());
  }

  static SandboxClaim of(InstitutionalClaim c) {
    return new SandboxClaim(
        c.patientControlNumber(),
        c.subscriber(),
        c.billingProvider(),
        c.claimFilingIndicator(),
        c.priorAuthorizationNumber(),
        c.totalCharge(),
        c.lines().stream().map(SandboxClaim::line).toList(),
        c.payerResponsibility());
  }

  private static Line line(ProfessionalServiceLine l) {
    return line(
        l.procedureCode(),
        l.modifiers(),
        l.charge(),
        l.units(),
        l.serviceDate(),
        l.drug() == null ? null : l.drug().ndc11(),
        l.lineItemControlNumber(),
        l.adjudications());
  }

  private static Line line(InstitutionalServiceLine l) {
    return line(
        l.procedureCode(),
        l.modifiers(),
        l.charge(),
        l.units(),
        l.serviceDate(),
        l.drug() == null ? null : l.drug().ndc11(),
        l.lineItemControlNumber(),
        l.adjudications());
  }

  /** A line with what the other payers' 2430 say they paid and left the patient (PR). */
  private static Line line(
      String procedureCode,
      List<String> modifiers,
      BigDecimal charge,
      BigDecimal units,
      LocalDate serviceDate,
      String ndc,
      String lineItemControlNumber,
      List<LineAdjudication> adjudications) {
    BigDecimal priorPaid = null;
    BigDecimal priorShare = null;
    for (LineAdjudication a : adjudications) {
      priorPaid = (priorPaid == null ? BigDecimal.ZERO : priorPaid).add(a.paid());
      BigDecimal share =
          a.adjustments().stream()
              .filter(x -> "PR".equals(x.group()) && x.amount() != null)
              .map(Adjustment::amount)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      priorShare = (priorShare == null ? BigDecimal.ZERO : priorShare).add(share);
    }
    return new Line(
        procedureCode,
        modifiers,
        charge,
        units,
        serviceDate,
        ndc,
        lineItemControlNumber,
        priorPaid,
        priorShare);
  }

  LocalDate firstServiceDate() {
    return lines.stream()
        .map(Line::serviceDate)
        .filter(Objects::nonNull)
        .min(Comparator.naturalOrder())
        .orElse(null);
  }

  LocalDate lastServiceDate() {
    return lines.stream()
        .map(Line::serviceDate)
        .filter(Objects::nonNull)
        .max(Comparator.naturalOrder())
        .orElse(null);
  }
}

package com.infusionbilling.clearinghouse.sandbox;

import com.infusionbilling.edi.model.InstitutionalClaim;
import com.infusionbilling.edi.model.InstitutionalServiceLine;
import com.infusionbilling.edi.model.Member;
import com.infusionbilling.edi.model.Party;
import com.infusionbilling.edi.model.ProfessionalClaim;
import com.infusionbilling.edi.model.ProfessionalServiceLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** An 837P or 837I claim as the sandbox payer adjudicates it. */
record SandboxClaim(
    String patientControlNumber,
    Member subscriber,
    Party billingProvider,
    String claimFilingIndicator,
    String priorAuthorizationNumber,
    BigDecimal totalCharge,
    List<Line> lines) {

  record Line(
      String procedureCode,
      List<String> modifiers,
      BigDecimal charge,
      BigDecimal units,
      LocalDate serviceDate,
      String ndc,
      String lineItemControlNumber) {

    /** A drug line: a HCPCS J or Q code (drugs, biologicals and biosimilars). */
    boolean isDrug() {
      return procedureCode != null
          && (procedureCode.startsWith("J") || procedureCode.startsWith("Q"));
    }

    boolean hasNdc() {
      return ndc != null;
    }
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
        c.lines().stream().map(SandboxClaim::line).toList());
  }

  static SandboxClaim of(InstitutionalClaim c) {
    return new SandboxClaim(
        c.patientControlNumber(),
        c.subscriber(),
        c.billingProvider(),
        c.claimFilingIndicator(),
        c.priorAuthorizationNumber(),
        c.totalCharge(),
        c.lines().stream().map(SandboxClaim::line).toList());
  }

  private static Line line(ProfessionalServiceLine l) {
    return new Line(
        l.procedureCode(),
        l.modifiers(),
        l.charge(),
        l.units(),
        l.serviceDate(),
        l.drug() == null ? null : l.drug().ndc11(),
        l.lineItemControlNumber());
  }

  private static Line line(InstitutionalServiceLine l) {
    return new Line(
        l.procedureCode(),
        l.modifiers(),
        l.charge(),
        l.units(),
        l.serviceDate(),
        l.drug() == null ? null : l.drug().ndc11(),
        l.lineItemControlNumber());
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

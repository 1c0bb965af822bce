package com.infusionbilling.clearinghouse.sandbox;

import com.infusionbilling.clearinghouse.sandbox.SandboxScenarios.AuthorizationOutcome;
import com.infusionbilling.clearinghouse.sandbox.SandboxScenarios.AuthorizationRule;
import com.infusionbilling.clearinghouse.sandbox.SandboxScenarios.ClaimCondition;
import com.infusionbilling.clearinghouse.sandbox.SandboxScenarios.ClaimOutcome;
import com.infusionbilling.clearinghouse.sandbox.SandboxScenarios.ClaimRule;
import com.infusionbilling.edi.model.Adjustment;
import com.infusionbilling.edi.model.AuthorizationDecision;
import com.infusionbilling.edi.model.AuthorizationRequest;
import com.infusionbilling.edi.model.AuthorizationResponse;
import com.infusionbilling.edi.model.Benefit;
import com.infusionbilling.edi.model.ClaimPayment;
import com.infusionbilling.edi.model.EligibilityInquiry;
import com.infusionbilling.edi.model.EligibilityResponse;
import com.infusionbilling.edi.model.Member;
import com.infusionbilling.edi.model.Party;
import com.infusionbilling.edi.model.RequestRejection;
import com.infusionbilling.edi.model.RequestedService;
import com.infusionbilling.edi.model.ServiceDecision;
import com.infusionbilling.edi.model.ServicePayment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The sandbox payer's decisions, from the scenario file: pure functions of the request, the
 * scenarios and today's date, so a decision recomputed later (a pended authorization, a delayed
 * remittance) is the same decision.
 */
final class SandboxAdjudicator {

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private final SandboxScenarios scenarios;

  SandboxAdjudicator(SandboxScenarios scenarios) {
    this.scenarios = scenarios;
  }

  Party payer() {
    return Party.organization(scenarios.payer().name(), scenarios.payer().id());
  }

  // ------------------------------------------------------------------ 270 -> 271

  EligibilityResponse eligibility(EligibilityInquiry q) {
    var e = scenarios.eligibility();
    Member m = nameOnly(q.subscriber());
    List<Benefit> benefits = new ArrayList<>();
    switch (e.outcomeFor(q.subscriber().memberId())) {
      case NOT_FOUND -> {
        return new EligibilityResponse(
            q.traceNumber(),
            q.payer(),
            q.provider(),
            m,
            List.of(new RequestRejection("2100C", "75", "C")),
            List.of());
      }
      case INACTIVE ->
          benefits.add(
              benefit(
                  "6",
                  List.of("30"),
                  null,
                  null,
                  null,
                  null,
                  null,
                  List.of("COVERAGE TERMINATED")));
      case PHARMACY_BENEFIT -> {
        benefits.add(benefit("1", List.of("30"), e.planName(), null, null, null, null, List.of()));
        for (String hcpcs : q.procedureCodes()) {
          benefits.add(
              benefit(
                  "I",
                  List.of("1"),
                  null,
                  null,
                  null,
                  null,
                  hcpcs,
                  List.of("COVERED UNDER PHARMACY BENEFIT")));
        }
        benefits.add(
            benefit(
                "1", List.of("88"), null, null, null, null, null, List.of("SPECIALTY PHARMACY")));
      }
      case ACTIVE -> {
        benefits.add(benefit("1", List.of("30"), e.planName(), null, null, null, null, List.of()));
        benefits.add(
            new Benefit(
                "C",
                "IND",
                List.of("30"),
                null,
                null,
                "23",
                e.deductible(),
                null,
                null,
                "Y",
                null,
                List.of()));
        benefits.add(
            new Benefit(
                "C",
                "IND",
                List.of("30"),
                null,
                null,
                "29",
                e.deductibleRemaining(),
                null,
                null,
                "Y",
                null,
                List.of()));
        benefits.add(
            new Benefit(
                "A",
                "IND",
                List.of("30"),
                null,
                null,
                null,
                null,
                e.coinsurancePercent().divide(HUNDRED),
                null,
                "Y",
                null,
                List.of()));
        benefits.add(
            new Benefit(
                "G",
                "IND",
                List.of("30"),
                null,
                null,
                "23",
                e.outOfPocketMax(),
                null,
                null,
                "Y",
                null,
                List.of()));
        for (String hcpcs : q.procedureCodes()) {
          boolean pa = e.requiresPriorAuthorization(hcpcs);
          benefits.add(
              new Benefit(
                  "1",
                  "IND",
                  List.of("1"),
                  null,
                  null,
                  null,
                  null,
                  null,
                  pa ? "Y" : "N",
                  "Y",
                  hcpcs,
                  pa ? List.of("PRIOR AUTHORIZATION REQUIRED") : List.of()));
        }
      }
    }
    return new EligibilityResponse(
        q.traceNumber(), q.payer(), q.provider(), m, List.of(), benefits);
  }

  private static Benefit benefit(
      String code,
      List<String> types,
      String plan,
      String period,
      BigDecimal amount,
      BigDecimal pct,
      String hcpcs,
      List<String> msgs) {
    return new Benefit(
        code, "IND", types, null, plan, period, amount, pct, null, null, hcpcs, msgs);
  }

  private static Member nameOnly(Member m) {
    return new Member(
        m.memberId(),
        m.lastName(),
        m.firstName(),
        m.middleName(),
        m.dateOfBirth(),
        m.gender(),
        null,
        null);
  }

  // ------------------------------------------------------------------ 278 -> 278

  Optional<AuthorizationRule> authorizationRule(AuthorizationRequest r) {
    for (AuthorizationRule rule : scenarios.authorizations().rules()) {
      boolean memberOk =
          rule.memberIdPattern() == null
              || SandboxScenarios.matches(rule.memberIdPattern(), r.subscriber().memberId());
      boolean codeOk =
          rule.procedureCode() == null
              || r.services().stream()
                  .anyMatch(s -> rule.procedureCode().equalsIgnoreCase(s.procedureCode()));
      if (memberOk && codeOk && (rule.memberIdPattern() != null || rule.procedureCode() != null)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  AuthorizationOutcome authorizationOutcome(AuthorizationRequest r) {
    return authorizationRule(r)
        .map(AuthorizationRule::outcome)
        .orElse(scenarios.authorizations().defaultOutcome());
  }

  /**
   * The answer to a request; {@code pendedAnswer} asks for the first (A4) answer of a pended one.
   * Every answer returns the request's BHT03, TRN and UM (005010X217; docs/x12.md); a partial
   * approval is A2 for the patient event and A6 (modified) for the service.
   */
  AuthorizationResponse authorization(AuthorizationRequest r, boolean pendedAnswer) {
    AuthorizationResponse.RequestEcho echo = AuthorizationResponse.RequestEcho.of(r);
    AuthorizationOutcome outcome = authorizationOutcome(r);
    Optional<AuthorizationRule> rule = authorizationRule(r);
    String cert = certificationNumber(r.traceNumber());
    Member m = nameOnly(r.subscriber());
    List<ServiceDecision> services = new ArrayList<>();
    AuthorizationDecision overall;
    String reason = null;
    if (outcome == AuthorizationOutcome.PEND_THEN_APPROVE && pendedAnswer) {
      overall = AuthorizationDecision.PENDED;
      services.addAll(undecided(r, AuthorizationDecision.PENDED));
      // the review's reference, quoted when the requester answers on the same review (275/portal)
      return new AuthorizationResponse(
          r.traceNumber(),
          r.payer(),
          r.requester(),
          m,
          overall,
          null,
          "0U",
          services,
          echo,
          administrativeReference(r.traceNumber()));
    }
    if (outcome == AuthorizationOutcome.NOT_REQUIRED) {
      // HCR*NA: no review needed for this service; the reference is the requester's evidence
      services.addAll(undecided(r, AuthorizationDecision.NO_ACTION_REQUIRED));
      return new AuthorizationResponse(
          r.traceNumber(),
          r.payer(),
          r.requester(),
          m,
          AuthorizationDecision.NO_ACTION_REQUIRED,
          null,
          null,
          services,
          echo,
          administrativeReference(r.traceNumber()));
    }
    switch (outcome) {
      case DENY -> {
        overall = AuthorizationDecision.DENIED;
        reason = rule.map(AuthorizationRule::reasonCode).orElse("0U");
        for (RequestedService s : r.services()) {
          services.add(
              new ServiceDecision(
                  s.procedureCode(),
                  AuthorizationDecision.DENIED,
                  null,
                  reason,
                  s.units(),
                  null,
                  null,
                  null,
                  s.revenueCode()));
        }
        cert = null;
      }
      case APPROVE_PARTIAL -> {
        overall = AuthorizationDecision.CERTIFIED_PARTIAL;
        int pct = rule.map(AuthorizationRule::approvedPercent).orElse(50);
        for (RequestedService s : r.services()) {
          BigDecimal approved =
              s.units() == null
                  ? null
                  : s.units()
                      .multiply(BigDecimal.valueOf(pct))
                      .divide(HUNDRED, 0, RoundingMode.DOWN);
          services.add(
              new ServiceDecision(
                  s.procedureCode(),
                  // 005010X217 2000F HCR01: A2 is not a service-level code; fewer units is A6
                  AuthorizationDecision.MODIFIED,
                  cert,
                  null,
                  s.units(),
                  approved,
                  s.from(),
                  validTo(s),
                  s.revenueCode()));
        }
      }
      default -> {
        overall = AuthorizationDecision.CERTIFIED;
        for (RequestedService s : r.services()) {
          services.add(
              new ServiceDecision(
                  s.procedureCode(),
                  AuthorizationDecision.CERTIFIED,
                  cert,
                  null,
                  s.units(),
                  s.units(),
                  s.from(),
                  validTo(s),
                  s.revenueCode()));
        }
      }
    }
    return new AuthorizationResponse(
        r.traceNumber(), r.payer(), r.requester(), m, overall, cert, reason, services, echo, null);
  }

  /** The sandbox's review reference (REF*NT) for a request trace. */
  static String administrativeReference(String trace) {
    return "SBXR" + Integer.toUnsignedString(trace.hashCode(), 36).toUpperCase(Locale.ROOT);
  }

  private LocalDate validTo(RequestedService s) {
    LocalDate limit =
        s.from() == null
            ? null
            : s.from().plusDays(scenarios.authorizations().certificationValidDays() - 1L);
    if (s.to() == null) {
      return limit;
    }
    return limit == null || s.to().isBefore(limit) ? s.to() : limit;
  }

  static String certificationNumber(String trace) {
    return "SBX" + Integer.toUnsignedString(trace.hashCode(), 36).toUpperCase(Locale.ROOT);
  }

  // ------------------------------------------------------------------ 837 -> 999, 277CA, 835

  /** The claim-level rule that decides this claim, if any. */
  Optional<ClaimRule> claimRule(SandboxClaim c, LocalDate today) {
    for (ClaimRule rule : scenarios.claims().rules()) {
      if (rule.outcome() != ClaimOutcome.DENY_LINE && claimMatches(rule, c, today)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  ClaimOutcome claimOutcome(SandboxClaim c, LocalDate today) {
    return claimRule(c, today).map(ClaimRule::outcome).orElse(ClaimOutcome.PAY);
  }

  private boolean claimMatches(ClaimRule r, SandboxClaim c, LocalDate today) {
    if (r.patientControlNumberPattern() == null
        && r.memberIdPattern() == null
        && r.procedureCode() == null
        && r.when() == null) {
      return false;
    }
    if (r.patientControlNumberPattern() != null
        && !SandboxScenarios.matches(r.patientControlNumberPattern(), c.patientControlNumber())) {
      return false;
    }
    if (r.memberIdPattern() != null
        && !SandboxScenarios.matches(r.memberIdPattern(), c.subscriber().memberId())) {
      return false;
    }
    if (r.procedureCode() != null
        && c.lines().stream()
            .noneMatch(l -> r.procedureCode().equalsIgnoreCase(l.procedureCode()))) {
      return false;
    }
    if (r.when() != null) {
      return switch (r.when()) {
        case MISSING_PRIOR_AUTHORIZATION ->
            // Original Medicare (SBR09 MA/MB) has no prior authorization for Part B drugs such as
            // infliximab (Medicare Benefit Policy Manual ch. 15 §50; DOMAIN.md): only plans whose
            // 271 asks for one deny its absence
            c.priorAuthorizationNumber() == null
                && !ORIGINAL_MEDICARE.contains(c.claimFilingIndicator())
                && c.lines().stream()
                    .anyMatch(
                        l -> scenarios.eligibility().requiresPriorAuthorization(l.procedureCode()));
        case PAST_TIMELY_FILING ->
            c.firstServiceDate() != null
                && c.firstServiceDate()
                    .plusDays(scenarios.claims().filingLimitDays())
                    .isBefore(today);
        case MISSING_NDC ->
            c.lines().stream().anyMatch(l -> lineCondition(ClaimCondition.MISSING_NDC, l, c));
        case MISSING_WASTAGE_MODIFIER ->
            c.lines().stream()
                .anyMatch(l -> lineCondition(ClaimCondition.MISSING_WASTAGE_MODIFIER, l, c));
      };
    }
    return true;
  }

  private boolean lineCondition(ClaimCondition when, SandboxClaim.Line l, SandboxClaim c) {
    return switch (when) {
      case MISSING_NDC -> l.isDrug() && !l.hasNdc();
      // single-dose containers only: never on a multiple-dose vial or a code the payer exempts
      case MISSING_WASTAGE_MODIFIER ->
          l.isDrug()
              && scenarios.claims().needsWastageModifier(l.procedureCode(), l.ndc())
              && !l.modifiers().contains("JZ")
              && !l.modifiers().contains("JW")
              && c.lines().stream()
                  .noneMatch(
                      o ->
                          l.procedureCode().equals(o.procedureCode())
                              && o.modifiers().contains("JW"));
      default -> false;
    };
  }

  private Optional<ClaimRule> lineRule(SandboxClaim.Line l, SandboxClaim c) {
    for (ClaimRule rule : scenarios.claims().rules()) {
      if (rule.outcome() != ClaimOutcome.DENY_LINE) {
        continue;
      }
      boolean codeOk =
          rule.procedureCode() == null || rule.procedureCode().equalsIgnoreCase(l.procedureCode());
      boolean whenOk = rule.when() == null || lineCondition(rule.when(), l, c);
      boolean pcnOk =
          rule.patientControlNumberPattern() == null
              || SandboxScenarios.matches(
                  rule.patientControlNumberPattern(), c.patientControlNumber());
      if (codeOk
          && whenOk
          && pcnOk
          && (rule.when() != null
              || rule.procedureCode() != null
              || rule.patientControlNumberPattern() != null)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /** A claim payment and the part of the member's deductible it used (PR-1). */
  record Adjudication(ClaimPayment payment, BigDecimal deductibleApplied) {}

  /**
   * The 835 claim payment for a claim accepted at the 999 and 277CA. Each paid line: allowed (the
   * contracted rate, never above the charge; CO-45 for the rest), then PR-1 deductible while {@code
   * deductibleRemaining} (what the 271 said remains, less what earlier claims used) lasts, then
   * PR-2 coinsurance on the rest of the allowed amount, then on Medicare fee-for-service CO-253
   * sequestration of the payer portion (allowed $1,000, coinsurance $200: paid $784).
   */
  Adjudication adjudicate(SandboxClaim c, LocalDate today, BigDecimal deductibleRemaining) {
    return adjudicate(c, today, deductibleRemaining, false);
  }

  /**
   * As {@link #adjudicate(SandboxClaim, LocalDate, BigDecimal)}; {@code corrected} is the payment a
   * REVERSE member gets after the reversal: at the contract, under a new payer claim control
   * number. UNDERPAY members, and REVERSE members before the reversal, are allowed {@code
   * underpay-percent} less than the contract.
   */
  Adjudication adjudicate(
      SandboxClaim c, LocalDate today, BigDecimal deductibleRemaining, boolean corrected) {
    return adjudicate(c, today, deductibleRemaining, corrected, false);
  }

  /**
   * As above; {@code overturned}: the claim's denial was overturned on appeal, so no claim rule
   * applies and it is paid as anyone else's.
   */
  Adjudication adjudicate(
      SandboxClaim c,
      LocalDate today,
      BigDecimal deductibleRemaining,
      boolean corrected,
      boolean overturned) {
    if (c.secondary()) {
      return secondary(c);
    }
    Optional<ClaimRule> rule = overturned ? Optional.empty() : claimRule(c, today);
    String payerClaim = payerClaimControlNumber(c.patientControlNumber()) + (corrected ? "R" : "");
    ClaimOutcome outcome = rule.map(ClaimRule::outcome).orElse(ClaimOutcome.PAY);
    BigDecimal allowedFactor =
        !corrected && (outcome == ClaimOutcome.UNDERPAY || outcome == ClaimOutcome.REVERSE)
            ? BigDecimal.ONE.subtract(scenarios.claims().underpayPercent().divide(HUNDRED))
            : BigDecimal.ONE;
    List<String> claimRemarks =
        rule.isPresent() && rule.get().outcome() != ClaimOutcome.DENY && rule.get().rarc() != null
            ? List.of(rule.get().rarc())
            : List.of();
    Member m = c.subscriber();
    if (rule.isPresent() && rule.get().outcome() == ClaimOutcome.DENY) {
      ClaimRule r = rule.get();
      return new Adjudication(
          new ClaimPayment(
              c.patientControlNumber(),
              "4",
              c.totalCharge(),
              BigDecimal.ZERO,
              BigDecimal.ZERO,
              filing(c),
              payerClaim,
              m.memberId(),
              m.lastName(),
              m.firstName(),
              List.of(new Adjustment("CO", r.carc(), c.totalCharge(), null)),
              r.rarc() == null ? List.of() : List.of(r.rarc()),
              List.of()),
          BigDecimal.ZERO);
    }
    BigDecimal coinsurance = scenarios.claims().patientCoinsurancePercent().divide(HUNDRED);
    BigDecimal sequestration =
        c.medicareFeeForService()
            ? scenarios.claims().sequestrationPercent().divide(HUNDRED)
            : BigDecimal.ZERO;
    BigDecimal deductibleLeft = deductibleRemaining.max(BigDecimal.ZERO);
    BigDecimal deductibleUsed = BigDecimal.ZERO;
    List<ServicePayment> services = new ArrayList<>();
    BigDecimal paid = BigDecimal.ZERO;
    BigDecimal patient = BigDecimal.ZERO;
    for (SandboxClaim.Line l : c.lines()) {
      Optional<ClaimRule> denial = lineRule(l, c);
      if (denial.isPresent()) {
        ClaimRule r = denial.get();
        services.add(
            new ServicePayment(
                l.procedureCode(),
                l.modifiers(),
                l.charge(),
                BigDecimal.ZERO,
                l.units(),
                l.serviceDate(),
                l.lineItemControlNumber(),
                null,
                List.of(new Adjustment("CO", r.carc(), l.charge(), null)),
                r.rarc() == null ? List.of() : List.of(r.rarc())));
        continue;
      }
      BigDecimal allowed = allowed(l, c).multiply(allowedFactor).setScale(2, RoundingMode.HALF_UP);
      BigDecimal lineDeductible = allowed.min(deductibleLeft);
      deductibleLeft = deductibleLeft.subtract(lineDeductible);
      deductibleUsed = deductibleUsed.add(lineDeductible);
      BigDecimal lineCoinsurance =
          allowed.subtract(lineDeductible).multiply(coinsurance).setScale(2, RoundingMode.HALF_UP);
      BigDecimal payerPortion = allowed.subtract(lineDeductible).subtract(lineCoinsurance);
      BigDecimal lineSequestration =
          payerPortion.multiply(sequestration).setScale(2, RoundingMode.HALF_UP);
      BigDecimal linePaid = payerPortion.subtract(lineSequestration);
      List<Adjustment> adj = new ArrayList<>();
      BigDecimal contractual = l.charge().subtract(allowed);
      if (contractual.signum() > 0) {
        adj.add(new Adjustment("CO", "45", contractual, null));
      }
      if (lineDeductible.signum() > 0) {
        adj.add(new Adjustment("PR", "1", lineDeductible, null));
      }
      if (lineCoinsurance.signum() > 0) {
        adj.add(new Adjustment("PR", "2", lineCoinsurance, null));
      }
      if (lineSequestration.signum() > 0) {
        adj.add(new Adjustment("CO", "253", lineSequestration, null));
      }
      services.add(
          new ServicePayment(
              l.procedureCode(),
              l.modifiers(),
              l.charge(),
              linePaid,
              l.units(),
              l.serviceDate(),
              l.lineItemControlNumber(),
              allowed,
              adj,
              List.of()));
      paid = paid.add(linePaid);
      patient = patient.add(lineDeductible).add(lineCoinsurance);
    }
    String status = paid.signum() > 0 || patient.signum() > 0 ? primaryStatus(c) : "4";
    return new Adjudication(
        new ClaimPayment(
            c.patientControlNumber(),
            status,
            c.totalCharge(),
            paid,
            patient,
            filing(c),
            payerClaim,
            m.memberId(),
            m.lastName(),
            m.firstName(),
            List.of(),
            claimRemarks,
            services),
        deductibleUsed);
  }

  /**
   * A claim to this payer as the secondary (SBR01 S): the primary already adjudicated each line
   * (2430), so the sandbox pays what the primary left the patient (its PR amounts), never more than
   * the charge less the primary's payment, and adjusts the rest as OA-23 (the impact of the prior
   * payer's adjudication). CLP02 2, processed as secondary; no claim rule and no deductible apply.
   */
  private Adjudication secondary(SandboxClaim c) {
    Member m = c.subscriber();
    List<ServicePayment> services = new ArrayList<>();
    BigDecimal paid = BigDecimal.ZERO;
    for (SandboxClaim.Line l : c.lines()) {
      BigDecimal prior = l.priorPaid() == null ? BigDecimal.ZERO : l.priorPaid();
      BigDecimal share = l.priorPatientShare() == null ? BigDecimal.ZERO : l.priorPatientShare();
      BigDecimal linePaid = share.min(l.charge().subtract(prior)).max(BigDecimal.ZERO);
      BigDecimal rest = l.charge().subtract(linePaid);
      services.add(
          new ServicePayment(
              l.procedureCode(),
              l.modifiers(),
              l.charge(),
              linePaid,
              l.units(),
              l.serviceDate(),
              l.lineItemControlNumber(),
              null,
              rest.signum() > 0 ? List.of(new Adjustment("OA", "23", rest, null)) : List.of(),
              List.of()));
      paid = paid.add(linePaid);
    }
    return new Adjudication(
        new ClaimPayment(
            c.patientControlNumber(),
            paid.signum() > 0 ? "2" : "4",
            c.totalCharge(),
            paid,
            BigDecimal.ZERO,
            filing(c),
            payerClaimControlNumber(c.patientControlNumber()),
            m.memberId(),
            m.lastName(),
            m.firstName(),
            List.of(),
            List.of(),
            services),
        BigDecimal.ZERO);
  }

  /** The deductible the 271 says remains at the start of the plan year. */
  BigDecimal deductibleAtStart() {
    return scenarios.eligibility().deductibleRemaining();
  }

  private static String primaryStatus(SandboxClaim c) {
    return "1";
  }

  /**
   * 835 CLP06 from the 837 SBR09. The two code lists differ: the 835 (005010X221A1) has no CI
   * (commercial), BL or other 837-only values (pyx12 reported CI). Values both lists share pass
   * through; any other means the sandbox plan, a PPO (12).
   */
  static String filing(SandboxClaim c) {
    String f = c.claimFilingIndicator();
    if (f == null) {
      return "ZZ";
    }
    return CLP06_CODES.contains(f) ? f : "12";
  }

  /** Every requested service with the same decision and no approved units or certification. */
  private static List<ServiceDecision> undecided(
      AuthorizationRequest r, AuthorizationDecision decision) {
    List<ServiceDecision> out = new ArrayList<>();
    for (RequestedService s : r.services()) {
      out.add(
          new ServiceDecision(
              s.procedureCode(),
              decision,
              null,
              null,
              s.units(),
              null,
              s.from(),
              s.to(),
              s.revenueCode()));
    }
    return out;
  }

  /** SBR09 of Medicare fee-for-service: Part A and Part B. */
  private static final Set<String> ORIGINAL_MEDICARE = Set.of("MA", "MB");

  /** 835 CLP06 claim filing indicator codes of 005010X221A1. */
  private static final Set<String> CLP06_CODES =
      Set.of(
          "12", "13", "14", "15", "16", "17", "AM", "CH", "DS", "HM", "LM", "MA", "MB", "MC", "OF",
          "TV", "VA", "WC", "ZZ");

  /**
   * Allowed for a line: the contracted rate (Original Medicare's, for its claims) x units, else a
   * percentage of charge; never above charge.
   */
  BigDecimal allowed(SandboxClaim.Line l, SandboxClaim c) {
    BigDecimal rate =
        scenarios.claims().allowedPerUnit(l.procedureCode(), c.medicareFeeForService());
    BigDecimal allowed =
        rate != null && l.units() != null
            ? rate.multiply(l.units())
            : l.charge().multiply(scenarios.claims().defaultAllowedPercent()).divide(HUNDRED);
    allowed = allowed.setScale(2, RoundingMode.HALF_UP);
    return allowed.compareTo(l.charge()) > 0 ? l.charge() : allowed;
  }

  static String payerClaimControlNumber(String pcn) {
    return "SBXC" + Integer.toUnsignedString(pcn.hashCode(), 36).toUpperCase(Locale.ROOT);
  }
}

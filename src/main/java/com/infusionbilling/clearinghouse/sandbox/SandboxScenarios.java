package com.infusionbilling.clearinghouse.sandbox;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;

/**
 * The sandbox payer's scenario file ({@code src/main/resources/sandbox/scenarios.yaml}), bound with
 * Spring Boot's relaxed binding. See docs/x12.md for the format.
 */
public record SandboxScenarios(
    Payer payer,
    Eligibility eligibility,
    Authorizations authorizations,
    Claims claims,
    @DefaultValue Appeals appeals) {

  public enum AppealOutcome {
    OVERTURN,
    UPHOLD
  }

  /**
   * How the payer decides the appeals submitted to it: {@code decision-delay} after the submission,
   * by the first rule whose member-ID pattern matches the appealed claim's subscriber, else {@code
   * default-outcome}. An overturned claim is paid in a new 835.
   */
  public record Appeals(
      @DefaultValue("30s") Duration decisionDelay,
      @DefaultValue("UPHOLD") AppealOutcome defaultOutcome,
      @DefaultValue List<AppealRule> rules) {

    AppealRule decide(String memberId) {
      return rules.stream()
          .filter(r -> matches(r.memberIdPattern(), memberId))
          .findFirst()
          .orElse(new AppealRule("default", null, defaultOutcome));
    }
  }

  public record AppealRule(String name, String memberIdPattern, AppealOutcome outcome) {}

  public record Payer(
      @DefaultValue("SANDBOX HEALTH PLAN") String name, @DefaultValue("SBX01") String id) {}

  public enum EligibilityOutcome {
    ACTIVE,
    INACTIVE,
    PHARMACY_BENEFIT,
    NOT_FOUND
  }

  public record Eligibility(
      @DefaultValue("SANDBOX PLAN") String planName,
      @DefaultValue("1500") BigDecimal deductible,
      @DefaultValue("750") BigDecimal deductibleRemaining,
      @DefaultValue("20") BigDecimal coinsurancePercent,
      @DefaultValue("6000") BigDecimal outOfPocketMax,
      @DefaultValue List<String> priorAuthorizationRequired,
      @DefaultValue List<EligibilityRule> rules) {

    public boolean requiresPriorAuthorization(String hcpcs) {
      return priorAuthorizationRequired.stream().anyMatch(c -> c.equalsIgnoreCase(hcpcs));
    }

    public EligibilityOutcome outcomeFor(String memberId) {
      for (EligibilityRule r : rules) {
        if (matches(r.memberIdPattern(), memberId)) {
          return r.outcome();
        }
      }
      return EligibilityOutcome.ACTIVE;
    }
  }

  public record EligibilityRule(String name, String memberIdPattern, EligibilityOutcome outcome) {}

  public enum AuthorizationOutcome {
    APPROVE,
    APPROVE_PARTIAL,
    DENY,
    PEND_THEN_APPROVE,
    /** HCR*NA: the payer needs no authorization for the service (with its reference, REF*NT). */
    NOT_REQUIRED
  }

  public record Authorizations(
      @DefaultValue("approve") AuthorizationOutcome defaultOutcome,
      @DefaultValue("98") int certificationValidDays,
      @DefaultValue List<AuthorizationRule> rules) {}

  /** Matches when every pattern given matches (member ID) or equals (procedure code). */
  public record AuthorizationRule(
      String name,
      String memberIdPattern,
      String procedureCode,
      AuthorizationOutcome outcome,
      @DefaultValue("1d") Duration delay,
      @DefaultValue("50") int approvedPercent,
      @DefaultValue("0U") String reasonCode) {}

  public enum ClaimCondition {
    MISSING_PRIOR_AUTHORIZATION,
    MISSING_NDC,
    MISSING_WASTAGE_MODIFIER,
    PAST_TIMELY_FILING
  }

  public enum ClaimOutcome {
    PAY,
    REJECT_999,
    REJECT_277CA,
    /** Accepted at the 999 and 277CA, then never answered with an 835. */
    SILENT,
    DENY,
    DENY_LINE,
    /** Paid {@code underpay-percent} below the contracted allowed amount. */
    UNDERPAY,
    /**
     * Paid below the contract first; {@code reversal-delay} later a second 835 reverses that
     * payment (CLP02 22) and pays the claim again at the contract (a new CLP07).
     */
    REVERSE,
    /** Paid, and the very same 835 is delivered twice (two interchanges). */
    DUPLICATE_835
  }

  /**
   * @param underpayPercent how far below the contract UNDERPAY and REVERSE members are paid first
   * @param reversalDelay how long after the first 835 a REVERSE member's reversal comes
   * @param sequestrationPercent reduction of the payer portion of Medicare fee-for-service claims
   *     (837 SBR09 MA or MB), reported as CO-253
   * @param wastageModifierCodes the drug codes (pattern) whose single-dose lines need JW or JZ
   * @param multiDoseNdcs NDCs of multiple-dose containers: never JW/JZ (CMS discarded-drugs policy)
   * @param allowedPerUnit contracted allowed amount per unit, by HCPCS/CPT code
   * @param medicareAllowedPerUnit what Original Medicare (837 SBR09 MA or MB) allows per unit: the
   *     ASP + 6 % payment limit and the fee schedule instead of a contract; codes without a rate
   *     here are paid as {@code allowedPerUnit} says
   */
  public record Claims(
      @DefaultValue("0s") Duration remittanceDelay,
      @DefaultValue("365") int filingLimitDays,
      @DefaultValue("20") BigDecimal patientCoinsurancePercent,
      @DefaultValue("80") BigDecimal defaultAllowedPercent,
      @DefaultValue("2") BigDecimal sequestrationPercent,
      @DefaultValue("J.*") String wastageModifierCodes,
      @DefaultValue("10") BigDecimal underpayPercent,
      @DefaultValue("1m") Duration reversalDelay,
      @DefaultValue List<String> multiDoseNdcs,
      @DefaultValue Map<String, BigDecimal> allowedPerUnit,
      @DefaultValue Map<String, BigDecimal> medicareAllowedPerUnit,
      @DefaultValue List<ClaimRule> rules) {

    /** Whether a drug line of this code and NDC must carry JW or JZ. */
    public boolean needsWastageModifier(String code, String ndc) {
      return code != null
          && matches(wastageModifierCodes, code)
          && (ndc == null || !multiDoseNdcs.contains(ndc));
    }

    /** Rates by upper-case code (relaxed binding lower-cases map keys). */
    public BigDecimal allowedPerUnit(String code) {
      return upperCaseRates(allowedPerUnit).get(code.toUpperCase(Locale.ROOT));
    }

    /** Original Medicare's rate of a code, else the contracted one. */
    public BigDecimal allowedPerUnit(String code, boolean originalMedicare) {
      BigDecimal medicare =
          originalMedicare
              ? upperCaseRates(medicareAllowedPerUnit).get(code.toUpperCase(Locale.ROOT))
              : null;
      return medicare != null ? medicare : allowedPerUnit(code);
    }

    private static Map<String, BigDecimal> upperCaseRates(Map<String, BigDecimal> rates) {
      Map<String, BigDecimal> m = new HashMap<>();
      rates.forEach((k, v) -> m.put(k.toUpperCase(Locale.ROOT), v));
      return m;
    }
  }

  /**
   * A claim rule: every criterion given must hold (patterns on the patient control number or member
   * ID, an exact procedure code on a line, or a {@code when} condition).
   */
  public record ClaimRule(
      String name,
      String patientControlNumberPattern,
      String memberIdPattern,
      String procedureCode,
      ClaimCondition when,
      ClaimOutcome outcome,
      String carc,
      String rarc,
      @DefaultValue("562") String statusCode,
      @DefaultValue("85") String entityCode,
      String message) {}

  static boolean matches(String pattern, String value) {
    return pattern != null && value != null && Pattern.matches(pattern, value);
  }

  /** Reads and binds a scenario file. */
  public static SandboxScenarios load(Resource resource) {
    try {
      List<PropertySource<?>> sources =
          new YamlPropertySourceLoader().load("sandbox-scenarios", resource);
      Binder binder = new Binder(ConfigurationPropertySources.from(sources));
      return binder.bindOrCreate("", Bindable.of(SandboxScenarios.class));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read sandbox scenarios " + resource, e);
    }
  }
}

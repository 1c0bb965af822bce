package com.infusionbilling.billing.reference;

import com.infusionbilling.billing.coding.MidnightRule;
import java.math.BigDecimal;
import java.util.Set;

/**
 * A payer and the billing rules that vary by payer.
 *
 * @param timelyFilingDays days from the date of service within which a claim must be filed
 * @param reimbursementPercent x in "ASP + x %" or "x % of WAC"; unused by the other methods
 * @param coinsurancePercent patient coinsurance in percent of the allowed amount (Medicare: 20, or
 *     the ASP file's rate for the code)
 * @param sequestrationPercent reduction of the payer portion after coinsurance (Medicare: 2)
 * @param jwJzRequired whether wastage is reported with JW and no-wastage attested with JZ
 * @param authorizationBasis whether authorizations count units or visits
 * @param renewalLeadTimeDays how many days before an authorization ends a renewal should start
 * @param paTurnaroundTargetDays the payer's target turnaround for a drug prior authorization (drugs
 *     are outside CMS-0057-F, so this is per payer)
 * @param midnightRule how infusions crossing midnight are counted
 * @param therapeuticCodingHcpcs drugs this payer wants coded with therapeutic administration codes
 *     (96365…) even when given as chemotherapy (96413…)
 * @param lesserOfCharge whether the expected allowed is capped at the line's chargemaster charge
 * @param policy waste policy, NDC quantity convention, revenue codes, home infusion per diems and
 *     the timely-filing period (issue 15)
 */
public record Payer(
    String payerId,
    String name,
    PayerType type,
    int timelyFilingDays,
    ReimbursementMethod reimbursementMethod,
    BigDecimal reimbursementPercent,
    BigDecimal coinsurancePercent,
    BigDecimal sequestrationPercent,
    boolean jwJzRequired,
    AuthorizationBasis authorizationBasis,
    int renewalLeadTimeDays,
    int paTurnaroundTargetDays,
    MidnightRule midnightRule,
    Set<String> therapeuticCodingHcpcs,
    String sourceNote,
    LesserOfCharge lesserOfCharge,
    PayerPolicy policy) {

  public Payer {
    therapeuticCodingHcpcs = Set.copyOf(therapeuticCodingHcpcs);
    lesserOfCharge = lesserOfCharge == null ? LesserOfCharge.NEVER : lesserOfCharge;
    policy = policy == null ? PayerPolicy.defaults(jwJzRequired, timelyFilingDays) : policy;
  }

  /** The same payer with other issue-15 rules. */
  public Payer withPolicy(PayerPolicy newPolicy) {
    return new Payer(
        payerId,
        name,
        type,
        timelyFilingDays,
        reimbursementMethod,
        reimbursementPercent,
        coinsurancePercent,
        sequestrationPercent,
        jwJzRequired,
        authorizationBasis,
        renewalLeadTimeDays,
        paTurnaroundTargetDays,
        midnightRule,
        therapeuticCodingHcpcs,
        sourceNote,
        lesserOfCharge,
        newPolicy);
  }
}

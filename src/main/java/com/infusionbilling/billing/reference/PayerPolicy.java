package com.infusionbilling.billing.reference;

import java.time.Period;

/**
 * The billing rules of issue 15 that vary by payer.
 *
 * @param wastePolicy how discarded drug from single-dose containers is billed
 * @param ndcQuantityConvention how the NDC quantity is reported
 * @param revenueCodes revenue codes on institutional claims
 * @param homeInfusionPerDiem whether the payer pays home infusion with per-diem S-codes (S9338 …)
 *     plus 99601/99602 nursing visits
 * @param timelyFilingPeriod how long after the date of service (837I: the statement "through" date)
 *     a claim may be filed: P1Y for Medicare's one calendar year, P90D for 90 days
 */
public record PayerPolicy(
    WastePolicy wastePolicy,
    NdcQuantityConvention ndcQuantityConvention,
    RevenueCodes revenueCodes,
    boolean homeInfusionPerDiem,
    Period timelyFilingPeriod) {

  public PayerPolicy {
    wastePolicy = wastePolicy == null ? WastePolicy.JW_LINE : wastePolicy;
    ndcQuantityConvention =
        ndcQuantityConvention == null ? NdcQuantityConvention.PACKAGE_UNIT : ndcQuantityConvention;
    revenueCodes = revenueCodes == null ? RevenueCodes.NUBC : revenueCodes;
  }

  /** The defaults for a payer known only by its issue-4 settings. */
  public static PayerPolicy defaults(boolean jwJzRequired, int timelyFilingDays) {
    return new PayerPolicy(
        jwJzRequired ? WastePolicy.JW_LINE : WastePolicy.NOT_BILLED,
        NdcQuantityConvention.PACKAGE_UNIT,
        RevenueCodes.NUBC,
        false,
        Period.ofDays(timelyFilingDays));
  }

  public PayerPolicy withWastePolicy(WastePolicy policy) {
    return new PayerPolicy(
        policy, ndcQuantityConvention, revenueCodes, homeInfusionPerDiem, timelyFilingPeriod);
  }

  public PayerPolicy withNdcQuantityConvention(NdcQuantityConvention convention) {
    return new PayerPolicy(
        wastePolicy, convention, revenueCodes, homeInfusionPerDiem, timelyFilingPeriod);
  }

  public PayerPolicy withRevenueCodes(RevenueCodes codes) {
    return new PayerPolicy(
        wastePolicy, ndcQuantityConvention, codes, homeInfusionPerDiem, timelyFilingPeriod);
  }

  public PayerPolicy withHomeInfusionPerDiem(boolean perDiem) {
    return new PayerPolicy(
        wastePolicy, ndcQuantityConvention, revenueCodes, perDiem, timelyFilingPeriod);
  }

  public PayerPolicy withTimelyFilingPeriod(Period period) {
    return new PayerPolicy(
        wastePolicy, ndcQuantityConvention, revenueCodes, homeInfusionPerDiem, period);
  }
}

package com.infusionbilling.billing.reference;

import com.infusionbilling.billing.coding.MidnightRule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Period;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** A row of the payer catalogue ({@code billing_payer}). */
@Entity
@Table(name = "billing_payer")
public class PayerEntity {
  @Id private String payerId;
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private PayerType payerType;

  private int timelyFilingDays;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private ReimbursementMethod reimbursementMethod;

  private BigDecimal reimbursementPercent;
  private BigDecimal coinsurancePercent;
  private BigDecimal sequestrationPercent;
  private boolean jwJzRequired;

  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private AuthorizationBasis authorizationBasis;

  private int renewalLeadTimeDays;
  private int paTurnaroundTargetDays;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private MidnightRule midnightRule;

  /** Comma-separated HCPCS codes. */
  private String therapeuticCodingHcpcs;

  private String sourceNote;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private LesserOfCharge lesserOfCharge;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private WastePolicy wastePolicy;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private NdcQuantityConvention ndcQuantityConvention;

  /** "drug=0636,chemoIv=0335,chemoInjected=0331,other=0260"; blank = NUBC defaults. */
  private String revenueCodes;

  private boolean homeInfusionPerDiem;

  /** ISO-8601 period, e.g. P1Y or P90D. */
  private String timelyFilingPeriod;

  protected PayerEntity() {}

  public Payer toPayer() {
    Set<String> therapeutic =
        Arrays.stream(
                therapeuticCodingHcpcs == null ? new String[0] : therapeuticCodingHcpcs.split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
    return new Payer(
        payerId,
        name,
        payerType,
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
        therapeutic,
        sourceNote,
        lesserOfCharge,
        new PayerPolicy(
            wastePolicy,
            ndcQuantityConvention,
            RevenueCodes.parse(revenueCodes),
            homeInfusionPerDiem,
            timelyFilingPeriod == null || timelyFilingPeriod.isBlank()
                ? Period.ofDays(timelyFilingDays)
                : Period.parse(timelyFilingPeriod)));
  }
}

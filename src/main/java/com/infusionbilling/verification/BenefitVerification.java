package com.infusionbilling.verification;

import com.infusionbilling.intake.BenefitType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One benefit verification of an episode's coverage (table {@code benefit_verification}): what the
 * payer said (from the 271 or a phone call) and what the coverage decision made of it.
 */
@Entity
@Table(name = "benefit_verification")
public class BenefitVerification {

  public enum Status {
    REQUESTED,
    RESPONDED,
    DETERMINED
  }

  public enum Source {
    X12_271,
    PHONE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long episodeId;
  private Long coverageId;
  private Long processInstanceKey;
  private String traceNumber;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Status status;

  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private Source source;

  private Boolean coverageActive;

  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private BenefitType benefitType;

  private BigDecimal deductible;
  private BigDecimal deductibleMet;
  private BigDecimal outOfPocketMax;
  private BigDecimal outOfPocketMet;
  private BigDecimal coinsurancePercent;
  private BigDecimal copay;
  private Boolean paRequired;
  private String coverageOutcome;
  private Boolean buyAndBillAllowed;
  private String siteOfCareRestriction;
  private String payerReference;
  private String notes;
  private Instant requestedAt;
  private Instant respondedAt;

  protected BenefitVerification() {}

  public BenefitVerification(Long episodeId, Long coverageId, long processInstanceKey) {
    this.episodeId = episodeId;
    this.coverageId = coverageId;
    this.processInstanceKey = processInstanceKey;
    // replaced by the ID-based trace once the row has its ID
    this.traceNumber = "PENDING-" + processInstanceKey;
    this.status = Status.REQUESTED;
    this.requestedAt = Instant.now();
  }

  void assignTrace(String trace) {
    this.traceNumber = trace;
  }

  /** What the payer said, from a 271 or a phone call. */
  public void answered(
      Source source,
      boolean coverageActive,
      BenefitType benefitType,
      BigDecimal deductible,
      BigDecimal deductibleMet,
      BigDecimal outOfPocketMax,
      BigDecimal outOfPocketMet,
      BigDecimal coinsurancePercent,
      BigDecimal copay,
      boolean paRequired,
      String payerReference,
      String notes) {
    this.source = source;
    this.coverageActive = coverageActive;
    this.benefitType = benefitType;
    this.deductible = deductible;
    this.deductibleMet = deductibleMet;
    this.outOfPocketMax = outOfPocketMax;
    this.outOfPocketMet = outOfPocketMet;
    this.coinsurancePercent = coinsurancePercent;
    this.copay = copay;
    this.paRequired = paRequired;
    this.payerReference = payerReference;
    this.notes = notes;
    this.status = Status.RESPONDED;
    this.respondedAt = Instant.now();
  }

  /** What the coverage decision (DMN {@code Decision_Coverage}) made of the answer. */
  public void determined(String outcome, boolean buyAndBill, String siteRestriction) {
    this.coverageOutcome = outcome;
    this.buyAndBillAllowed = buyAndBill;
    this.siteOfCareRestriction = siteRestriction;
    this.status = Status.DETERMINED;
  }

  public Long getId() {
    return id;
  }

  public Long getEpisodeId() {
    return episodeId;
  }

  public Long getCoverageId() {
    return coverageId;
  }

  public Long getProcessInstanceKey() {
    return processInstanceKey;
  }

  public String getTraceNumber() {
    return traceNumber;
  }

  public Status getStatus() {
    return status;
  }

  public Source getSource() {
    return source;
  }

  public Boolean getCoverageActive() {
    return coverageActive;
  }

  public BenefitType getBenefitType() {
    return benefitType;
  }

  public BigDecimal getDeductible() {
    return deductible;
  }

  public BigDecimal getDeductibleMet() {
    return deductibleMet;
  }

  public BigDecimal getOutOfPocketMax() {
    return outOfPocketMax;
  }

  public BigDecimal getOutOfPocketMet() {
    return outOfPocketMet;
  }

  public BigDecimal getCoinsurancePercent() {
    return coinsurancePercent;
  }

  public BigDecimal getCopay() {
    return copay;
  }

  public Boolean getPaRequired() {
    return paRequired;
  }

  public String getCoverageOutcome() {
    return coverageOutcome;
  }

  public Boolean getBuyAndBillAllowed() {
    return buyAndBillAllowed;
  }

  public String getSiteOfCareRestriction() {
    return siteOfCareRestriction;
  }

  public String getPayerReference() {
    return payerReference;
  }

  public String getNotes() {
    return notes;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Instant getRespondedAt() {
    return respondedAt;
  }
}

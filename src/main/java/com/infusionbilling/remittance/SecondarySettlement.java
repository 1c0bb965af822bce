package com.infusionbilling.remittance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * How one payment of the secondary payer (a CLP on a secondary claim, SBR01 S) settled the patient
 * share the primary left waiting for it (table {@code secondary_settlement}, V5_75): the share,
 * what the secondary paid on it, what it left the patient (its own PR), and what it adjusted
 * contractually, written off with its reasons. {@code share = paid + patientBalance + writtenOff};
 * a payment above the share is {@code overpaid}, a credit. One per claim payment; REVERSED when the
 * secondary reverses the payment (CLP02 22).
 */
@Entity
@Table(name = "secondary_settlement")
public class SecondarySettlement {
  /** The secondary paid (all or part); what it left is the patient's or written off. */
  public static final String SETTLED = "SETTLED";

  /** The secondary denied: the whole share is the patient's again. */
  public static final String DENIED = "DENIED";

  /** The secondary reversed its payment: the share waits for it again. */
  public static final String REVERSED = "REVERSED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long primaryClaimId;
  private Long secondaryClaimId;
  private Long remittanceClaimId;
  private String outcome;
  private BigDecimal patientShare;
  private BigDecimal secondaryPaid;
  private BigDecimal patientBalance;
  private BigDecimal writtenOff;
  private String writeOffReason;
  private BigDecimal overpaid;
  private Instant createdAt;
  private Instant reversedAt;

  protected SecondarySettlement() {}

  SecondarySettlement(
      long primaryClaimId,
      long secondaryClaimId,
      long remittanceClaimId,
      String outcome,
      BigDecimal patientShare,
      BigDecimal secondaryPaid,
      BigDecimal patientBalance,
      BigDecimal writtenOff,
      String writeOffReason,
      BigDecimal overpaid) {
    this.primaryClaimId = primaryClaimId;
    this.secondaryClaimId = secondaryClaimId;
    this.remittanceClaimId = remittanceClaimId;
    this.outcome = outcome;
    this.patientShare = patientShare;
    this.secondaryPaid = secondaryPaid;
    this.patientBalance = patientBalance;
    this.writtenOff = writtenOff;
    this.writeOffReason = writeOffReason;
    this.overpaid = overpaid;
    this.createdAt = Instant.now();
  }

  void reversed() {
    this.outcome = REVERSED;
    this.reversedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public Long getPrimaryClaimId() {
    return primaryClaimId;
  }

  public Long getSecondaryClaimId() {
    return secondaryClaimId;
  }

  public Long getRemittanceClaimId() {
    return remittanceClaimId;
  }

  public String getOutcome() {
    return outcome;
  }

  public BigDecimal getPatientShare() {
    return patientShare;
  }

  public BigDecimal getSecondaryPaid() {
    return secondaryPaid;
  }

  public BigDecimal getPatientBalance() {
    return patientBalance;
  }

  public BigDecimal getWrittenOff() {
    return writtenOff;
  }

  public String getWriteOffReason() {
    return writeOffReason;
  }

  public BigDecimal getOverpaid() {
    return overpaid;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getReversedAt() {
    return reversedAt;
  }
}

package com.infusionbilling.remittance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * What the patient owes (table {@code patient_responsibility}): after a payer's adjudication one
 * row per PR adjustment (PR-1 deductible, PR-2 coinsurance, PR-3 co-payment, ...; source {@code
 * REMITTANCE}), OPEN until it is billed to the patient or to a secondary payer (SECONDARY), or
 * REVERSED with its payment; a SECONDARY row is SETTLED by the secondary payer's 835 (or OPEN again
 * when that payer denies, V5_75); and without any claim, the self-pay charge of a line the patient
 * asked not to bill Medicare for (ABN option 2; source {@code SELF_PAY}, V5_40), per visit and
 * line.
 */
@Entity
@Table(name = "patient_responsibility")
public class PatientResponsibility {
  public static final String OPEN = "OPEN";
  public static final String SECONDARY = "SECONDARY";
  public static final String REVERSED = "REVERSED";

  /**
   * A SECONDARY share the secondary payer's 835 settled ({@link SecondarySettlement}): what it left
   * the patient is an OPEN row of the secondary claim, what it adjusted is written off there.
   */
  public static final String SETTLED = "SETTLED";

  /** Sources: a payer's 835 (PR group) or a charge the patient pays himself (ABN option 2). */
  public static final String SOURCE_REMITTANCE = "REMITTANCE";

  public static final String SOURCE_SELF_PAY = "SELF_PAY";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long claimId;
  private Long episodeId;
  private Long remittanceClaimId;
  private Long remittanceLineId;
  private String carc;
  private BigDecimal amount;
  private String status;
  private String dedupKey;
  private Instant createdAt;
  private String source;
  private Long visitId;
  private String procedureCode;
  private Integer units;
  private String reason;
  private Long settlementId;

  protected PatientResponsibility() {}

  /** A self-pay charge: no claim, no remittance (see {@link PatientBalances#recordSelfPay}). */
  static PatientResponsibility selfPay(
      long visitId,
      long episodeId,
      String procedureCode,
      int units,
      BigDecimal amount,
      String reason,
      String dedupKey) {
    PatientResponsibility p = new PatientResponsibility();
    p.source = SOURCE_SELF_PAY;
    p.visitId = visitId;
    p.episodeId = episodeId;
    p.procedureCode = procedureCode;
    p.units = units;
    p.amount = amount;
    p.reason = reason;
    p.status = OPEN;
    p.dedupKey = dedupKey;
    p.createdAt = Instant.now();
    return p;
  }

  PatientResponsibility(
      long claimId,
      long episodeId,
      long remittanceClaimId,
      Long remittanceLineId,
      String carc,
      BigDecimal amount,
      String status,
      String dedupKey) {
    this.claimId = claimId;
    this.episodeId = episodeId;
    this.remittanceClaimId = remittanceClaimId;
    this.remittanceLineId = remittanceLineId;
    this.carc = carc;
    this.amount = amount;
    this.status = status;
    this.dedupKey = dedupKey;
    this.createdAt = Instant.now();
    this.source = SOURCE_REMITTANCE;
  }

  void status(String status) {
    this.status = status;
  }

  /** Moved by a secondary payer's settlement (null: back to waiting for it). */
  void settledBy(String status, Long settlementId) {
    this.status = status;
    this.settlementId = settlementId;
  }

  public Long getSettlementId() {
    return settlementId;
  }

  public Long getId() {
    return id;
  }

  public Long getClaimId() {
    return claimId;
  }

  public Long getEpisodeId() {
    return episodeId;
  }

  public Long getRemittanceClaimId() {
    return remittanceClaimId;
  }

  public Long getRemittanceLineId() {
    return remittanceLineId;
  }

  public String getCarc() {
    return carc;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getStatus() {
    return status;
  }

  public String getDedupKey() {
    return dedupKey;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getSource() {
    return source;
  }

  public Long getVisitId() {
    return visitId;
  }

  public String getProcedureCode() {
    return procedureCode;
  }

  public Integer getUnits() {
    return units;
  }

  public String getReason() {
    return reason;
  }
}

package com.infusionbilling.remittance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * What the patient owes after a payer's adjudication (table {@code patient_responsibility}): one
 * row per PR adjustment (PR-1 deductible, PR-2 coinsurance, PR-3 co-payment, ...), OPEN until it is
 * billed to the patient or to a secondary payer (SECONDARY), or REVERSED with its payment.
 */
@Entity
@Table(name = "patient_responsibility")
public class PatientResponsibility {
  public static final String OPEN = "OPEN";
  public static final String SECONDARY = "SECONDARY";
  public static final String REVERSED = "REVERSED";

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

  protected PatientResponsibility() {}

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
  }

  void status(String status) {
    this.status = status;
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
}

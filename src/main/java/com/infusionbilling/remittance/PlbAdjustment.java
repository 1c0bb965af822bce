package com.infusionbilling.remittance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One provider-level adjustment of an 835 (table {@code plb_adjustment}; PLB03/05/... reason, e.g.
 * WO overpayment recovery, FB forwarding balance, L6 interest, with its reference and amount; a
 * positive amount reduces the payment). Routed to accounts receivable once ({@code routedAt}:
 * {@code ProviderAdjustmentReview} started) and reconciled there once ({@code resolution}).
 */
@Entity
@Table(name = "plb_adjustment")
public class PlbAdjustment {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long remittanceId;
  private int sequenceNumber;
  private String providerId;
  private LocalDate fiscalPeriodDate;
  private String reasonCode;
  private String reference;
  private BigDecimal amount;
  private Long claimId;
  private Instant routedAt;
  private String resolution;
  private String resolutionNote;
  private String resolvedBy;
  private Instant resolvedAt;

  protected PlbAdjustment() {}

  PlbAdjustment(
      long remittanceId,
      int sequenceNumber,
      String providerId,
      LocalDate fiscalPeriodDate,
      String reasonCode,
      String reference,
      BigDecimal amount,
      Long claimId) {
    this.remittanceId = remittanceId;
    this.sequenceNumber = sequenceNumber;
    this.providerId = providerId;
    this.fiscalPeriodDate = fiscalPeriodDate;
    this.reasonCode = reasonCode;
    this.reference = reference;
    this.amount = amount;
    this.claimId = claimId;
  }

  void routed() {
    this.routedAt = Instant.now();
  }

  /** What accounts receivable did about it; false when it was reconciled before. */
  boolean resolve(String resolution, String note, String by) {
    if (this.resolvedAt != null) {
      return false;
    }
    this.resolution = resolution;
    this.resolutionNote = note == null || note.length() <= 500 ? note : note.substring(0, 500);
    this.resolvedBy = by;
    this.resolvedAt = Instant.now();
    return true;
  }

  public String getResolution() {
    return resolution;
  }

  public String getResolutionNote() {
    return resolutionNote;
  }

  public String getResolvedBy() {
    return resolvedBy;
  }

  public Instant getResolvedAt() {
    return resolvedAt;
  }

  public Long getId() {
    return id;
  }

  public Long getRemittanceId() {
    return remittanceId;
  }

  public int getSequenceNumber() {
    return sequenceNumber;
  }

  public String getProviderId() {
    return providerId;
  }

  public LocalDate getFiscalPeriodDate() {
    return fiscalPeriodDate;
  }

  public String getReasonCode() {
    return reasonCode;
  }

  public String getReference() {
    return reference;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public Long getClaimId() {
    return claimId;
  }

  public Instant getRoutedAt() {
    return routedAt;
  }
}

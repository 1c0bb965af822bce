package com.infusionbilling.remittance;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One SVC of an 835 claim (table {@code remittance_line}), tied back to our claim line by REF*6R
 * (line item control number); {@code expectedAllowed} is the billing engine's figure for that line.
 */
@Entity
@EntityListeners(RemittanceChangeListener.class)
@Table(name = "remittance_line")
public class RemittanceLine {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long remittanceClaimId;
  private int sequenceNumber;
  private Long claimLineId;
  private String procedureCode;
  private String modifiers;
  private BigDecimal charge;
  private BigDecimal paid;
  private BigDecimal units;
  private LocalDate serviceDate;
  private String lineItemControlNumber;
  private BigDecimal allowed;
  private BigDecimal expectedAllowed;

  protected RemittanceLine() {}

  RemittanceLine(
      long remittanceClaimId,
      int sequenceNumber,
      Long claimLineId,
      String procedureCode,
      List<String> modifiers,
      BigDecimal charge,
      BigDecimal paid,
      BigDecimal units,
      LocalDate serviceDate,
      String lineItemControlNumber,
      BigDecimal allowed,
      BigDecimal expectedAllowed) {
    this.remittanceClaimId = remittanceClaimId;
    this.sequenceNumber = sequenceNumber;
    this.claimLineId = claimLineId;
    this.procedureCode = procedureCode;
    this.modifiers = modifiers == null ? null : String.join(",", modifiers);
    this.charge = charge;
    this.paid = paid;
    this.units = units;
    this.serviceDate = serviceDate;
    this.lineItemControlNumber = lineItemControlNumber;
    this.allowed = allowed;
    this.expectedAllowed = expectedAllowed;
  }

  public Long getId() {
    return id;
  }

  public Long getRemittanceClaimId() {
    return remittanceClaimId;
  }

  public int getSequenceNumber() {
    return sequenceNumber;
  }

  public Long getClaimLineId() {
    return claimLineId;
  }

  public String getProcedureCode() {
    return procedureCode;
  }

  public List<String> getModifiers() {
    return modifiers == null || modifiers.isBlank()
        ? List.of()
        : Arrays.asList(modifiers.split(","));
  }

  public BigDecimal getCharge() {
    return charge;
  }

  public BigDecimal getPaid() {
    return paid;
  }

  public BigDecimal getUnits() {
    return units;
  }

  public LocalDate getServiceDate() {
    return serviceDate;
  }

  public String getLineItemControlNumber() {
    return lineItemControlNumber;
  }

  public BigDecimal getAllowed() {
    return allowed;
  }

  public BigDecimal getExpectedAllowed() {
    return expectedAllowed;
  }
}

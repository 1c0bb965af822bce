package com.infusionbilling.visit;

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
import java.time.LocalDate;

/**
 * The drug dispensed for a visit by NDC and lot (table {@code visit_dispense}): containers opened,
 * amount given and discarded, and where the drug came from. Read by inventory reconciliation
 * through {@link DispenseQueries}.
 */
@Entity
@Table(name = "visit_dispense")
public class VisitDispense {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long visitId;
  private String hcpcs;
  private String ndc;
  private String lot;
  private LocalDate expiry;
  private int containersOpened;
  private BigDecimal administeredAmount;
  private BigDecimal discardedAmount;
  private String amountUnit;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private DrugSource drugSource;

  private LocalDate serviceDate;
  private Instant recordedAt;

  protected VisitDispense() {}

  VisitDispense(
      long visitId,
      String hcpcs,
      String ndc,
      String lot,
      LocalDate expiry,
      int containersOpened,
      BigDecimal administeredAmount,
      BigDecimal discardedAmount,
      String amountUnit,
      DrugSource drugSource,
      LocalDate serviceDate) {
    this.visitId = visitId;
    this.hcpcs = hcpcs;
    this.ndc = ndc;
    this.lot = lot;
    this.expiry = expiry;
    this.containersOpened = containersOpened;
    this.administeredAmount = administeredAmount;
    this.discardedAmount = discardedAmount;
    this.amountUnit = amountUnit;
    this.drugSource = drugSource;
    this.serviceDate = serviceDate;
    this.recordedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public Long getVisitId() {
    return visitId;
  }

  public String getHcpcs() {
    return hcpcs;
  }

  public String getNdc() {
    return ndc;
  }

  public String getLot() {
    return lot;
  }

  public LocalDate getExpiry() {
    return expiry;
  }

  public int getContainersOpened() {
    return containersOpened;
  }

  public BigDecimal getAdministeredAmount() {
    return administeredAmount;
  }

  public BigDecimal getDiscardedAmount() {
    return discardedAmount;
  }

  public String getAmountUnit() {
    return amountUnit;
  }

  public DrugSource getDrugSource() {
    return drugSource;
  }

  public LocalDate getServiceDate() {
    return serviceDate;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}

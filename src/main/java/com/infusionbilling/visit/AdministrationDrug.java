package com.infusionbilling.visit;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A drug given (table {@code administration_drug}): NDC, lot, expiry, amounts and containers. */
@Entity
@Table(name = "administration_drug")
public class AdministrationDrug {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private int lineNo;
  private String hcpcs;
  private String ndc;
  private String lot;
  private LocalDate expiry;
  private BigDecimal administeredAmount;
  private String amountUnit;
  private BigDecimal discardedAmount;

  @Column(name = "single_dose_container")
  private Boolean singleDoseContainer;

  private String wasteWitness;

  @OneToMany(cascade = CascadeType.ALL)
  @JoinColumn(name = "administration_drug_id", nullable = false)
  @OrderBy("lineNo")
  private List<AdministrationContainer> containers = new ArrayList<>();

  protected AdministrationDrug() {}

  AdministrationDrug(
      int lineNo,
      String hcpcs,
      String ndc,
      String lot,
      LocalDate expiry,
      BigDecimal administeredAmount,
      String amountUnit,
      BigDecimal discardedAmount,
      Boolean singleDoseContainer,
      String wasteWitness,
      List<AdministrationContainer> containers) {
    this.lineNo = lineNo;
    this.hcpcs = hcpcs;
    this.ndc = ndc;
    this.lot = lot;
    this.expiry = expiry;
    this.administeredAmount = administeredAmount;
    this.amountUnit = amountUnit;
    this.discardedAmount = discardedAmount;
    this.singleDoseContainer = singleDoseContainer;
    this.wasteWitness = wasteWitness;
    this.containers = new ArrayList<>(containers);
  }

  public int containersOpened() {
    return containers.stream().mapToInt(AdministrationContainer::getCount).sum();
  }

  public Long getId() {
    return id;
  }

  public int getLineNo() {
    return lineNo;
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

  public BigDecimal getAdministeredAmount() {
    return administeredAmount;
  }

  public String getAmountUnit() {
    return amountUnit;
  }

  public BigDecimal getDiscardedAmount() {
    return discardedAmount;
  }

  public Boolean getSingleDoseContainer() {
    return singleDoseContainer;
  }

  public String getWasteWitness() {
    return wasteWitness;
  }

  public List<AdministrationContainer> getContainers() {
    return List.copyOf(containers);
  }
}

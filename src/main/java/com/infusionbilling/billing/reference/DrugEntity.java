package com.infusionbilling.billing.reference;

import com.infusionbilling.billing.coding.AmountUnit;
import com.infusionbilling.billing.coding.DrugCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A row of the drug catalogue ({@code billing_drug}). */
@Entity
@Table(name = "billing_drug")
public class DrugEntity {
  @Id private String hcpcs;
  private String description;
  private BigDecimal descriptorAmount;

  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private AmountUnit descriptorUnit;

  private boolean hormonalAntineoplastic;
  private String sourceNote;
  private boolean illustrative;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private DrugCategory administrationCategory;

  private String categorySource;
  private String referenceHcpcs;
  private String homePerDiemHcpcs;
  private boolean immuneGlobulin;

  protected DrugEntity() {}

  public Drug toDrug() {
    return new Drug(
        hcpcs,
        description,
        descriptorAmount,
        descriptorUnit,
        hormonalAntineoplastic,
        sourceNote,
        illustrative,
        administrationCategory,
        categorySource,
        referenceHcpcs,
        homePerDiemHcpcs,
        immuneGlobulin);
  }
}

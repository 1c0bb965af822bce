package com.infusionbilling.billing.reference;

import com.infusionbilling.billing.coding.AmountUnit;
import com.infusionbilling.billing.coding.NdcUnit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A row of the NDC package catalogue ({@code billing_ndc_package}). */
@Entity
@Table(name = "billing_ndc_package")
public class NdcPackageEntity {
  @Id private String ndc11;
  private String hcpcs;
  private String description;
  private BigDecimal containerAmount;

  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private AmountUnit containerUnit;

  private BigDecimal containerVolumeMl;
  private int containersPerPackage;

  @Enumerated(EnumType.STRING)
  @Column(length = 2)
  private NdcUnit ndcUnit;

  private boolean singleDose;
  private BigDecimal wacPackagePrice;
  private String sourceNote;
  private boolean illustrative;

  protected NdcPackageEntity() {}

  public NdcPackage toNdcPackage() {
    return new NdcPackage(
        ndc11,
        hcpcs,
        description,
        containerAmount,
        containerUnit,
        containerVolumeMl,
        containersPerPackage,
        ndcUnit,
        singleDose,
        wacPackagePrice,
        sourceNote,
        illustrative);
  }
}

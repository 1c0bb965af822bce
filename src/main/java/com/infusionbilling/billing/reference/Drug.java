package com.infusionbilling.billing.reference;

import com.infusionbilling.billing.coding.AmountUnit;
import com.infusionbilling.billing.coding.DrugCategory;
import java.math.BigDecimal;

/**
 * A HCPCS drug code and its descriptor amount: one billing unit of {@code hcpcs} is {@code
 * descriptorAmount} {@code descriptorUnit} (J1745 = 10 mg).
 *
 * @param hormonalAntineoplastic true for hormonal anti-neoplastics, injected with 96402 not 96401
 * @param illustrative true when a figure in the row is illustrative rather than official
 * @param administrationCategory the category whose administration codes the drug takes:
 *     CHEMOTHERAPY for anti-neoplastics and complex biologics, THERAPEUTIC, or HYDRATION for fluids
 * @param categorySource why the drug has that category (the CPT / CMS / MAC source)
 * @param referenceHcpcs for a biosimilar, the HCPCS code of its reference product; else null
 * @param homePerDiemHcpcs the home infusion per-diem S-code of the drug's therapy (S9338
 *     immunotherapy for immune globulin, S9359 anti-TNF for infliximab), or null
 * @param immuneGlobulin true for intravenous immune globulin (Medicare's home IVIG benefit)
 */
public record Drug(
    String hcpcs,
    String description,
    BigDecimal descriptorAmount,
    AmountUnit descriptorUnit,
    boolean hormonalAntineoplastic,
    String sourceNote,
    boolean illustrative,
    DrugCategory administrationCategory,
    String categorySource,
    String referenceHcpcs,
    String homePerDiemHcpcs,
    boolean immuneGlobulin) {

  public Drug {
    administrationCategory =
        administrationCategory == null ? DrugCategory.THERAPEUTIC : administrationCategory;
    categorySource = categorySource == null ? "" : categorySource;
  }

  /** A therapeutic drug (the issue-4 catalogue fields only). */
  public Drug(
      String hcpcs,
      String description,
      BigDecimal descriptorAmount,
      AmountUnit descriptorUnit,
      boolean hormonalAntineoplastic,
      String sourceNote,
      boolean illustrative) {
    this(
        hcpcs,
        description,
        descriptorAmount,
        descriptorUnit,
        hormonalAntineoplastic,
        sourceNote,
        illustrative,
        DrugCategory.THERAPEUTIC,
        "",
        null,
        null,
        false);
  }

  /** A drug without home infusion settings. */
  public Drug(
      String hcpcs,
      String description,
      BigDecimal descriptorAmount,
      AmountUnit descriptorUnit,
      boolean hormonalAntineoplastic,
      String sourceNote,
      boolean illustrative,
      DrugCategory administrationCategory,
      String categorySource,
      String referenceHcpcs) {
    this(
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
        null,
        false);
  }

  /** A biosimilar: its payment is tied to its reference product's (IRA §11403). */
  public boolean biosimilar() {
    return referenceHcpcs != null;
  }

  /** The descriptor as written, e.g. "10 mg". */
  public String descriptor() {
    return com.infusionbilling.billing.coding.Amounts.of(descriptorAmount, descriptorUnit);
  }
}

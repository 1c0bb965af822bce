package com.infusionbilling.billing.reference;

import com.infusionbilling.billing.coding.AmountUnit;
import com.infusionbilling.billing.coding.NdcUnit;
import java.math.BigDecimal;

/**
 * One NDC package of a drug. Each container (vial, syringe) holds {@code containerAmount} {@code
 * containerUnit} in {@code containerVolumeMl} mL; the package holds {@code containersPerPackage}
 * containers. {@code ndcUnit} is the qualifier the NDC quantity is reported in.
 *
 * @param ndc11 11-digit 5-4-2 NDC without hyphens
 * @param wacPackagePrice wholesale acquisition cost of the whole package, or null when unknown
 */
public record NdcPackage(
    String ndc11,
    String hcpcs,
    String description,
    BigDecimal containerAmount,
    AmountUnit containerUnit,
    BigDecimal containerVolumeMl,
    int containersPerPackage,
    NdcUnit ndcUnit,
    boolean singleDose,
    BigDecimal wacPackagePrice,
    String sourceNote,
    boolean illustrative) {}

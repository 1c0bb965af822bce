package com.infusionbilling.billing.coding;

/**
 * The administration category. The order is the CPT hierarchy for the initial code: chemotherapy,
 * then therapeutic/prophylactic/diagnostic, then hydration.
 */
public enum DrugCategory {
  CHEMOTHERAPY,
  THERAPEUTIC,
  HYDRATION
}

package com.infusionbilling.edi.model;

import java.math.BigDecimal;

/**
 * Loop 2410: the NDC of the drug administered on a service line (LIN02 = N4, LIN03 = 11-digit NDC
 * in 5-4-2 form without hyphens), its quantity (CTP04) and unit (CTP05-1: F2 international unit, GR
 * gram, ME milligram, ML milliliter, UN unit). NDC quantity is not HCPCS units.
 */
public record DrugIdentification(String ndc11, BigDecimal quantity, String unit) {

  public DrugIdentification {
    if (ndc11 == null || !ndc11.matches("\\d{11}")) {
      throw new IllegalArgumentException("NDC must be 11 digits (5-4-2) without hyphens");
    }
  }
}

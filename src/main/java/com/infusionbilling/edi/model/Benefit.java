package com.infusionbilling.edi.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One 271 EB segment (loop 2110C) with its messages.
 *
 * @param informationCode EB01: 1 active coverage, 6 inactive, I non-covered, A co-insurance, B
 *     co-payment, C deductible, G out of pocket, CB coverage basis, ...
 * @param coverageLevel EB02 (IND, FAM, ...)
 * @param serviceTypeCodes EB03 repetitions
 * @param insuranceType EB04
 * @param timePeriod EB06 (23 calendar year, 29 remaining, ...)
 * @param authorizationRequired EB11 (Y/N/U), null when absent
 * @param inNetwork EB12 (Y/N/U/W), null when absent
 * @param procedureCode EB13-2 when EB13-1 = HC
 */
public record Benefit(
    String informationCode,
    String coverageLevel,
    List<String> serviceTypeCodes,
    String insuranceType,
    String planDescription,
    String timePeriod,
    BigDecimal amount,
    BigDecimal percent,
    String authorizationRequired,
    String inNetwork,
    String procedureCode,
    List<String> messages) {

  public Benefit {
    serviceTypeCodes = serviceTypeCodes == null ? List.of() : List.copyOf(serviceTypeCodes);
    messages = messages == null ? List.of() : List.copyOf(messages);
  }
}

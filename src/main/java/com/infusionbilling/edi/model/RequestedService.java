package com.infusionbilling.edi.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A 278 service line (loop 2000F): the procedure (SV1 HC, or SV2 with a revenue code for
 * institutional services), units asked for and the service period (DTP*472).
 *
 * @param revenueCode SV201 (institutional requests), null for professional (SV1)
 */
public record RequestedService(
    String procedureCode,
    List<String> modifiers,
    BigDecimal units,
    LocalDate from,
    LocalDate to,
    String revenueCode) {

  public RequestedService {
    modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
  }

  /** A professional service line (SV1). */
  public RequestedService(
      String procedureCode,
      List<String> modifiers,
      BigDecimal units,
      LocalDate from,
      LocalDate to) {
    this(procedureCode, modifiers, units, from, to, null);
  }
}

package com.infusionbilling.edi.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A 278 service line (loop 2000F): the procedure (SV1 HC), units asked for and the service period
 * (DTP*472).
 */
public record RequestedService(
    String procedureCode, List<String> modifiers, BigDecimal units, LocalDate from, LocalDate to) {

  public RequestedService {
    modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
  }
}

package com.infusionbilling.edi.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A 278 service line (loop 2000F): the procedure (SV1 HC, or SV2 with a revenue code for
 * institutional services), units asked for and the service period (DTP*472).
 *
 * @param revenueCode SV201 (institutional requests), null for professional (SV1)
 * @param messageText the service's MSG01 (2000F "Message Text", at most 264 characters): free text
 *     the reviewer reads with the service, e.g. a requested site-of-care exception and its reason;
 *     null when there is none
 */
public record RequestedService(
    String procedureCode,
    List<String> modifiers,
    BigDecimal units,
    LocalDate from,
    LocalDate to,
    String revenueCode,
    String messageText) {

  /** MSG01 is AN 1/264 (005010X217 2000F MSG). */
  public static final int MAX_MESSAGE = 264;

  public RequestedService {
    modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
    if (messageText != null) {
      // X12 delimiters (* element, ~ segment, : component, ^ repetition) and line breaks cannot
      // travel inside an element
      messageText = messageText.replaceAll("[*~:^\\r\\n]", " ").replaceAll("\\s+", " ").trim();
      if (messageText.length() > MAX_MESSAGE) {
        messageText = messageText.substring(0, MAX_MESSAGE);
      }
      if (messageText.isEmpty()) {
        messageText = null;
      }
    }
  }

  /** A service line without a message. */
  public RequestedService(
      String procedureCode,
      List<String> modifiers,
      BigDecimal units,
      LocalDate from,
      LocalDate to,
      String revenueCode) {
    this(procedureCode, modifiers, units, from, to, revenueCode, null);
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

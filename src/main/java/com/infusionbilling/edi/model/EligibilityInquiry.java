package com.infusionbilling.edi.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A 270 inquiry for one subscriber (loop 2000C).
 *
 * @param traceNumber TRN02, echoed in the 271 (TRN*2), at most 50 characters
 * @param serviceTypeCodes EQ01 service types, for example 30 (plan coverage), 1 (medical care), 88
 *     (pharmacy)
 * @param procedureCodes HCPCS codes asked about (EQ02 HC), for example J1745
 */
public record EligibilityInquiry(
    String traceNumber,
    Party payer,
    Party provider,
    Member subscriber,
    LocalDate serviceDate,
    List<String> serviceTypeCodes,
    List<String> procedureCodes)
    implements X12Message {

  public EligibilityInquiry {
    serviceTypeCodes = serviceTypeCodes == null ? List.of() : List.copyOf(serviceTypeCodes);
    procedureCodes = procedureCodes == null ? List.of() : List.copyOf(procedureCodes);
    if (serviceTypeCodes.isEmpty() && procedureCodes.isEmpty()) {
      throw new IllegalArgumentException("ask for at least one service type or procedure");
    }
  }

  @Override
  public String correlationId() {
    return traceNumber;
  }
}

package com.infusionbilling.edi.model;

import java.time.LocalDate;

/**
 * The subscriber, who is also the patient in this implementation (SBR02/INS = 18 self). {@code
 * gender} is F, M or U. PHI: never log any field of this record.
 */
public record Member(
    String memberId,
    String lastName,
    String firstName,
    String middleName,
    LocalDate dateOfBirth,
    String gender,
    Address address,
    String groupNumber) {

  @Override
  public String toString() {
    return "Member[PHI redacted]";
  }
}

package com.infusionbilling.edi;

import com.infusionbilling.LifecycleProperties;
import com.infusionbilling.edi.model.Address;
import com.infusionbilling.edi.model.Member;
import com.infusionbilling.edi.model.Party;
import com.infusionbilling.intake.Coverage;
import com.infusionbilling.intake.Patient;
import com.infusionbilling.intake.Prescriber;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Builds the X12 parties of 270, 278 and 837 requests from the lifecycle's tables. */
@Component
public class X12Identities {
  private final LifecycleProperties properties;

  public X12Identities(LifecycleProperties properties) {
    this.properties = properties;
  }

  public Party provider() {
    return Party.organization(
        properties.provider().name().toUpperCase(Locale.ROOT), properties.provider().npi());
  }

  /** The payer as named in 270/278 (NM1*PR): its name and payer ID. */
  public static Party payer(String name, String payerId) {
    return Party.organization(x12Name(name), payerId);
  }

  public static Party prescriber(Prescriber p) {
    return Party.person(x12Name(p.getLastName()), x12Name(p.getFirstName()), p.getNpi());
  }

  /** The subscriber as named in 270/271/278: name, member ID, birth date and sex. */
  public static Member member(Patient patient, Coverage coverage) {
    return new Member(
        coverage.getMemberId(),
        x12Name(patient.getLastName()),
        x12Name(patient.getFirstName()),
        null,
        patient.getDateOfBirth(),
        patient.getSex(),
        null,
        null);
  }

  /**
   * The subscriber as named in an 837 (loop 2010BA): as {@link #member} plus the address and group
   * number, which the 837 requires when the subscriber is the patient.
   */
  public static Member subscriber(Patient patient, Coverage coverage) {
    return new Member(
        coverage.getMemberId(),
        x12Name(patient.getLastName()),
        x12Name(patient.getFirstName()),
        null,
        patient.getDateOfBirth(),
        patient.getSex(),
        new Address(
            x12Name(patient.getAddressLine1()),
            patient.getAddressLine2() == null || patient.getAddressLine2().isBlank()
                ? null
                : x12Name(patient.getAddressLine2()),
            x12Name(patient.getCity()),
            patient.getState(),
            patient.getPostalCode()),
        coverage.getGroupNumber());
  }

  /** Upper case, X12 basic character set only (letters, digits, space and a few marks). */
  static String x12Name(String s) {
    String upper = s.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9 .,'&/-]", " ").trim();
    upper = upper.replaceAll(" +", " ");
    return upper.length() > 60 ? upper.substring(0, 60) : upper;
  }
}

package com.infusionbilling.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.infusionbilling.intake.ReferralRequest;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A referral as {@code POST /api/referrals} takes it, valid by default: Ada Lovelace (made up),
 * infliximab (J1745) 5 mg/kg at 73 kg every 8 weeks, 6 doses, in the office, covered by Acme. Each
 * setter changes one fact; {@link #json()} writes the body (one field per {@code "name": value}, so
 * tests may replace a field's text to make it invalid), {@link #request()} the parsed request.
 */
public final class ReferralBuilder {
  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  private final String referralId;
  private String mrn;
  private String firstName = "Ada";
  private String lastName = "Lovelace";
  private String dateOfBirth = "1968-04-02";
  private String sex = "F";
  private String addressLine1 = "12 Elm St";
  private String city = "Springfield";
  private String state = "IL";
  private String postalCode = "62701";
  private String npi = "1245319599";
  private String payerId = "COMMERCIAL_ACME";
  private String memberId = "W123456789";
  private String groupNumber = "GRP100";
  private String effectiveFrom = "2026-01-01";
  private String secondaryPayerId;
  private String secondaryMemberId;
  private String hcpcs = "J1745";
  private String doseBasis = "PER_KG";
  private String doseAmount = "5";
  private String doseUnit = "MG";
  private String weightKg = "73";
  private String frequency = "every 8 weeks";
  private int intervalDays = 56;
  private int numberOfDoses = 6;
  private List<String> diagnoses = List.of("K50.90");
  private String siteOfCare = "OFFICE";
  private String startDate = "2026-12-15";

  private ReferralBuilder(String referralId) {
    this.referralId = referralId;
    this.mrn = "MRN-" + referralId;
  }

  /** A valid referral with this ID (the patient's MRN is derived from it). */
  public static ReferralBuilder referral(String referralId) {
    return new ReferralBuilder(referralId);
  }

  public ReferralBuilder patient(String mrn, String firstName, String lastName) {
    this.mrn = mrn;
    this.firstName = firstName;
    this.lastName = lastName;
    return this;
  }

  public ReferralBuilder born(String dateOfBirth, String sex) {
    this.dateOfBirth = dateOfBirth;
    this.sex = sex;
    return this;
  }

  public ReferralBuilder address(String line1, String city, String state, String postalCode) {
    this.addressLine1 = line1;
    this.city = city;
    this.state = state;
    this.postalCode = postalCode;
    return this;
  }

  public ReferralBuilder prescriberNpi(String npi) {
    this.npi = npi;
    return this;
  }

  /** The coverage's payer ({@code billing_payer} ID) and member ID. */
  public ReferralBuilder coverage(String payerId, String memberId) {
    this.payerId = payerId;
    this.memberId = memberId;
    return this;
  }

  /**
   * The patient's secondary coverage (a supplemental plan billed after the primary), effective from
   * the primary's date.
   */
  public ReferralBuilder secondaryCoverage(String payerId, String memberId) {
    this.secondaryPayerId = payerId;
    this.secondaryMemberId = memberId;
    return this;
  }

  public ReferralBuilder coverageFrom(String effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
    return this;
  }

  /** A fixed dose in milligrams of the drug billed with this HCPCS code. */
  public ReferralBuilder fixedDose(String hcpcs, String milligrams) {
    return dose(hcpcs, "FIXED", milligrams, "MG", null);
  }

  /**
   * The drug (HCPCS) and its dose: basis FIXED, PER_KG or PER_M2, amount and unit (MG or G), and
   * the patient's weight for PER_KG (else null).
   */
  public ReferralBuilder dose(
      String hcpcs, String basis, String amount, String unit, String weightKg) {
    this.hcpcs = hcpcs;
    this.doseBasis = basis;
    this.doseAmount = amount;
    this.doseUnit = unit;
    this.weightKg = weightKg;
    return this;
  }

  /** How often ({@code "every 8 weeks"}, {@code intervalDays} apart), how many doses, from when. */
  public ReferralBuilder schedule(
      String frequency, int intervalDays, int numberOfDoses, String startDate) {
    this.frequency = frequency;
    this.intervalDays = intervalDays;
    this.numberOfDoses = numberOfDoses;
    this.startDate = startDate;
    return this;
  }

  public ReferralBuilder diagnoses(String... icd10) {
    this.diagnoses = List.of(icd10);
    return this;
  }

  public ReferralBuilder siteOfCare(String siteOfCare) {
    this.siteOfCare = siteOfCare;
    return this;
  }

  public String json() {
    String codes = diagnoses.stream().map(d -> "\"" + d + "\"").collect(Collectors.joining(", "));
    return """
        {"referralId": "%s",
         "patient": {"mrn": "%s", "firstName": "%s", "lastName": "%s",
                     "dateOfBirth": "%s", "sex": "%s",
                     "address": {"line1": "%s", "city": "%s", "state": "%s", "postalCode": "%s"}},
         "prescriber": {"npi": "%s", "firstName": "John", "lastName": "Smith"},
         "coverage": {"payerId": "%s", "memberId": "%s", "groupNumber": "%s",
                      "effectiveFrom": "%s"},
         "therapy": {"hcpcs": "%s", "doseBasis": "%s", "doseAmount": %s, "doseUnit": "%s", %s
                     "frequency": "%s", "intervalDays": %d, "numberOfDoses": %d,
                     "diagnoses": [%s], "siteOfCare": "%s", "startDate": "%s"}%s}
        """
        .formatted(
            referralId,
            mrn,
            firstName,
            lastName,
            dateOfBirth,
            sex,
            addressLine1,
            city,
            state,
            postalCode,
            npi,
            payerId,
            memberId,
            groupNumber,
            effectiveFrom,
            hcpcs,
            doseBasis,
            doseAmount,
            doseUnit,
            weightKg == null ? "" : "\"weightKg\": " + weightKg + ",",
            frequency,
            intervalDays,
            numberOfDoses,
            codes,
            siteOfCare,
            startDate,
            secondaryPayerId == null
                ? ""
                : ",\n \"secondaryCoverage\": {\"payerId\": \"%s\", \"memberId\": \"%s\", \"effectiveFrom\": \"%s\"}"
                    .formatted(secondaryPayerId, secondaryMemberId, effectiveFrom));
  }

  public ReferralRequest request() {
    try {
      return JSON.readValue(json(), ReferralRequest.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package com.infusionbilling.intake;

import com.infusionbilling.billing.reference.ReferenceDataService;
import com.infusionbilling.episode.DoseBasis;
import org.springframework.stereotype.Component;

/** The rules of a referral that need the catalogue or more than one field. */
@Component
public class ReferralValidator {
  private final ReferenceDataService reference;

  public ReferralValidator(ReferenceDataService reference) {
    this.reference = reference;
  }

  public void validate(ReferralRequest r) {
    if (!npiCheckDigitValid(r.prescriber().npi())) {
      throw new InvalidReferralException("prescriber.npi", "NPI check digit is wrong");
    }
    if (reference.current().payer(r.coverage().payerId()).isEmpty()) {
      throw new InvalidReferralException("coverage.payerId", "not a payer of the catalogue");
    }
    if (r.coverage().effectiveTo() != null
        && r.coverage().effectiveTo().isBefore(r.coverage().effectiveFrom())) {
      throw new InvalidReferralException(
          "coverage.effectiveTo", "must not be before coverage.effectiveFrom");
    }
    var s = r.secondaryCoverage();
    if (s != null) {
      if (reference.current().payer(s.payerId()).isEmpty()) {
        throw new InvalidReferralException(
            "secondaryCoverage.payerId", "not a payer of the catalogue");
      }
      if (s.payerId().equals(r.coverage().payerId())) {
        throw new InvalidReferralException(
            "secondaryCoverage.payerId", "must not be the primary coverage's payer");
      }
      if (s.effectiveTo() != null && s.effectiveTo().isBefore(s.effectiveFrom())) {
        throw new InvalidReferralException(
            "secondaryCoverage.effectiveTo", "must not be before secondaryCoverage.effectiveFrom");
      }
    }
    var t = r.therapy();
    if (reference.current().drug(t.hcpcs()).isEmpty()) {
      throw new InvalidReferralException("therapy.hcpcs", "not a drug of the catalogue");
    }
    if (t.doseBasis() == DoseBasis.PER_KG && t.weightKg() == null) {
      throw new InvalidReferralException("therapy.weightKg", "required for a dose per kg");
    }
    if (t.doseBasis() == DoseBasis.PER_M2 && t.bsaM2() == null) {
      throw new InvalidReferralException("therapy.bsaM2", "required for a dose per m²");
    }
  }

  /** The NPI check digit: Luhn over "80840" + the first nine digits (CMS NPI standard). */
  public static boolean npiCheckDigitValid(String npi) {
    String digits = "80840" + npi;
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }
}

package com.infusionbilling.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The front end's start-referral form checks what {@code POST /api/referrals} checks: its patterns
 * and numeric ranges are the request's, so the browser rejects what the server would.
 */
class StartReferralFormTest {
  static final Path FORM = Path.of("src/main/frontend/src/forms/start-referral.form");
  static final Map<String, JsonNode> FIELDS = new HashMap<>();
  static JsonNode form;

  @BeforeAll
  static void load() throws Exception {
    form = new ObjectMapper().readTree(FORM.toFile());
    form.get("components")
        .forEach(
            c -> {
              if (c.has("key")) {
                FIELDS.put(c.get("key").asText(), c);
              }
            });
  }

  /** The accessor: the constraints of a record component are carried by it. */
  static Method component(Class<?> record, String name) {
    for (RecordComponent c : record.getRecordComponents()) {
      if (c.getName().equals(name)) {
        return c.getAccessor();
      }
    }
    throw new IllegalArgumentException(record.getSimpleName() + "." + name);
  }

  static JsonNode validate(String key) {
    assertThat(FIELDS).as("form field " + key).containsKey(key);
    return FIELDS.get(key).path("validate");
  }

  @Test
  void isACamunda88FormNamedAfterItsId() {
    assertThat(FORM.getFileName().toString()).isEqualTo(form.get("id").asText() + ".form");
    assertThat(form.get("schemaVersion").asInt()).isEqualTo(18);
    assertThat(form.get("executionPlatformVersion").asText()).isEqualTo("8.8.0");
  }

  @Test
  void patternsAreTheRequestsAnchored() {
    Map<String, Method> fields =
        Map.of(
            "referralId", component(ReferralRequest.class, "referralId"),
            "patientMrn", component(ReferralRequest.PatientData.class, "mrn"),
            "addressState", component(ReferralRequest.AddressData.class, "state"),
            "addressPostalCode", component(ReferralRequest.AddressData.class, "postalCode"),
            "prescriberNpi", component(ReferralRequest.PrescriberData.class, "npi"),
            "memberId", component(ReferralRequest.CoverageData.class, "memberId"),
            "hcpcs", component(ReferralRequest.TherapyData.class, "hcpcs"));
    fields.forEach(
        (key, server) ->
            assertThat(validate(key).path("pattern").asText())
                .as(key)
                .isEqualTo("^" + server.getAnnotation(Pattern.class).regexp() + "$"));
    assertThat(validate("diagnoses").path("pattern").asText())
        .as("a comma-separated list of the request's ICD-10-CM codes")
        .startsWith("^[A-TV-Z][0-9][0-9AB](\\.[0-9A-TV-Z]{1,4})?(\\s*,\\s*");
  }

  @Test
  void numericRangesAreTheRequests() {
    for (String key : new String[] {"intervalDays", "numberOfDoses"}) {
      var server = component(ReferralRequest.TherapyData.class, key);
      assertThat(validate(key).path("min").asLong())
          .as(key)
          .isEqualTo(server.getAnnotation(Min.class).value());
      assertThat(validate(key).path("max").asLong())
          .as(key)
          .isEqualTo(server.getAnnotation(Max.class).value());
    }
    for (String key : new String[] {"doseAmount", "weightKg", "bsaM2"}) {
      var server = component(ReferralRequest.TherapyData.class, key);
      assertThat(validate(key).path("max").decimalValue())
          .as(key)
          .isEqualByComparingTo(server.getAnnotation(DecimalMax.class).value());
      assertThat(validate(key).path("min").decimalValue()).as(key + " above zero").isPositive();
    }
  }

  @Test
  void whatTheRequestRequiresIsRequired() {
    for (String key :
        new String[] {
          "patientMrn",
          "patientFirstName",
          "patientLastName",
          "patientDateOfBirth",
          "patientSex",
          "addressLine1",
          "addressCity",
          "addressState",
          "addressPostalCode",
          "prescriberNpi",
          "prescriberFirstName",
          "prescriberLastName",
          "payerId",
          "memberId",
          "coverageEffectiveFrom",
          "hcpcs",
          "doseBasis",
          "doseAmount",
          "doseUnit",
          "frequency",
          "intervalDays",
          "numberOfDoses",
          "diagnoses",
          "siteOfCare",
          "startDate"
        }) {
      assertThat(validate(key).path("required").asBoolean()).as(key + " required").isTrue();
    }
  }
}

package com.infusionbilling.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The server repeats the form-js validation of the browser: one row per rule. */
class FormValidatorTest {
  static final JsonNode FORM;

  static {
    try {
      FORM =
          new ObjectMapper()
              .readTree(
                  """
                  {"components": [
                    {"type": "text", "text": "# Verify benefits"},
                    {"type": "textfield", "key": "patientName", "label": "Patient", "readonly": true},
                    {"type": "textfield", "key": "referenceNumber", "label": "Call reference",
                     "validate": {"required": true, "minLength": 4, "maxLength": 12, "pattern": "^[A-Z0-9]+$"}},
                    {"type": "number", "key": "coinsurancePercent", "label": "Coinsurance %",
                     "validate": {"min": 0, "max": 100}},
                    {"type": "select", "key": "benefit", "label": "Benefit",
                     "values": [{"label": "Medical", "value": "MEDICAL"}, {"label": "Pharmacy", "value": "PHARMACY"}],
                     "validate": {"required": true}},
                    {"type": "group", "components": [
                      {"type": "datetime", "subtype": "date", "key": "verifiedOn", "label": "Verified on",
                       "validate": {"required": true}},
                      {"type": "textfield", "key": "email", "label": "Contact email",
                       "validate": {"validationType": "email"}}
                    ]},
                    {"type": "checkbox", "key": "paRequired", "label": "PA required"}
                  ]}
                  """);
    } catch (Exception e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  static Map<String, Object> valid() {
    Map<String, Object> v = new HashMap<>();
    v.put("referenceNumber", "AB1234");
    v.put("coinsurancePercent", 20);
    v.put("benefit", "MEDICAL");
    v.put("verifiedOn", "2026-11-02");
    v.put("paRequired", true);
    return v;
  }

  @Test
  void aValidCompletionPassesWithOnlyTheEditableFields() {
    assertThat(FormValidator.validate(FORM, valid()))
        .containsOnlyKeys(
            "referenceNumber", "coinsurancePercent", "benefit", "verifiedOn", "paRequired");
  }

  @ParameterizedTest(name = "{0}={1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "referenceNumber | ''          | is required",
        "referenceNumber | AB1         | at least 4",
        "referenceNumber | AB123456789012 | at most 12",
        "referenceNumber | ab-12       | does not match",
        "coinsurancePercent | 101      | at most 100",
        "coinsurancePercent | -1       | at least 0",
        "coinsurancePercent | lots     | must be a number",
        "benefit         | DENTAL      | no option",
        "verifiedOn      | 02/11/2026  | must be a date",
        "email           | not-an-email | email address",
      })
  void eachRuleNamesTheField(String field, String value, String message) {
    Map<String, Object> v = valid();
    v.put(field, value);
    assertThatThrownBy(() -> FormValidator.validate(FORM, v))
        .isInstanceOfSatisfying(
            WorklistException.BadRequest.class, e -> assertThat(e.field()).isEqualTo(field))
        .hasMessageContaining(message);
  }

  @Test
  void aMissingRequiredFieldInAGroupIsNamed() {
    Map<String, Object> v = valid();
    v.remove("verifiedOn");
    assertThatThrownBy(() -> FormValidator.validate(FORM, v))
        .hasMessageStartingWith("verifiedOn: Verified on is required");
  }

  @Test
  void readOnlyAndUnknownFieldsCannotBeSet() {
    Map<String, Object> v = valid();
    v.put("patientName", "someone else");
    assertThatThrownBy(() -> FormValidator.validate(FORM, v))
        .hasMessageContaining("patientName: is not an editable field");
    Map<String, Object> w = valid();
    w.put("episodeId", 999);
    assertThatThrownBy(() -> FormValidator.validate(FORM, w))
        .hasMessageContaining("episodeId: is not an editable field");
  }

  @Test
  void aCheckboxTakesOnlyBooleans() {
    Map<String, Object> v = valid();
    v.put("paRequired", "yes");
    assertThatThrownBy(() -> FormValidator.validate(FORM, v)).hasMessageContaining("true or false");
  }
}

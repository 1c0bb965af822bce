package com.infusionbilling.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The server repeats the browser's checks of a task form, read from the form itself: one row per
 * rule. "Today" is 2026-03-10 in the sites' zone (it is already the 11th in UTC).
 */
class FormValidatorTest {
  static final FormValidator VALIDATOR =
      new FormValidator(
          Clock.fixed(Instant.parse("2026-03-11T02:00:00Z"), ZoneOffset.UTC),
          ZoneId.of("America/New_York"));
  static final JsonNode FORM;

  static {
    try {
      FORM =
          new ObjectMapper()
              .readTree(
                  """
                  {"components": [
                    {"type": "text", "text": "# Verify benefits"},
                    {"type": "number", "key": "episodeId", "label": "Episode", "readonly": true},
                    {"type": "textfield", "key": "payerId", "label": "Payer", "readonly": true},
                    {"type": "textfield", "key": "note", "label": "Internal note", "disabled": true},
                    {"type": "textfield", "key": "referenceNumber", "label": "Call reference",
                     "validate": {"required": true, "minLength": 4, "maxLength": 12, "pattern": "^[A-Z0-9]+$",
                                  "patternErrorMessage": "Call reference must be capital letters and digits."}},
                    {"type": "textfield", "key": "groupNumber", "label": "Group number",
                     "validate": {"pattern": "^[0-9]+$"}},
                    {"type": "number", "key": "coinsurancePercent", "label": "Coinsurance %",
                     "decimalDigits": 2, "validate": {"min": 0, "max": 100}},
                    {"type": "number", "key": "deductible", "label": "Deductible", "validate": {"min": 0}},
                    {"type": "number", "key": "deductibleMet", "label": "Deductible met",
                     "validate": {"min": 0, "max": "=deductible"}},
                    {"type": "number", "key": "visits", "label": "Visits", "decimalDigits": 0},
                    {"type": "select", "key": "benefit", "label": "Benefit",
                     "values": [{"label": "Medical", "value": "MEDICAL"}, {"label": "Pharmacy", "value": "PHARMACY"}],
                     "validate": {"required": true}},
                    {"type": "group", "components": [
                      {"type": "datetime", "subtype": "date", "key": "verifiedOn", "dateLabel": "Verified on",
                       "validate": {"required": true}, "properties": {"notAfter": "today"}},
                      {"type": "datetime", "subtype": "date", "key": "assessedOn", "dateLabel": "Assessed on",
                       "properties": {"notBefore": "today-90", "notAfter": "today"}},
                      {"type": "textfield", "key": "email", "label": "Contact email",
                       "validate": {"validationType": "email"}}
                    ]},
                    {"type": "datetime", "subtype": "date", "key": "approvedFrom", "dateLabel": "Approved from"},
                    {"type": "datetime", "subtype": "date", "key": "approvedTo", "dateLabel": "Approved to",
                     "properties": {"notBefore": "approvedFrom"}},
                    {"type": "datetime", "subtype": "date", "key": "scheduledOn", "dateLabel": "Scheduled on",
                     "properties": {"notBefore": "today"}},
                    {"type": "checkbox", "key": "confirmed", "label": "I called the payer",
                     "validate": {"required": true}},
                    {"type": "checkbox", "key": "paRequired", "label": "PA required"},
                    {"type": "radio", "key": "outcome", "label": "Outcome",
                     "values": [{"label": "Pending", "value": "PENDING"}, {"label": "Decided", "value": "DECIDED"}]},
                    {"type": "textfield", "key": "certificationNumber", "label": "Authorization number",
                     "validate": {"required": true}, "conditional": {"hide": "=outcome != \\"DECIDED\\""}}
                  ]}
                  """);
    } catch (Exception e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** The task's variables: what the viewer is filled with. */
  static Map<String, Object> current() {
    Map<String, Object> v = new HashMap<>();
    v.put("episodeId", 27);
    v.put("payerId", "COMMERCIAL_ACME");
    v.put("slaTargets", Map.of("followUpAfter", "P14D"));
    return v;
  }

  /** What the form-js viewer submits for a correctly filled form: read-only fields included. */
  static Map<String, Object> valid() {
    Map<String, Object> v = new HashMap<>();
    v.put("episodeId", 27);
    v.put("payerId", "COMMERCIAL_ACME");
    v.put("referenceNumber", "AB1234");
    v.put("groupNumber", "");
    v.put("coinsurancePercent", 20);
    v.put("deductible", 1500);
    v.put("deductibleMet", 750.5);
    v.put("visits", null);
    v.put("benefit", "MEDICAL");
    v.put("verifiedOn", "2026-03-10");
    v.put("assessedOn", "2025-12-10");
    v.put("approvedFrom", "2026-04-01");
    v.put("approvedTo", "2026-04-01");
    v.put("scheduledOn", "2026-03-10");
    v.put("confirmed", true);
    v.put("paRequired", false);
    v.put("outcome", "PENDING");
    return v;
  }

  static Map<String, Object> validate(Map<String, Object> submitted) {
    return VALIDATOR.validate(FORM, current(), submitted);
  }

  @Test
  void whatTheViewerSubmitsIsAcceptedWithoutTheReadOnlyContext() {
    assertThat(validate(valid()))
        .doesNotContainKeys("episodeId", "payerId", "certificationNumber")
        .containsEntry("referenceNumber", "AB1234")
        .containsEntry("confirmed", true)
        .containsEntry("outcome", "PENDING");
  }

  @Test
  void readOnlyValuesThatComeBackEmptyOrAsAnotherTypeOfTheSameValueAreUnchanged() {
    Map<String, Object> v = valid();
    v.put("episodeId", "27");
    v.put("payerId", "");
    assertThat(validate(v)).doesNotContainKeys("episodeId", "payerId");
    v.put("episodeId", 27.0);
    assertThat(validate(v)).doesNotContainKey("episodeId");
  }

  @Test
  void aChangedReadOnlyValueIsRefusedNamingTheField() {
    Map<String, Object> v = valid();
    v.put("episodeId", 28);
    assertThatThrownBy(() -> validate(v))
        .isInstanceOfSatisfying(
            WorklistException.BadRequest.class, e -> assertThat(e.field()).isEqualTo("episodeId"))
        .hasMessage("episodeId: Episode is read-only and cannot be changed here.");
    Map<String, Object> w = valid();
    w.put("note", "something");
    assertThatThrownBy(() -> validate(w)).hasMessageContaining("Internal note is read-only");
  }

  @Test
  void aKeyTheFormDoesNotHaveIsRefused() {
    Map<String, Object> v = valid();
    v.put("authorizationStatus", "APPROVED");
    assertThatThrownBy(() -> validate(v))
        .hasMessage("authorizationStatus: is not a field of this form.");
  }

  @ParameterizedTest(name = "{0}={1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "referenceNumber | ''          | Call reference is required.",
        "referenceNumber | AB1         | Call reference needs at least 4 characters.",
        "referenceNumber | AB123456789012 | Call reference allows at most 12 characters.",
        "referenceNumber | ab-12       | Call reference must be capital letters and digits.",
        "groupNumber     | G-1         | Group number is not in the expected format.",
        "benefit         | DENTAL      | Benefit has no option 'DENTAL'.",
        "verifiedOn      | 02/11/2026  | Verified on must be a date (YYYY-MM-DD).",
        "verifiedOn      | 2026-03-11  | Verified on cannot be in the future.",
        "verifiedOn      | 2027-12-31  | Verified on cannot be in the future.",
        "assessedOn      | 2025-12-09  | Assessed on must be within the last 90 days (on or after 2025-12-10).",
        "scheduledOn     | 2026-03-09  | Scheduled on cannot be in the past.",
        "approvedTo      | 2026-03-31  | Approved to cannot be before Approved from.",
        "email           | not-an-email | Contact email must be an email address.",
      })
  void eachRuleNamesTheFieldInASentence(String field, String value, String message) {
    Map<String, Object> v = valid();
    v.put(field, value);
    assertThatThrownBy(() -> validate(v))
        .isInstanceOfSatisfying(
            WorklistException.BadRequest.class, e -> assertThat(e.field()).isEqualTo(field))
        .hasMessage(field + ": " + message);
  }

  @Test
  void numbersAreNumbersWithinTheirDigitsAndBoundsIncludingAnotherField() {
    Map<String, Object> v = valid();
    v.put("coinsurancePercent", 101);
    assertThatThrownBy(() -> validate(v))
        .hasMessage("coinsurancePercent: Coinsurance % cannot be more than 100.");
    v.put("coinsurancePercent", -1);
    assertThatThrownBy(() -> validate(v))
        .hasMessage("coinsurancePercent: Coinsurance % must be at least 0.");
    v.put("coinsurancePercent", "20");
    assertThatThrownBy(() -> validate(v)).hasMessageContaining("Coinsurance % must be a number.");
    v.put("coinsurancePercent", 20.125);
    assertThatThrownBy(() -> validate(v))
        .hasMessageContaining("Coinsurance % allows at most 2 decimal digits.");
    Map<String, Object> w = valid();
    w.put("visits", 1.5);
    assertThatThrownBy(() -> validate(w)).hasMessageContaining("Visits must be a whole number.");
    Map<String, Object> x = valid();
    x.put("deductibleMet", 1500.01);
    assertThatThrownBy(() -> validate(x))
        .hasMessage("deductibleMet: Deductible met cannot be more than Deductible (1500).");
    x.put("deductible", null);
    assertThat(validate(x)).as("no deductible given: no bound").containsKey("deductibleMet");
  }

  @Test
  void aRequiredCheckboxMustBeChecked() {
    Map<String, Object> v = valid();
    v.put("confirmed", false);
    assertThatThrownBy(() -> validate(v))
        .hasMessage("confirmed: I called the payer must be checked.");
    v.put("confirmed", "yes");
    assertThatThrownBy(() -> validate(v)).hasMessageContaining("must be true or false");
    Map<String, Object> w = valid();
    w.put("paRequired", "yes");
    assertThatThrownBy(() -> validate(w)).hasMessageContaining("PA required must be true or false");
  }

  @Test
  void aMissingRequiredFieldInAGroupIsNamedByItsDateLabel() {
    Map<String, Object> v = valid();
    v.remove("verifiedOn");
    assertThatThrownBy(() -> validate(v)).hasMessage("verifiedOn: Verified on is required.");
  }

  @Test
  void aFieldShownByAConditionIsRequiredOnlyWhenShownAndRefusedWhenHidden() {
    Map<String, Object> v = valid();
    v.put("outcome", "DECIDED");
    assertThatThrownBy(() -> validate(v))
        .hasMessage("certificationNumber: Authorization number is required.");
    v.put("certificationNumber", "SBX123");
    assertThat(validate(v)).containsEntry("certificationNumber", "SBX123");
    v.put("outcome", "PENDING");
    assertThatThrownBy(() -> validate(v))
        .hasMessageContaining("Authorization number does not apply");
  }

  static JsonNode realForm(String id) throws java.io.IOException {
    return new ObjectMapper().readTree(java.nio.file.Path.of("forms", id + ".form").toFile());
  }

  /** Issue 14: "Labs collected on: not in the future" accepted 2027-12-31. */
  @Test
  void theRealDocumentationFormRefusesLabsCollectedInTheFuture() throws Exception {
    Map<String, Object> now = new HashMap<>(current());
    now.put(
        "documentationChecklist",
        Map.of(
            "confirmedDiagnosis", false,
            "treatmentHistory", false,
            "failedAlternatives", false,
            "treatmentPlan", false,
            "labs", true));
    Map<String, Object> v = new HashMap<>();
    v.put("episodeId", 27);
    v.put("labsAttached", true);
    v.put("labsCollectedOn", "2027-12-31");
    v.put("documentReference", "DOC-2026-0042");
    JsonNode form = realForm("collect-clinical-documentation");
    assertThatThrownBy(() -> VALIDATOR.validate(form, now, v))
        .hasMessage("labsCollectedOn: Labs collected on cannot be in the future.");
    v.put("labsCollectedOn", "2026-03-10");
    assertThat(VALIDATOR.validate(form, now, v)).containsEntry("labsCollectedOn", "2026-03-10");
  }

  @Test
  void theRealFollowUpFormRefusesApprovedToBeforeApprovedFrom() throws Exception {
    Map<String, Object> v = new HashMap<>();
    v.put("callReference", "CALL-1");
    v.put("followUpOutcome", "DECISION_RECEIVED");
    v.put("decision", "APPROVED");
    v.put("certificationNumber", "SBX-1");
    v.put("approvedUnits", 6);
    v.put("approvedFrom", "2026-04-01");
    v.put("approvedTo", "2026-03-31");
    assertThatThrownBy(() -> VALIDATOR.validate(realForm("follow-up-with-payer"), current(), v))
        .hasMessage("approvedTo: Approved to cannot be before Approved from.");
  }

  @Test
  void theRealPhoneVerificationFormRefusesMoreDeductibleMetThanTheDeductible() throws Exception {
    Map<String, Object> v = new HashMap<>();
    v.put("verifiedByPhone", true);
    v.put("benefitType", "MEDICAL");
    v.put("payerReference", "CALL-1");
    v.put("deductible", 500);
    v.put("deductibleMet", 750);
    assertThatThrownBy(() -> VALIDATOR.validate(realForm("verify-benefits-by-phone"), current(), v))
        .hasMessage("deductibleMet: Deductible met ($) cannot be more than Deductible ($) (500).");
    v.put("payerReference", "call #1");
    v.put("deductibleMet", 100);
    assertThatThrownBy(() -> VALIDATOR.validate(realForm("verify-benefits-by-phone"), current(), v))
        .hasMessage(
            "payerReference: Call reference number must be 3 to 30 letters, digits or hyphens.");
  }

  /** The ABN outcome is one of the form's options (CMS-R-131 options 1 and 3, or not signed). */
  @Test
  void theRealAbnFormRefusesAnUnknownOutcomeAndNeedsTheDateOfADeclinedAbn() throws Exception {
    Map<String, Object> now = new HashMap<>();
    now.put("visitId", 5);
    Map<String, Object> v = new HashMap<>();
    v.put("abnOutcome", "OPTION_4");
    assertThatThrownBy(() -> VALIDATOR.validate(realForm("obtain-abn"), now, v))
        .isInstanceOfSatisfying(
            WorklistException.BadRequest.class, e -> assertThat(e.field()).isEqualTo("abnOutcome"));
    v.put("abnOutcome", "DECLINED");
    assertThatThrownBy(() -> VALIDATOR.validate(realForm("obtain-abn"), now, v))
        .isInstanceOfSatisfying(
            WorklistException.BadRequest.class,
            e -> assertThat(e.field()).isEqualTo("abnSignedOn"));
    v.put("abnSignedOn", "2026-03-09");
    assertThat(VALIDATOR.validate(realForm("obtain-abn"), now, v))
        .containsEntry("abnOutcome", "DECLINED")
        .containsEntry("abnSignedOn", "2026-03-09");
  }

  /**
   * ABN option 2 (CMS-R-131 section G: give the drug, do not bill Medicare, the patient pays) is an
   * outcome of the form, and like options 1 and 3 it is a signed ABN: the date it was signed is
   * required and not in the future. Before, DO_NOT_BILL was refused as an unknown option.
   */
  @Test
  void theRealAbnFormAcceptsOption2WithTheDateItWasSignedAndNeedsThatDate() throws Exception {
    Map<String, Object> now = new HashMap<>();
    now.put("visitId", 5);
    Map<String, Object> v = new HashMap<>();
    v.put("abnOutcome", "DO_NOT_BILL");
    assertThatThrownBy(() -> VALIDATOR.validate(realForm("obtain-abn"), now, v))
        .isInstanceOfSatisfying(
            WorklistException.BadRequest.class,
            e -> assertThat(e.field()).isEqualTo("abnSignedOn"));
    v.put("abnSignedOn", "2999-01-01");
    assertThatThrownBy(() -> VALIDATOR.validate(realForm("obtain-abn"), now, v))
        .isInstanceOfSatisfying(
            WorklistException.BadRequest.class,
            e -> assertThat(e.field()).isEqualTo("abnSignedOn"));
    v.put("abnSignedOn", "2026-03-09");
    assertThat(VALIDATOR.validate(realForm("obtain-abn"), now, v))
        .containsEntry("abnOutcome", "DO_NOT_BILL")
        .containsEntry("abnSignedOn", "2026-03-09");
  }
}

package com.infusionbilling.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Repeating lists ({@code dynamiclist} with a {@code path}), as "Document administration" uses for
 * {@code drugs[]} (with nested {@code containers[]}) and {@code administrations[]}: every entry is
 * checked by its fields' rules, and a failing field is named by its path.
 */
class FormValidatorDynamicListTest {
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
                    {"type": "textfield", "key": "serviceDate", "label": "Date of service", "readonly": true},
                    {"type": "dynamiclist", "path": "drugs", "label": "Drug", "components": [
                      {"type": "textfield", "key": "ndc", "label": "NDC",
                       "validate": {"required": true, "pattern": "^\\\\d{5}-\\\\d{4}-\\\\d{2}$",
                                    "patternErrorMessage": "NDC must be 5-4-2."}},
                      {"type": "datetime", "subtype": "date", "key": "expiry", "dateLabel": "Expiry",
                       "validate": {"required": true}, "properties": {"notBefore": "serviceDate"}},
                      {"type": "number", "key": "administeredAmount", "label": "Amount given",
                       "validate": {"required": true, "min": 0.001}},
                      {"type": "number", "key": "discardedAmount", "label": "Amount discarded",
                       "validate": {"min": 0, "max": "=this.administeredAmount"}},
                      {"type": "textfield", "key": "wasteWitness", "label": "Waste witnessed by",
                       "validate": {"required": true},
                       "conditional": {"hide": "=this.discardedAmount = null or this.discardedAmount = 0"}},
                      {"type": "dynamiclist", "path": "containers", "label": "Container", "components": [
                        {"type": "number", "key": "count", "label": "Count", "decimalDigits": 0,
                         "validate": {"required": true, "min": 1}}
                      ]}
                    ]}
                  ]}
                  """);
    } catch (Exception e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  static Map<String, Object> drug() {
    Map<String, Object> d = new HashMap<>();
    d.put("ndc", "57894-0030-01");
    d.put("expiry", "2026-06-30");
    d.put("administeredAmount", 365);
    d.put("discardedAmount", 35);
    d.put("wasteWitness", "RN 2");
    d.put("containers", new ArrayList<>(List.of(new HashMap<>(Map.of("count", 4)))));
    return d;
  }

  static Map<String, Object> submitted(Map<String, Object>... drugs) {
    Map<String, Object> v = new HashMap<>();
    v.put("serviceDate", "2026-03-10");
    v.put("drugs", List.of(drugs));
    return v;
  }

  static Map<String, Object> validate(Map<String, Object> submitted) {
    return VALIDATOR.validate(FORM, Map.of("serviceDate", "2026-03-10"), submitted);
  }

  @Test
  void aValidListIsAcceptedAsSubmitted() {
    Map<String, Object> v = submitted(drug(), drug());
    assertThat(validate(v)).containsOnlyKeys("drugs").containsEntry("drugs", v.get("drugs"));
  }

  @Test
  void aFailingFieldOfAnEntryIsNamedByItsPath() {
    Map<String, Object> second = drug();
    second.put("ndc", "5789403001");
    assertThatThrownBy(() -> validate(submitted(drug(), second)))
        .isInstanceOfSatisfying(
            WorklistException.BadRequest.class,
            e -> assertThat(e.field()).isEqualTo("drugs[1].ndc"))
        .hasMessage("drugs[1].ndc: NDC must be 5-4-2.");

    Map<String, Object> missing = drug();
    missing.remove("administeredAmount");
    assertThatThrownBy(() -> validate(submitted(missing)))
        .hasMessage("drugs[0].administeredAmount: Amount given (Drug 1) is required.");
  }

  /** As the form-js viewer: the entry is {@code this}, plain names are the form's data. */
  @Test
  void rulesInsideAnEntrySeeTheEntryAsThisAndTheVariablesByName() {
    Map<String, Object> d = drug();
    d.put("discardedAmount", 400);
    assertThatThrownBy(() -> validate(submitted(d)))
        .hasMessage(
            "drugs[0].discardedAmount: Amount discarded (Drug 1) cannot be more than Amount given"
                + " (365).");
    Map<String, Object> expired = drug();
    expired.put("expiry", "2026-03-09");
    assertThatThrownBy(() -> validate(submitted(expired)))
        .hasMessage("drugs[0].expiry: Expiry (Drug 1) cannot be before Date of service.");
    Map<String, Object> witnessed = drug();
    witnessed.remove("wasteWitness");
    assertThatThrownBy(() -> validate(submitted(witnessed)))
        .hasMessage("drugs[0].wasteWitness: Waste witnessed by (Drug 1) is required.");
    Map<String, Object> nothingDiscarded = drug();
    nothingDiscarded.put("discardedAmount", 0);
    nothingDiscarded.remove("wasteWitness");
    assertThat(validate(submitted(nothingDiscarded))).containsKey("drugs");
  }

  @Test
  void nestedListsAreCheckedToo() {
    Map<String, Object> d = drug();
    d.put("containers", List.of(Map.of("count", 4), Map.of("count", 0)));
    assertThatThrownBy(() -> validate(submitted(d)))
        .hasMessage(
            "drugs[0].containers[1].count: Count (Drug 1, Container 2) must be at least 1.");
  }

  @Test
  void anEntryKeyTheListDoesNotHaveOrAnEntryThatIsNoObjectIsRefused() {
    Map<String, Object> d = drug();
    d.put("price", 12);
    assertThatThrownBy(() -> validate(submitted(d)))
        .hasMessage("drugs[0].price: is not a field of this form.");
    Map<String, Object> v = new HashMap<>();
    v.put("drugs", List.of("J1745"));
    assertThatThrownBy(() -> validate(v)).hasMessage("drugs[0]: Drug 1 must be an entry.");
    v.put("drugs", "J1745");
    assertThatThrownBy(() -> validate(v)).hasMessage("drugs: Drug must be a list of entries.");
  }
}

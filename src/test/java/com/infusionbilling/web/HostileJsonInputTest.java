package com.infusionbilling.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.infusionbilling.process.ProcessStartEngine;
import com.infusionbilling.testing.ApiTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 11 item 7: hostile JSON never yields a 500 or a silent coercion. Each case changes one
 * thing in a valid request and expects a 400 {@code application/problem+json} naming exactly the
 * field (a body over the configured limit: 413 naming the body).
 */
@ApiTest
class HostileJsonInputTest {
  @Autowired MockMvc mvc;
  @MockitoBean ProcessStartEngine engine; // referrals that pass are stored, never started

  static final String PREVIEW =
      """
      {"payerId": "MEDICARE_PART_B", "claimType": "PROFESSIONAL", "serviceDate": "2024-06-04",
       "submissionDate": "2024-06-05",
       "drugs": [{"hcpcs": "J1745", "ndc": "57894-030-01", "administeredAmount": 365, "amountUnit": "mg",
                  "containers": [{"size": 100, "unit": "mg", "count": 4}], "singleDoseContainer": true,
                  "diagnosisPointers": [1]}],
       "administrations": [{"id": "a1", "route": "IV_INFUSION", "category": "THERAPEUTIC", "drugHcpcs": "J1745",
                            "start": "2024-06-04T09:00:00", "stop": "2024-06-04T11:35:00", "accessSite": "left forearm",
                            "diagnosisPointers": [1]}]}
      """;

  static final String REFERRAL =
      """
      {"referralId": "R-HOSTILE",
       "patient": {"mrn": "MRN-R-HOSTILE", "firstName": "Ada", "lastName": "Lovelace",
                   "dateOfBirth": "1968-04-02", "sex": "F",
                   "address": {"line1": "12 Elm St", "city": "Springfield", "state": "IL", "postalCode": "62701"}},
       "prescriber": {"npi": "1245319599", "firstName": "John", "lastName": "Smith"},
       "coverage": {"payerId": "COMMERCIAL_ACME", "memberId": "W123456789", "groupNumber": "GRP100",
                    "effectiveFrom": "2026-01-01"},
       "therapy": {"hcpcs": "J1745", "doseBasis": "PER_KG", "doseAmount": 5, "doseUnit": "MG", "weightKg": 73,
                   "frequency": "every 8 weeks", "intervalDays": 56, "numberOfDoses": 6,
                   "diagnoses": ["K50.90"], "siteOfCare": "OFFICE", "startDate": "2026-12-15"}}
      """;

  static Stream<Arguments> previewCases() {
    return Stream.of(
        Arguments.of("drugs[0]", "\"drugs\": [{", "\"drugs\": [null, {"),
        Arguments.of("drugs[0]", "\"drugs\": [{", "\"drugs\": [null], \"x\": [{"),
        Arguments.of("drugs[0].containers[0]", "\"containers\": [{", "\"containers\": [null, {"),
        Arguments.of(
            "drugs[0].administeredAmount",
            "\"administeredAmount\": 365",
            "\"administeredAmount\": 1e308"),
        Arguments.of(
            "drugs[0].administeredAmount",
            "\"administeredAmount\": 365",
            "\"administeredAmount\": 9223372036854775808"),
        Arguments.of(
            "drugs[0].administeredAmount",
            "\"administeredAmount\": 365",
            "\"administeredAmount\": 1e999999999"),
        Arguments.of(
            "drugs[0].administeredAmount",
            "\"administeredAmount\": 365",
            "\"administeredAmount\": 0.000000001"),
        Arguments.of(
            "drugs[0].administeredAmount",
            "\"administeredAmount\": 365",
            "\"administeredAmount\": \"365\""),
        Arguments.of("drugs[0].containers[0].count", "\"count\": 4", "\"count\": 2000000000"),
        Arguments.of(
            "drugs[0].containers[0].count", "\"count\": 4", "\"count\": 9223372036854775808"),
        Arguments.of("drugs[0].containers[0].count", "\"count\": 4", "\"count\": 1.5"),
        Arguments.of("drugs[0].containers[0].size", "\"size\": 100", "\"size\": 1e308"),
        Arguments.of(
            "payerId",
            "\"payerId\": \"MEDICARE_PART_B\",",
            "\"payerId\": \"MEDICARE_PART_B\", \"payerId\": \"COMMERCIAL_ACME\","),
        Arguments.of(
            "drugs[0].hcpcs",
            "\"hcpcs\": \"J1745\",",
            "\"hcpcs\": \"J1745\", \"hcpcs\": \"J9312\","),
        Arguments.of("claimType", "\"claimType\": \"PROFESSIONAL\"", "\"claimType\": 1"),
        Arguments.of("payerId", "\"payerId\": \"MEDICARE_PART_B\"", "\"payerId\": 12"),
        Arguments.of(
            "drugs[0].singleDoseContainer",
            "\"singleDoseContainer\": true",
            "\"singleDoseContainer\": \"true\""),
        Arguments.of(
            "drugs[0].diagnosisPointers[0]",
            "\"diagnosisPointers\": [1]}],",
            "\"diagnosisPointers\": [null]}],"),
        Arguments.of(
            "drugs[0].hcpcs",
            "\"hcpcs\": \"J1745\",",
            "\"hcpcs\": \"" + "J".repeat(70_000) + "\","),
        Arguments.of(
            "body",
            "\"drugs\": [",
            "\"deep\": " + "[".repeat(100) + "]".repeat(100) + ", \"drugs\": ["));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("previewCases")
  void previewRefusesHostileInputNamingTheField(String field, String replace, String with)
      throws Exception {
    assertThat(PREVIEW).contains(replace);
    post("/api/billing/preview", PREVIEW.replace(replace, with))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.field").value(field));
  }

  /** Missing times are a documented edit (docs/billing-api.md), not a 500 and not a guess. */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "ADMIN_TIME_MISSING | \"start\": \"2024-06-04T09:00:00\", | ",
        "ADMIN_TIME_MISSING | \"start\": \"2024-06-04T09:00:00\", | \"start\": null,",
        "ADMIN_STOP_TIME_MISSING | \"stop\": \"2024-06-04T11:35:00\", | "
      })
  void missingAdministrationTimesAreADocumentedEdit(String edit, String replace, String with)
      throws Exception {
    assertThat(PREVIEW).contains(replace);
    post("/api/billing/preview", PREVIEW.replace(replace, with == null ? "" : with))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.edits[?(@.code == '" + edit + "')].severity").value("ERROR"));
  }

  @Test
  void springsOwnClientErrorsUnderApiAreProblemJsonToo() throws Exception {
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                "/api/billing/preview"))
        .andExpect(status().isMethodNotAllowed())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                    "/api/billing/preview")
                .contentType(MediaType.TEXT_PLAIN)
                .content("hello"))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  /** A body or field of the wrong JSON shape is named in JSON's words, not Java class names. */
  @Test
  void theWrongShapeIsNamedAsAJsonObject() throws Exception {
    post("/api/inventory/lots/1/movements", "[1, 2]")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("body"))
        .andExpect(jsonPath("$.detail").value("body: expected JSON object"));
    post("/api/worklist/tasks/1/completion", "{\"variables\": \"x\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("variables"))
        .andExpect(jsonPath("$.detail").value("variables: expected JSON object"));
  }

  @Test
  void trailingContentAfterTheBodyIsRefused() throws Exception {
    post("/api/billing/preview", PREVIEW + " {}")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.field").value("body"));
  }

  @Test
  void aBodyOverTheLimitIsRefusedWith413() throws Exception {
    String huge =
        PREVIEW.replace("\"drugs\": [", "\"padding\": \"" + "x".repeat(60_000) + "\",\"drugs\": [");
    StringBuilder body = new StringBuilder("{\"list\": [");
    for (int i = 0; i < 20; i++) {
      body.append(i == 0 ? "" : ",").append(huge);
    }
    body.append("]}");
    assertThat(body.length()).isGreaterThan(1024 * 1024);
    post("/api/billing/preview", body.toString())
        .andExpect(status().isPayloadTooLarge())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.field").value("body"));
  }

  static Stream<Arguments> referralCases() {
    return Stream.of(
        Arguments.of("therapy.intervalDays", "\"intervalDays\": 56", "\"intervalDays\": 1.5"),
        Arguments.of("therapy.intervalDays", "\"intervalDays\": 56", "\"intervalDays\": \"56\""),
        Arguments.of(
            "therapy.numberOfDoses", "\"numberOfDoses\": 6", "\"numberOfDoses\": 2000000000"),
        Arguments.of(
            "therapy.numberOfDoses",
            "\"numberOfDoses\": 6",
            "\"numberOfDoses\": 9223372036854775808"),
        Arguments.of("therapy.doseAmount", "\"doseAmount\": 5", "\"doseAmount\": 1e308"),
        Arguments.of("therapy.doseAmount", "\"doseAmount\": 5", "\"doseAmount\": 1e999999999"),
        Arguments.of("therapy.diagnoses[0]", "[\"K50.90\"]", "[null]"),
        Arguments.of("therapy.diagnoses[1]", "[\"K50.90\"]", "[\"K50.90\", null]"),
        Arguments.of("therapy.siteOfCare", "\"siteOfCare\": \"OFFICE\"", "\"siteOfCare\": 0"),
        Arguments.of("patient.mrn", "\"mrn\": \"MRN-R-HOSTILE\"", "\"mrn\": 12345"),
        Arguments.of(
            "patient.mrn",
            "\"mrn\": \"MRN-R-HOSTILE\",",
            "\"mrn\": \"MRN-R-HOSTILE\", \"mrn\": \"MRN-OTHER\","),
        Arguments.of(
            "patient.lastName",
            "\"lastName\": \"Lovelace\"",
            "\"lastName\": \"" + "L".repeat(70_000) + "\""));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("referralCases")
  void referralRefusesHostileInputNamingTheField(String field, String replace, String with)
      throws Exception {
    assertThat(REFERRAL).contains(replace);
    post("/api/referrals", REFERRAL.replace(replace, with))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.field").value(field));
  }

  static Stream<Arguments> lifecycleCases() {
    return Stream.of(
        Arguments.of(
            "/api/episodes/1/therapy-changes",
            "{\"changeId\": \"c1\", \"doseAmount\": 5, \"intervalDays\": 1.5, \"numberOfDoses\": 3}",
            "intervalDays"),
        Arguments.of(
            "/api/episodes/1/therapy-changes",
            "{\"changeId\": \"c1\", \"doseAmount\": 1e308, \"intervalDays\": 14, \"numberOfDoses\": 3}",
            "doseAmount"),
        Arguments.of(
            "/api/episodes/1/therapy-changes",
            "{\"changeId\": \"c1\", \"doseAmount\": 999999999999, \"intervalDays\": 14, \"numberOfDoses\": 3}",
            "doseAmount"),
        Arguments.of(
            "/api/episodes/1/end",
            "{\"reason\": \"COMPLETED\", \"reason\": \"DISCONTINUED\"}",
            "reason"),
        Arguments.of(
            "/api/episodes/1/visits",
            "{\"scheduledStart\": \"2026-12-10T09:00\", \"scheduledStart\": \"2026-12-11T09:00\","
                + " \"siteOfCare\": \"OFFICE\", \"drugSource\": \"BUY_AND_BILL\"}",
            "scheduledStart"),
        Arguments.of(
            "/api/authorizations/1/usage",
            "{\"usageId\": \"u1\", \"quantity\": \"3\", \"dosesScheduledBeforeEnd\": 1}",
            "quantity"),
        Arguments.of(
            "/api/authorizations/1/usage",
            "{\"usageId\": \"u1\", \"quantity\": 1e999999999, \"dosesScheduledBeforeEnd\": 1}",
            "quantity"),
        Arguments.of(
            "/api/authorizations/1/usage",
            "{\"usageId\": \"u1\", \"quantity\": 99999999999, \"dosesScheduledBeforeEnd\": 1}",
            "quantity"),
        Arguments.of(
            "/api/authorization-requests/1/decision",
            "{\"decision\": \"APPROVED\", \"approvedUnits\": 9223372036854775808}",
            "approvedUnits"),
        Arguments.of(
            "/api/worklist/tasks/1/completion",
            "{\"variables\": {\"a\": 1, \"a\": 2}}",
            "variables.a"),
        Arguments.of("/api/worklist/tasks/1/assignment", "{\"assignee\": [null]}", "assignee"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("lifecycleCases")
  void otherJsonEndpointsRefuseHostileInputNamingTheField(String path, String body, String field)
      throws Exception {
    post(path, body)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.field").value(field));
  }

  ResultActions post(String path, String json) throws Exception {
    return mvc.perform(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
            .contentType(MediaType.APPLICATION_JSON)
            .content(json));
  }
}

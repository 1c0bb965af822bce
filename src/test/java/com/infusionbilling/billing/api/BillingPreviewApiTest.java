package com.infusionbilling.billing.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.infusionbilling.testing.ApiTest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * POST /api/billing/preview against the seeded catalogue. Dates of service are in 2024 so the CMS
 * files other tests import (2025) do not change these results.
 */
@ApiTest
class BillingPreviewApiTest {
  @Autowired MockMvc mvc;

  static final String INFLIXIMAB =
      """
      {"payerId": "MEDICARE_PART_B", "claimType": "PROFESSIONAL", "serviceDate": "2024-06-04",
       "submissionDate": "2024-06-05",
       "drugs": [{"hcpcs": "J1745", "ndc": "57894-030-01", "administeredAmount": 365, "amountUnit": "mg",
                  "containers": [{"size": 100, "unit": "mg", "count": 4}], "singleDoseContainer": true,
                  "diagnosisPointers": [1]}],
       "administrations": [{"id": "a1", "route": "IV_INFUSION", "drugHcpcs": "J1745",
                            "start": "2024-06-04T09:00:00", "stop": "2024-06-04T11:35:00", "accessSite": "left forearm",
                            "diagnosisPointers": [1]}]}
      """;

  ResultActions preview(String json) throws Exception {
    return mvc.perform(
        post("/api/billing/preview").contentType(MediaType.APPLICATION_JSON).content(json));
  }

  @Test
  void withoutAPayerSettingInfliximabIsCodedAsTheComplexBiologicTheCatalogueSaysItIs()
      throws Exception {
    preview(INFLIXIMAB.replace("MEDICARE_PART_B", "COMMERCIAL_SUMMIT"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.lines[2].code").value("96413"))
        .andExpect(jsonPath("$.lines[3].code").value("96415"))
        .andExpect(jsonPath("$.lines[3].units").value(2));
  }

  @Test
  void infliximabWorkedExampleWithTheFixedFieldNames() throws Exception {
    preview(INFLIXIMAB)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.lines", hasSize(4)))
        .andExpect(jsonPath("$.lines[0].code").value("J1745"))
        .andExpect(jsonPath("$.lines[0].units").value(37))
        .andExpect(jsonPath("$.lines[0].modifiers", hasSize(0)))
        .andExpect(jsonPath("$.lines[0].ndc").value("57894003001"))
        .andExpect(jsonPath("$.lines[0].ndcQuantity").value(3.65))
        .andExpect(jsonPath("$.lines[0].ndcUnit").value("UN"))
        .andExpect(jsonPath("$.lines[1].units").value(3))
        .andExpect(jsonPath("$.lines[1].modifiers[0]").value("JW"))
        // infliximab is a complex biologic in the drug catalogue, but the seed's Medicare Part B
        // codes it with therapeutic infusion codes (payer setting, V2_12; lifecycle 2a's example)
        .andExpect(jsonPath("$.lines[2].code").value("96365"))
        .andExpect(jsonPath("$.lines[2].units").value(1))
        .andExpect(jsonPath("$.lines[3].code").value("96366"))
        .andExpect(jsonPath("$.lines[3].units").value(2))
        .andExpect(jsonPath("$.lines[*].explanation", everyItem(not(emptyOrNullString()))))
        .andExpect(jsonPath("$.lines[*].ruleId", everyItem(not(emptyOrNullString()))))
        .andExpect(jsonPath("$.lines[0].charge").isNumber())
        .andExpect(jsonPath("$.expectedPayment.allowed").isNumber())
        .andExpect(jsonPath("$.expectedPayment.patientResponsibility").isNumber())
        .andExpect(jsonPath("$.expectedPayment.payerPayment").isNumber())
        // the seeded ASP figures are illustrative and say so until a CMS file is imported
        .andExpect(
            jsonPath(
                "$.edits[*].code", everyItem(org.hamcrest.Matchers.is("ASP_QUARTER_NOT_LOADED"))));
  }

  @Test
  void rituximabWastageExampleAndAChemotherapyInfusion() throws Exception {
    preview(
            """
            {"payerId": "MEDICARE_PART_B", "claimType": "INSTITUTIONAL", "serviceDate": "2024-06-04", "submissionDate": "2024-06-05",
             "drugs": [{"hcpcs": "J9312", "ndc": "50242-051-21", "administeredAmount": 77, "amountUnit": "mg",
                        "containers": [{"size": 100, "unit": "mg", "count": 1}], "diagnosisPointers": [1]}],
             "administrations": [{"id": "c1", "route": "IV_INFUSION", "category": "CHEMOTHERAPY", "drugHcpcs": "J9312",
                                  "start": "2024-06-04T09:00", "stop": "2024-06-04T10:40", "diagnosisPointers": [1]}]}
            """)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.lines[0].units").value(8))
        .andExpect(jsonPath("$.lines[0].ndcQuantity").value(7.7))
        .andExpect(jsonPath("$.lines[0].ndcUnit").value("ML"))
        .andExpect(jsonPath("$.lines[0].revenueCode").value("0636"))
        .andExpect(jsonPath("$.lines[1].units").value(2))
        .andExpect(jsonPath("$.lines[1].modifiers[0]").value("JW"))
        .andExpect(jsonPath("$.lines[2].code").value("96413"))
        .andExpect(jsonPath("$.lines[2].revenueCode").value("0335"))
        .andExpect(jsonPath("$.lines[3].code").value("96415"))
        .andExpect(jsonPath("$.lines[3].units").value(1));
  }

  @Test
  void aCaseNotInTheDocsCommercialPayerWithConcurrentInfusionsAndAnAuthorization()
      throws Exception {
    preview(
            """
            {"payerId": "COMMERCIAL_SUMMIT", "claimType": "PROFESSIONAL", "serviceDate": "2024-06-04", "submissionDate": "2024-06-05",
             "siteOfCare": "OFFICE",
             "drugs": [{"hcpcs": "J2350", "ndc": "50242015001", "administeredAmount": 600, "amountUnit": "mg",
                        "containers": [{"size": 300, "unit": "mg", "count": 2}], "diagnosisPointers": [1]}],
             "administrations": [
               {"id": "o1", "route": "IV_INFUSION", "category": "THERAPEUTIC", "drugHcpcs": "J2350",
                "start": "2024-06-04T09:00", "stop": "2024-06-04T12:30", "diagnosisPointers": [1]},
               {"id": "m1", "route": "IV_INFUSION", "category": "THERAPEUTIC", "drugHcpcs": "J1100",
                "start": "2024-06-04T09:05", "stop": "2024-06-04T09:35", "diagnosisPointers": [1]}],
             "authorization": {"hcpcs": "J2350", "remainingUnits": 300, "start": "2024-01-01", "end": "2024-12-31", "siteOfCare": "OFFICE"}}
            """)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.lines[0].code").value("J2350"))
        .andExpect(jsonPath("$.lines[0].units").value(600))
        .andExpect(jsonPath("$.lines[0].modifiers[0]").value("JZ"))
        .andExpect(jsonPath("$.lines[0].ndcQuantity").value(20.0))
        // ocrelizumab is a complex biologic (catalogue): chemotherapy codes, and a warning that the
        // request said THERAPEUTIC
        .andExpect(jsonPath("$.lines[1].code").value("96413"))
        .andExpect(jsonPath("$.lines[2].code").value("96415"))
        .andExpect(jsonPath("$.lines[2].units").value(2))
        .andExpect(jsonPath("$.edits[?(@.code == 'ADMIN_CATEGORY_FROM_CATALOGUE')]").exists())
        .andExpect(jsonPath("$.lines[3].code").value("96368"))
        .andExpect(jsonPath("$.edits[?(@.code == 'AUTH_UNITS_EXCEEDED')]").exists())
        // 95 % of the seeded (illustrative) WAC: $19,000 / 300 units x 0.95 = $60.17 per unit
        .andExpect(jsonPath("$.lines[0].expectedAllowed").value(36100.0))
        // the charge is the seeded (illustrative) chargemaster's $168.00 per unit, for every payer
        .andExpect(jsonPath("$.lines[0].charge").value(100800.0));
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of(
            "unknown HCPCS",
            INFLIXIMAB.replace("\"hcpcs\": \"J1745\"", "\"hcpcs\": \"J9998\""),
            "drugs[0].hcpcs"),
        Arguments.of(
            "stop before start",
            INFLIXIMAB.replace(
                "\"stop\": \"2024-06-04T11:35:00\"", "\"stop\": \"2024-06-04T08:35:00\""),
            "administrations[0].stop"),
        Arguments.of(
            "negative amount",
            INFLIXIMAB.replace("\"administeredAmount\": 365", "\"administeredAmount\": -365"),
            "drugs[0].administeredAmount"),
        Arguments.of(
            "unconvertible unit",
            INFLIXIMAB.replace("\"amountUnit\": \"mg\"", "\"amountUnit\": \"mL\""),
            "drugs[0].amountUnit"),
        Arguments.of(
            "unknown unit",
            INFLIXIMAB.replace("\"amountUnit\": \"mg\"", "\"amountUnit\": \"vials\""),
            "drugs[0].amountUnit"),
        Arguments.of(
            "malformed service date",
            INFLIXIMAB.replace(
                "\"serviceDate\": \"2024-06-04\"", "\"serviceDate\": \"06/04/2024\""),
            "serviceDate"),
        Arguments.of(
            "impossible service date",
            INFLIXIMAB.replace(
                "\"serviceDate\": \"2024-06-04\"", "\"serviceDate\": \"2024-02-30\""),
            "serviceDate"),
        Arguments.of(
            "malformed start time",
            INFLIXIMAB.replace("\"start\": \"2024-06-04T09:00:00\"", "\"start\": \"9 am\""),
            "administrations[0].start"),
        Arguments.of(
            "unknown route",
            INFLIXIMAB.replace("\"IV_INFUSION\"", "\"ORAL\""),
            "administrations[0].route"),
        Arguments.of(
            "unknown claim type",
            INFLIXIMAB.replace("\"PROFESSIONAL\"", "\"DENTAL\""),
            "claimType"),
        Arguments.of("unknown payer", INFLIXIMAB.replace("MEDICARE_PART_B", "NOBODY"), "payerId"),
        Arguments.of(
            "fractional container count",
            INFLIXIMAB.replace("\"count\": 4", "\"count\": 4.5"),
            "drugs[0].containers[0].count"),
        Arguments.of(
            "amount that is not a number",
            INFLIXIMAB.replace("\"administeredAmount\": 365", "\"administeredAmount\": \"lots\""),
            "drugs[0].administeredAmount"),
        Arguments.of(
            "a liability modifier other than GA or GZ",
            INFLIXIMAB.replace(
                "\"submissionDate\": \"2024-06-05\",",
                "\"submissionDate\": \"2024-06-05\", \"liabilityModifier\": \"GY\","),
            "liabilityModifier"),
        Arguments.of(
            "an ABN modifier for a payer other than Medicare fee-for-service",
            INFLIXIMAB
                .replace("MEDICARE_PART_B", "COMMERCIAL_ACME")
                .replace(
                    "\"submissionDate\": \"2024-06-05\",",
                    "\"submissionDate\": \"2024-06-05\", \"liabilityModifier\": \"GA\","),
            "liabilityModifier"),
        Arguments.of("malformed JSON", "{\"payerId\": ", "body"));
  }

  @ParameterizedTest(name = "{0} -> 400 naming {2}")
  @MethodSource("badInputs")
  void badInputIsA400ProblemNamingTheField(String what, String json, String field)
      throws Exception {
    preview(json)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.field").value(field))
        .andExpect(jsonPath("$.detail", containsString(field)));
  }

  @Test
  void protocolErrorsKeepTheirStatus() throws Exception {
    mvc.perform(get("/api/billing/preview")).andExpect(status().isMethodNotAllowed());
    mvc.perform(post("/api/billing/preview").contentType(MediaType.TEXT_PLAIN).content("x"))
        .andExpect(status().isUnsupportedMediaType());
  }

  @Test
  void theSeededPayersCarryTheRulesOtherCapabilitiesRead() throws Exception {
    mvc.perform(get("/api/reference/payers"))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath(
                "$[*].payerId",
                org.hamcrest.Matchers.hasItems(
                    "MEDICARE_PART_B", "MEDICAID_EXAMPLE", "COMMERCIAL_ACME", "COMMERCIAL_SUMMIT")))
        .andExpect(jsonPath("$[?(@.payerId == 'MEDICARE_PART_B')].timelyFilingDays").value(365))
        .andExpect(
            jsonPath("$[?(@.payerId == 'COMMERCIAL_ACME')].authorizationBasis").value("VISITS"))
        .andExpect(jsonPath("$[?(@.payerId == 'COMMERCIAL_ACME')].renewalLeadTimeDays").value(21));
    mvc.perform(get("/api/reference/drugs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()", org.hamcrest.Matchers.greaterThanOrEqualTo(30)));
  }

  @Test
  void theApiIsDocumentedInOpenApi() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/billing/preview'].post").exists())
        .andExpect(jsonPath("$.paths['/api/billing/preview'].post.responses['400']").exists())
        .andExpect(jsonPath("$.paths['/api/reference/asp'].post.responses['400']").exists())
        .andExpect(jsonPath("$.paths['/api/reference/mue'].post").exists())
        .andExpect(jsonPath("$.paths['/api/reference/ncci'].post").exists());
  }
}

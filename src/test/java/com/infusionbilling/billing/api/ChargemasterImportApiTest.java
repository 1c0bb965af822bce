package com.infusionbilling.billing.api;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.infusionbilling.billing.reference.Chargemaster;
import com.infusionbilling.billing.reference.imports.CmsFiles;
import com.infusionbilling.testing.ApiTest;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 15 item 5: {@code POST /api/reference/chargemaster} and the charges it puts on claim lines.
 * The test files use effective dates in 2030 and later, so the seeded (illustrative) chargemaster
 * keeps pricing the other tests' dates of service.
 */
@ApiTest
// reference files this class imports are taken back after it: the database is shared
@org.junit.jupiter.api.extension.ExtendWith(com.infusionbilling.testing.RestoreReferenceData.class)
class ChargemasterImportApiTest {
  @Autowired MockMvc mvc;
  @Autowired Chargemaster chargemaster;

  ResultActions upload(String resource) throws Exception {
    return mvc.perform(
        multipart("/api/reference/chargemaster")
            .file(new MockMultipartFile("file", resource, "text/csv", CmsFiles.bytes(resource))));
  }

  static String infliximab(String payerId, String claimType, String date) {
    return """
        {"payerId": "%s", "claimType": "%s", "serviceDate": "%s", "submissionDate": "%s",
         "drugs": [{"hcpcs": "J1745", "ndc": "57894-0030-01", "administeredAmount": 365, "amountUnit": "mg",
                    "containers": [{"size": 100, "unit": "mg", "count": 4}], "singleDoseContainer": true, "diagnosisPointers": [1]}],
         "administrations": [{"id": "a1", "route": "IV_INFUSION", "drugHcpcs": "J1745",
                              "start": "%sT09:00", "stop": "%sT11:35", "diagnosisPointers": [1]}]}
        """
        .formatted(payerId, claimType, date, date, date, date);
  }

  ResultActions preview(String json) throws Exception {
    return mvc.perform(
        post("/api/billing/preview").contentType(MediaType.APPLICATION_JSON).content(json));
  }

  @Test
  void theChargeComesFromTheImportedChargemasterForEveryPayer() throws Exception {
    upload("chargemaster-2030.csv")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("CHARGEMASTER"))
        .andExpect(jsonPath("$.version").value("2030-01-01"))
        .andExpect(jsonPath("$.rowsLoaded").value(4));
    // (Medicare Part B codes infliximab with therapeutic codes by its payer setting: not in this
    // loop)
    for (String payer : List.of("COMMERCIAL_SUMMIT", "MEDICARE_ADVANTAGE_EXAMPLE")) {
      for (String claimType : List.of("PROFESSIONAL", "INSTITUTIONAL")) {
        // J1745 37 x $1,050.00; JW 3 x $1,000.00 (its own row); 96413 $410.50; 96415 2 x $150
        preview(infliximab(payer, claimType, "2030-02-04"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.lines[0].charge").value(38850.00))
            .andExpect(jsonPath("$.lines[1].charge").value(3000.00))
            .andExpect(jsonPath("$.lines[2].charge").value(410.50))
            .andExpect(jsonPath("$.lines[3].charge").value(300.00))
            .andExpect(
                jsonPath(
                    "$.lines[1].explanation",
                    containsString("charge 3 × $1000.00 (chargemaster J1745-JW from 2030-01-01)")))
            .andExpect(jsonPath("$.edits[?(@.code == 'CHARGE_MISSING')]").isEmpty());
      }
    }
    // the expected allowed stays each payer's own figure (here Medicare's ASP limit)
    preview(infliximab("MEDICARE_PART_B", "PROFESSIONAL", "2030-02-04"))
        .andExpect(jsonPath("$.lines[0].expectedAllowed").isNumber())
        .andExpect(jsonPath("$.lines[0].explanation", containsString("allowed 37 × $")));
    // the lookup other packages call
    Assertions.assertThat(
            chargemaster.chargeFor("J1745", List.of("JW"), LocalDate.of(2030, 2, 4)).orElseThrow())
        .satisfies(
            e -> {
              Assertions.assertThat(e.charge()).isEqualByComparingTo("1000.00");
              Assertions.assertThat(e.lineCharge(3)).isEqualByComparingTo("3000.00");
            });
    Assertions.assertThat(chargemaster.chargeFor("J1745", List.of(), LocalDate.of(2029, 12, 31)))
        .get()
        .satisfies(e -> Assertions.assertThat(e.effectiveDate()).isEqualTo("2000-01-01"));
    Assertions.assertThat(chargemaster.chargeFor("99999", List.of(), LocalDate.of(2030, 2, 4)))
        .isEmpty();

    upload("chargemaster-2030.csv")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UNCHANGED"));
    mvc.perform(get("/api/reference/chargemaster"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.code == 'J1745' && @.modifier == 'JW')].charge").value(1000.00));
  }

  @Test
  void aBadCellRejectsTheWholeFileNamingLineAndColumn() throws Exception {
    upload("chargemaster-malformed.csv")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.field").value("file"))
        .andExpect(jsonPath("$.line").value(3))
        .andExpect(jsonPath("$.column").value("charge"))
        .andExpect(jsonPath("$.detail", containsString("line 3: column 'charge': '-12.00'")));
    // nothing of the file was stored: its valid J1745 row (2031) is not in force
    Assertions.assertThat(chargemaster.chargeFor("J1745", List.of(), LocalDate.of(2031, 6, 1)))
        .get()
        .satisfies(e -> Assertions.assertThat(e.charge()).isNotEqualByComparingTo("2000.00"));
    mvc.perform(get("/api/reference/imports/CHARGEMASTER"))
        .andExpect(jsonPath("$[?(@.version == '2031-01-01')]").isEmpty());
  }
}

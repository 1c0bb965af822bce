package com.infusionbilling.billing.api;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.infusionbilling.billing.reference.imports.CmsFiles;
import com.infusionbilling.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 15 item 4: {@code POST /api/reference/opps-addendum-b} and how its status indicators change
 * Medicare 837I claims. Test files are for 2030 and later, so other tests keep the seeded quarter.
 */
@ApiTest
// reference files this class imports are taken back after it: the database is shared
@org.junit.jupiter.api.extension.ExtendWith(com.infusionbilling.testing.RestoreReferenceData.class)
class OppsAddendumBImportApiTest {
  @Autowired MockMvc mvc;

  ResultActions upload(String resource) throws Exception {
    return mvc.perform(
        multipart("/api/reference/opps-addendum-b")
            .file(new MockMultipartFile("file", resource, "text/csv", CmsFiles.bytes(resource))));
  }

  static final String ONDANSETRON_837I =
      """
      {"payerId": "MEDICARE_PART_B", "claimType": "INSTITUTIONAL", "serviceDate": "2030-01-15", "submissionDate": "2030-01-16",
       "drugs": [{"hcpcs": "J2405", "administeredAmount": 6, "amountUnit": "mg", "singleDoseContainer": true,
                  "containers": [{"size": 4, "unit": "mg", "count": 2}], "diagnosisPointers": [1]}]}
      """;

  ResultActions preview(String json) throws Exception {
    return mvc.perform(
        post("/api/billing/preview").contentType(MediaType.APPLICATION_JSON).content(json));
  }

  @Test
  void anImportedStatusIndicatorDecidesJwJzOnHospitalOutpatientClaims() throws Exception {
    // the seeded (illustrative) quarter has ondansetron packaged (N): no JW line, paid 0
    preview(ONDANSETRON_837I)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.lines.length()").value(1))
        .andExpect(jsonPath("$.lines[0].expectedAllowed").value(0.0))
        .andExpect(
            jsonPath("$.edits[?(@.code == 'OPPS_QUARTER_NOT_LOADED')].severity").value("WARNING"));
    upload("opps-addendum-b-2030q1.csv")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("OPPS_ADDENDUM_B"))
        .andExpect(jsonPath("$.version").value("2030Q1"))
        .andExpect(jsonPath("$.rowsLoaded").value(4));
    // the 2030Q1 file makes it separately payable (K): 6 units + 2 JW
    preview(ONDANSETRON_837I)
        .andExpect(jsonPath("$.lines.length()").value(2))
        .andExpect(jsonPath("$.lines[1].modifiers[0]").value("JW"))
        .andExpect(jsonPath("$.edits[?(@.code == 'OPPS_QUARTER_NOT_LOADED')]").isEmpty());
    upload("opps-addendum-b-2030q1.csv").andExpect(jsonPath("$.status").value("UNCHANGED"));
  }

  @Test
  void aBadStatusIndicatorRejectsTheFileNamingLineAndColumn() throws Exception {
    upload("opps-addendum-b-malformed.csv")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.line").value(5))
        .andExpect(jsonPath("$.column").value("SI"))
        .andExpect(jsonPath("$.reason", containsString("'ZZZ' is not a status indicator")));
    mvc.perform(get("/api/reference/imports/OPPS_ADDENDUM_B"))
        .andExpect(jsonPath("$[?(@.version == '2031Q2')]").isEmpty());
  }
}

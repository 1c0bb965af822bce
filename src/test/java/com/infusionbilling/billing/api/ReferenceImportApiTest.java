package com.infusionbilling.billing.api;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.infusionbilling.billing.reference.imports.CmsFiles;
import com.infusionbilling.testing.ApiTest;
import java.io.ByteArrayOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Uploads of CMS files in their published layouts, and how their data changes previews. */
@ApiTest
// reference files this class imports are taken back after it: the database is shared
@org.junit.jupiter.api.extension.ExtendWith(com.infusionbilling.testing.RestoreReferenceData.class)
class ReferenceImportApiTest {
  @Autowired MockMvc mvc;

  ResultActions upload(String kind, String resource, String... params) throws Exception {
    return upload(kind, resource, CmsFiles.bytes(resource), params);
  }

  ResultActions upload(String kind, String fileName, byte[] content, String... params)
      throws Exception {
    var request =
        multipart("/api/reference/" + kind)
            .file(new MockMultipartFile("file", fileName, "text/csv", content));
    for (int i = 0; i < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    return mvc.perform(request);
  }

  static String infliximab(String serviceDate) {
    return """
        {"payerId": "MEDICARE_PART_B", "claimType": "PROFESSIONAL", "serviceDate": "%s", "submissionDate": "%s",
         "drugs": [{"hcpcs": "J1745", "ndc": "57894-0030-01", "administeredAmount": 365, "amountUnit": "mg",
                    "containers": [{"size": 100, "unit": "mg", "count": 4}], "singleDoseContainer": true, "diagnosisPointers": [1]}]}
        """
        .formatted(serviceDate, serviceDate);
  }

  ResultActions preview(String json) throws Exception {
    return mvc.perform(
        post("/api/billing/preview").contentType(MediaType.APPLICATION_JSON).content(json));
  }

  @Test
  void aNewAspQuarterChangesTheAllowedAmount() throws Exception {
    upload("asp", "asp-2025q1.csv")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("ASP"))
        .andExpect(jsonPath("$.version").value("2025Q1"))
        .andExpect(jsonPath("$.rowsLoaded").value(3))
        .andExpect(jsonPath("$.rowsRejected").value(1))
        .andExpect(jsonPath("$.rejections[0].line").value(13))
        .andExpect(jsonPath("$.rejections[0].reason", containsString("no payment limit")));
    // CMS sequestration (2 % of the payer portion after coinsurance): 40 units x $25.000 = allowed
    // $1,000 -> patient $200 -> payer $784
    preview(infliximab("2025-03-04"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.expectedPayment.allowed").value(1000.00))
        .andExpect(jsonPath("$.expectedPayment.patientResponsibility").value(200.00))
        .andExpect(jsonPath("$.expectedPayment.payerPayment").value(784.00))
        .andExpect(jsonPath("$.lines[0].explanation", containsString("2025Q1")));

    upload("asp", "asp-2025q2.csv")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value("2025Q2"));
    preview(infliximab("2025-04-15"))
        .andExpect(jsonPath("$.expectedPayment.allowed").value(1200.00))
        .andExpect(jsonPath("$.lines[0].explanation", containsString("2025Q2")));
    // the earlier quarter still prices earlier dates of service
    preview(infliximab("2025-03-04"))
        .andExpect(jsonPath("$.expectedPayment.allowed").value(1000.00));
  }

  @Test
  void reimportingTheSameFileChangesNothing() throws Exception {
    upload("asp", "asp-2025q1.csv").andExpect(status().isOk());
    upload("asp", "asp-2025q1.csv")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UNCHANGED"))
        .andExpect(jsonPath("$.rowsLoaded").value(3));
    preview(infliximab("2025-03-04"))
        .andExpect(jsonPath("$.expectedPayment.allowed").value(1000.00));
  }

  @Test
  void aMalformedFileIsRejectedWithLineAndReasonAndThePreviousDataStays() throws Exception {
    upload("asp", "asp-2025q2.csv").andExpect(status().isOk());
    preview(infliximab("2025-07-15"))
        .andExpect(jsonPath("$.expectedPayment.allowed").value(1200.00));
    upload("asp", "asp-malformed.csv")
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.field").value("file"))
        .andExpect(jsonPath("$.line").value(11))
        .andExpect(jsonPath("$.reason", containsString("Payment Limit 'abc'")));
    // the rejected 2025Q3 file (J1745 at $33) did not load: Q2's $30 still applies
    preview(infliximab("2025-07-15"))
        .andExpect(jsonPath("$.expectedPayment.allowed").value(1200.00));
    mvc.perform(get("/api/reference/imports/ASP"))
        .andExpect(jsonPath("$[?(@.version == '2025Q3')]").isEmpty());
  }

  @Test
  void anMueRowTriggersItsEdit() throws Exception {
    String drugOverMue =
        """
        {"payerId": "MEDICARE_PART_B", "claimType": "PROFESSIONAL", "serviceDate": "2025-02-10", "submissionDate": "2025-02-10",
         "drugs": [{"hcpcs": "J1745", "ndc": "57894-0030-01", "administeredAmount": 365, "amountUnit": "mg",
                    "containers": [{"size": 100, "unit": "mg", "count": 4}], "diagnosisPointers": [1]}]}
        """;
    preview(drugOverMue).andExpect(jsonPath("$.edits[?(@.code == 'MUE_EXCEEDED')]").isEmpty());
    upload("mue", "MCR_MUE_PractitionerServices_Eff_01-01-2025.csv")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.setting").value("PRACTITIONER"))
        .andExpect(jsonPath("$.effectiveDate").value("2025-01-01"))
        .andExpect(jsonPath("$.rowsLoaded").value(4));
    // J1745 MUE 35 (MAI 3): 37 + 3 JW = 40 units deny, so the drug drops out of the expected
    // payment
    preview(drugOverMue)
        .andExpect(jsonPath("$.edits[?(@.code == 'MUE_EXCEEDED')].severity").value("ERROR"))
        .andExpect(
            jsonPath(
                "$.edits[?(@.code == 'MUE_EXCEEDED')].message",
                org.hamcrest.Matchers.hasItem(containsString("40 units"))))
        .andExpect(jsonPath("$.expectedPayment.allowed").value(0.00));
    // an institutional claim reads the facility table, which has no J1745 row yet
    preview(drugOverMue.replace("PROFESSIONAL", "INSTITUTIONAL"))
        .andExpect(jsonPath("$.edits[?(@.code == 'MUE_EXCEEDED')]").isEmpty());
  }

  @Test
  void aMalformedMueTableIsRejected() throws Exception {
    upload("mue", "MCR_MUE_PractitionerServices_Eff_04-01-2025-malformed.csv")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.line").value(7))
        .andExpect(jsonPath("$.reason", containsString("MUE Adjudication Indicator")));
  }

  @Test
  void ncciEditsTriggerAndALaterVersionUpdatesThem() throws Exception {
    String claim =
        """
        {"payerId": "MEDICARE_PART_B", "claimType": "PROFESSIONAL", "serviceDate": "2025-05-06", "submissionDate": "2025-05-06",
         "administrations": [
           {"id": "c1", "route": "IV_INFUSION", "category": "CHEMOTHERAPY", "drugHcpcs": "J9312",
            "start": "2025-05-06T09:00", "stop": "2025-05-06T10:00", "accessSite": "left arm", "diagnosisPointers": [1]},
           {"id": "t1", "route": "IV_INFUSION", "category": "THERAPEUTIC", "drugHcpcs": "J1569",
            "start": "2025-05-06T09:00", "stop": "2025-05-06T10:00", "accessSite": "right arm", "diagnosisPointers": [1]},
           {"id": "s1", "route": "SUBCUTANEOUS", "category": "THERAPEUTIC", "drugHcpcs": "J0897",
            "start": "2025-05-06T10:30", "diagnosisPointers": [1]}]}
        """;
    // lines: 96413, 96365-59 (second access site), 96372
    preview(claim)
        .andExpect(jsonPath("$.lines[1].code").value("96365"))
        .andExpect(jsonPath("$.lines[1].modifiers[0]").value("59"))
        .andExpect(jsonPath("$.lines[2].code").value("96372"))
        .andExpect(jsonPath("$.edits[?(@.code == 'NCCI_PTP_CONFLICT')]").isEmpty());

    upload("ncci", "ccipra-v311r0-f1.txt")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.setting").value("PRACTITIONER"))
        .andExpect(jsonPath("$.version").value("v311r0"))
        .andExpect(jsonPath("$.rowsLoaded").value(6));
    // 96365/96372 (indicator 1) without a modifier denies 96372; 96413/96365 is bypassed by 59
    preview(claim)
        .andExpect(jsonPath("$.edits[?(@.code == 'NCCI_PTP_CONFLICT')].line").value(2))
        .andExpect(
            jsonPath(
                "$.edits[?(@.code == 'NCCI_PTP_CONFLICT')].message",
                org.hamcrest.Matchers.hasItem(
                    containsString("96372 is a column 2 code of 96365"))));

    upload("ncci", "ccipra-v312r0-f1.txt")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value("v312r0"));
    // v31.2 deletes 96365/96372 from 2025-01-01 and makes 96413/96365 indicator 0: now 96365
    // denies, 59 or not
    preview(claim)
        .andExpect(jsonPath("$.edits[?(@.code == 'NCCI_PTP_CONFLICT')].line").value(1))
        .andExpect(
            jsonPath(
                "$.edits[?(@.code == 'NCCI_PTP_CONFLICT')].message",
                org.hamcrest.Matchers.hasItem(containsString("indicator 0"))));
  }

  @Test
  void aMalformedNcciFileOrAContradictingSettingIsRejected() throws Exception {
    upload("ncci", "ccipra-v313r0-malformed.txt")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.line").value(8))
        .andExpect(jsonPath("$.reason", containsString("Effective Date")));
    upload("ncci", "ccipra-v311r0-f1.txt", "setting", "FACILITY")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("setting"));
    upload("mue", "MCR_MUE_PractitionerServices_Eff_01-01-2025.csv", "effectiveDate", "01/01/2025")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("effectiveDate"));
    mvc.perform(multipart("/api/reference/asp"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("file"));
  }

  @Test
  void theCmsZipIsAcceptedAsDownloaded() throws Exception {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("April 2025 ASP Pricing File.xlsx"));
      out.write(new byte[] {1, 2, 3});
      out.putNextEntry(new ZipEntry("section 508 version of April 2025 ASP Pricing File.csv"));
      out.write(CmsFiles.bytes("asp-2025q2.csv"));
    }
    upload("asp", "april-2025-asp-pricing-file.zip", zip.toByteArray())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value("2025Q2"))
        .andExpect(jsonPath("$.rowsLoaded").value(3))
        .andExpect(jsonPath("$.fileName", containsString("section 508 version")));
  }
}

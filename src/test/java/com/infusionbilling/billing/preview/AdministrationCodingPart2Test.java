package com.infusionbilling.billing.preview;

import static com.infusionbilling.billing.preview.Part2Fixtures.admin;
import static com.infusionbilling.billing.preview.Part2Fixtures.edits;
import static com.infusionbilling.billing.preview.Part2Fixtures.lines;
import static com.infusionbilling.billing.preview.Part2Fixtures.payment;
import static com.infusionbilling.billing.preview.Part2Fixtures.preview;
import static com.infusionbilling.billing.preview.Part2Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.infusionbilling.billing.coding.ClaimType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 items 1–3: the initial service by claim type, sequential pushes and the administration
 * category from the drug catalogue. Facility (837I) and professional (837P) variants of the same
 * encounter side by side; Medicare Part B with the test rates ($50 per administration code) and the
 * test chargemaster.
 */
class AdministrationCodingPart2Test {

  /** Hydration 09:00–11:00 for dehydration, an ondansetron push at 09:10. */
  static final List<PreviewRequest.Administration> HYDRATION_AND_PUSH =
      List.of(
          admin("h1", "IV_INFUSION HYDRATION - 09:00-11:00"),
          admin("p1", "IV_PUSH - J2405 09:10-09:12"));

  @Test
  void item1FacilityChoosesTheInitialServiceByTheHierarchy() {
    // CPT infusion guidelines, facility reporting: therapeutic > hydration and infusion > push,
    // so the push is the initial service and the 120-minute hydration is secondary 96361 x2
    PreviewResponse facility =
        preview(
            request(
                "MEDICARE_PART_B", ClaimType.INSTITUTIONAL, "h1", List.of(), HYDRATION_AND_PUSH));
    assertThat(lines(facility))
        .containsExactly("96374 x1 [] 190.00/50.00 rev 0260", "96361 x2 [] 196.00/0.00 rev 0260");
    assertThat(facility.lines().get(0).explanation())
        .contains("by the hierarchy", "CPT infusion guidelines, facility reporting");
    // under OPPS the add-on hydration hours are packaged (status indicator N): reported, paid 0
    assertThat(facility.lines().get(1).explanation())
        .contains("OPPS status indicator N (Addendum B 2025Q1): packaged");
    assertThat(edits(facility)).isEmpty();
    assertThat(payment(facility)).isEqualTo("50.00 / 10.00 / 39.20");
  }

  @Test
  void item1ProfessionalReportsThePrimaryReasonAsInitial() {
    // CPT: the physician reports as initial the service that best describes the primary reason for
    // the encounter: the hydration (primaryAdministrationId h1), then the push as a new drug
    PreviewResponse professional =
        preview(
            request(
                "MEDICARE_PART_B", ClaimType.PROFESSIONAL, "h1", List.of(), HYDRATION_AND_PUSH));
    assertThat(lines(professional))
        .containsExactly(
            "96360 x1 [] 245.00/50.00", "96361 x1 [] 98.00/50.00", "96375 x1 [] 80.00/50.00");
    assertThat(professional.lines().get(0).explanation())
        .contains("the primary reason for the encounter (primaryAdministrationId", "CPT");
    assertThat(edits(professional)).isEmpty();
    assertThat(payment(professional)).isEqualTo("150.00 / 30.00 / 117.60");
  }

  @Test
  void item1ProfessionalWithoutAPrimaryFallsBackToTheHierarchyWithAWarning() {
    PreviewResponse professional =
        preview(
            request(
                "MEDICARE_PART_B", ClaimType.PROFESSIONAL, null, List.of(), HYDRATION_AND_PUSH));
    assertThat(lines(professional))
        .containsExactly("96374 x1 [] 190.00/50.00", "96361 x2 [] 196.00/100.00");
    assertThat(edits(professional)).containsExactly("WARNING INITIAL_SERVICE_BY_HIERARCHY");
    assertThat(professional.edits().get(0).message())
        .contains("primary reason for the encounter", "administration p1 among 2 services");
  }

  @Test
  void item1AnUnknownPrimaryAdministrationIdIsBadInput() {
    assertThatThrownBy(
            () ->
                preview(
                    request(
                        "MEDICARE_PART_B",
                        ClaimType.PROFESSIONAL,
                        "x9",
                        List.of(),
                        HYDRATION_AND_PUSH)))
        .isInstanceOfSatisfying(
            InvalidBillingInputException.class,
            e -> assertThat(e.field()).isEqualTo("primaryAdministrationId"));
  }

  /** Rituximab 09:00–10:00, then fluorouracil pushed at 10:05 and again at 11:00. */
  static final List<PreviewRequest.Administration> CHEMO_PUSHES =
      List.of(
          admin("c1", "IV_INFUSION - J9312 09:00-10:00"),
          admin("f1", "IV_PUSH - J9190 10:05-10:07"),
          admin("f2", "IV_PUSH - J9190 11:00-11:02"));

  @Test
  void item2ARepeatChemotherapyPushIsNot96411() {
    // CPT 96411 is "each additional substance/drug": only the first fluorouracil push is 96411
    PreviewResponse professional =
        preview(request("MEDICARE_PART_B", ClaimType.PROFESSIONAL, "c1", List.of(), CHEMO_PUSHES));
    assertThat(lines(professional))
        .containsExactly("96413 x1 [] 410.00/50.00", "96411 x1 [] 175.00/50.00");
    assertThat(professional.lines().get(1).explanation())
        .contains("CPT 96411: each additional substance/drug");
    assertThat(edits(professional)).containsExactly("WARNING PUSH_SAME_DRUG_FACILITY_ONLY");
    assertThat(professional.edits().get(0).message())
        .contains("96411 is each additional substance/drug, not a repeat of the same drug");
    assertThat(payment(professional)).isEqualTo("100.00 / 20.00 / 78.40");

    // facility: the 96376 rules (same drug pushed again at least 30 minutes later)
    PreviewResponse facility =
        preview(request("MEDICARE_PART_B", ClaimType.INSTITUTIONAL, null, List.of(), CHEMO_PUSHES));
    assertThat(lines(facility))
        .containsExactly(
            "96413 x1 [] 410.00/50.00 rev 0335",
            "96411 x1 [] 175.00/50.00 rev 0335",
            "96376 x1 [] 70.00/0.00 rev 0260");
    assertThat(facility.lines().get(2).explanation())
        .contains("at least 30 minutes later, facility claim -> 96376", "not 96411");
    assertThat(edits(facility)).isEmpty();
  }

  @Test
  void item3TheDrugCatalogueDecidesTheCategoryAndADisagreeingCallerIsWarned() {
    // rituximab and pembrolizumab are complex biologics (monoclonal antibodies): chemotherapy
    // administration codes (Pub. 100-04 ch. 12 §30.5; CR 13468), whatever the caller says
    List<PreviewRequest.Administration> saidTherapeutic =
        List.of(admin("k1", "IV_INFUSION THERAPEUTIC J9271 09:00-09:40"));
    for (ClaimType type : ClaimType.values()) {
      PreviewResponse response =
          preview(request("MEDICARE_PART_B", type, null, List.of(), saidTherapeutic));
      assertThat(lines(response))
          .containsExactly(
              "96413 x1 [] 410.00/50.00" + (type == ClaimType.INSTITUTIONAL ? " rev 0335" : ""));
      assertThat(edits(response)).containsExactly("WARNING ADMIN_CATEGORY_FROM_CATALOGUE");
      assertThat(response.edits().get(0).message())
          .isEqualTo(
              "administrations[0] says THERAPEUTIC but the drug catalogue has J9271 as"
                  + " CHEMOTHERAPY (test category source for J9271); coded as CHEMOTHERAPY");
    }
    // immune globulin given "as chemotherapy" is a therapeutic infusion
    PreviewResponse ivig =
        preview(
            request(
                "MEDICARE_PART_B",
                ClaimType.PROFESSIONAL,
                null,
                List.of(),
                List.of(admin("g1", "IV_INFUSION CHEMOTHERAPY J1569 09:00-10:40"))));
    assertThat(lines(ivig)).containsExactly("96365 x1 [] 250.00/50.00", "96366 x1 [] 135.00/50.00");
    assertThat(edits(ivig)).containsExactly("WARNING ADMIN_CATEGORY_FROM_CATALOGUE");
    // no category from the caller: no warning
    PreviewResponse none =
        preview(
            request(
                "MEDICARE_PART_B",
                ClaimType.PROFESSIONAL,
                null,
                List.of(),
                List.of(admin("k1", "IV_INFUSION - J9271 09:00-09:40"))));
    assertThat(edits(none)).isEmpty();
    assertThat(lines(none)).containsExactly("96413 x1 [] 410.00/50.00");
  }

  @Test
  void item3APayerSettingStillCodesListedBiologicsTherapeutically() {
    // Acme codes infliximab with therapeutic codes (payer policy), the catalogue says complex
    PreviewResponse acme =
        preview(
            request(
                "COMMERCIAL_ACME",
                ClaimType.PROFESSIONAL,
                null,
                List.of(),
                List.of(admin("a1", "IV_INFUSION - J1745 09:00-11:35"))));
    assertThat(lines(acme))
        .extracting(l -> l.substring(0, 9))
        .containsExactly("96365 x1 ", "96366 x2 ");
    assertThat(acme.lines().get(0).explanation())
        .contains("the payer codes J1745 with therapeutic administration codes");
  }
}

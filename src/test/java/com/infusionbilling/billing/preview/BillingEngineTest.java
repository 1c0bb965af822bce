package com.infusionbilling.billing.preview;

import static com.infusionbilling.billing.TestReference.DOS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.infusionbilling.billing.TestReference;
import com.infusionbilling.billing.coding.ClaimType;
import com.infusionbilling.billing.coding.DrugCategory;
import com.infusionbilling.billing.coding.Edit;
import com.infusionbilling.billing.coding.Route;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BillingEngineTest {
  static final BillingEngine ENGINE = new BillingEngine(ZoneId.of("America/New_York"), 30);

  static PreviewRequest.Drug infliximab365() {
    return new PreviewRequest.Drug(
        "J1745",
        "57894-030-01",
        new BigDecimal("365"),
        "mg",
        List.of(new PreviewRequest.Container(new BigDecimal("100"), "mg", 4)),
        true,
        List.of(1));
  }

  static PreviewRequest.Administration infusion(String id, String drug, String start, String stop) {
    return new PreviewRequest.Administration(
        id,
        Route.IV_INFUSION,
        drug == null ? DrugCategory.HYDRATION : null,
        drug,
        start == null ? null : DOS.atTime(java.time.LocalTime.parse(start)),
        stop == null ? null : DOS.atTime(java.time.LocalTime.parse(stop)),
        "left forearm",
        List.of(1));
  }

  static PreviewRequest request(
      String payer, List<PreviewRequest.Drug> drugs, List<PreviewRequest.Administration> admins) {
    return new PreviewRequest(payer, ClaimType.PROFESSIONAL, DOS, drugs, admins, null, null, DOS);
  }

  @Test
  void infliximabWorkedExampleThroughTheWholeEngine() {
    PreviewResponse response =
        ENGINE.preview(
            request(
                "MEDICARE_PART_B",
                List.of(infliximab365()),
                List.of(infusion("a1", "J1745", "09:00", "11:35"))),
            TestReference.snapshot(),
            DOS);
    assertThat(response.lines())
        .extracting(l -> l.code() + "x" + l.units() + l.modifiers())
        .containsExactly("J1745x37[]", "J1745x3[JW]", "96413x1[]", "96415x2[]");
    // infliximab is a monoclonal antibody: complex drug administration with the chemotherapy codes
    // (drug catalogue; Pub. 100-04 ch. 12 §30.5, CR 13468)
    assertThat(response.lines().get(2).explanation()).contains("chemotherapy IV infusion of J1745");
    PreviewResponse.Line administered = response.lines().get(0);
    assertThat(administered.ndc()).isEqualTo("57894003001");
    assertThat(administered.ndcUnit()).isEqualTo("UN");
    assertThat(administered.ndcQuantity()).isEqualByComparingTo("3.650");
    assertThat(response.lines().get(1).ndcQuantity()).isEqualByComparingTo("0.350");
    assertThat(administered.explanation())
        .contains("365 mg administered", "rounded up", "37 units", "5-3-2");
    // drugs 40 x $25 = $1,000; administration 96413 $50 + 96415 2 x $50 = $150 (test rates)
    assertThat(response.expectedPayment().allowed()).isEqualByComparingTo("1150.00");
    assertThat(response.expectedPayment().patientResponsibility()).isEqualByComparingTo("230.00");
    assertThat(response.expectedPayment().payerPayment()).isEqualByComparingTo("901.60");
    assertThat(response.lines())
        .allSatisfy(
            l -> {
              assertThat(l.explanation()).isNotBlank();
              assertThat(l.ruleId()).isNotBlank();
              assertThat(l.revenueCode()).isNull();
            });
    assertThat(response.edits()).isEmpty();
  }

  @Test
  void institutionalLinesCarryRevenueCodes() {
    PreviewRequest r =
        new PreviewRequest(
            "MEDICARE_PART_B",
            ClaimType.INSTITUTIONAL,
            DOS,
            List.of(infliximab365()),
            List.of(infusion("a1", "J1745", "09:00", "10:00")),
            null,
            null,
            DOS);
    assertThat(ENGINE.preview(r, TestReference.snapshot(), DOS).lines())
        .extracting(PreviewResponse.Line::revenueCode)
        .containsExactly("0636", "0636", "0335");
  }

  @Test
  void aPayerWithoutJzStillBillsTheWasteOnAJwLine() {
    PreviewResponse response =
        ENGINE.preview(
            request("COMMERCIAL_ACME", List.of(infliximab365()), List.of()),
            TestReference.snapshot(),
            DOS);
    assertThat(response.lines())
        .extracting(l -> l.code() + "x" + l.units() + l.modifiers())
        .containsExactly("J1745x37[]", "J1745x3[JW]");
  }

  @Test
  void ndcProblemsAreEditsNotErrors() {
    PreviewRequest.Drug noNdc =
        new PreviewRequest.Drug(
            "J1745",
            null,
            new BigDecimal("400"),
            "mg",
            List.of(new PreviewRequest.Container(new BigDecimal("100"), "mg", 4)),
            true,
            List.of(1));
    PreviewRequest.Drug badNdc =
        new PreviewRequest.Drug(
            "J1745",
            "5789-ABC",
            new BigDecimal("400"),
            "mg",
            List.of(new PreviewRequest.Container(new BigDecimal("100"), "mg", 4)),
            true,
            List.of(1));
    PreviewRequest.Drug otherDrugsNdc =
        new PreviewRequest.Drug(
            "J1745",
            "50242-150-01",
            new BigDecimal("400"),
            "mg",
            List.of(new PreviewRequest.Container(new BigDecimal("100"), "mg", 4)),
            true,
            List.of(1));
    assertThat(
            ENGINE
                .preview(
                    request("MEDICARE_PART_B", List.of(noNdc), List.of()),
                    TestReference.snapshot(),
                    DOS)
                .edits())
        .extracting(Edit::code)
        .containsExactly("NDC_MISSING");
    assertThat(
            ENGINE
                .preview(
                    request("MEDICARE_PART_B", List.of(badNdc), List.of()),
                    TestReference.snapshot(),
                    DOS)
                .edits())
        .extracting(Edit::code)
        .containsExactly("NDC_INVALID");
    assertThat(
            ENGINE
                .preview(
                    request("MEDICARE_PART_B", List.of(otherDrugsNdc), List.of()),
                    TestReference.snapshot(),
                    DOS)
                .edits())
        .extracting(Edit::code)
        .containsExactly("NDC_HCPCS_MISMATCH");
  }

  @Test
  void undocumentedContainersOfASingleDoseDrugAskForJwOrJz() {
    PreviewRequest.Drug drug =
        new PreviewRequest.Drug(
            "J1745", "57894-0030-01", new BigDecimal("365"), "mg", List.of(), null, List.of(1));
    PreviewResponse response =
        ENGINE.preview(
            request("MEDICARE_PART_B", List.of(drug), List.of()), TestReference.snapshot(), DOS);
    assertThat(response.edits()).extracting(Edit::code).containsExactly("JW_JZ_MISSING");
    assertThat(response.lines().get(0).explanation()).contains("single-dose per the NDC catalogue");
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        bad(
            "unknown payer",
            "payerId",
            r ->
                new PreviewRequest(
                    "NOPE",
                    r.claimType(),
                    r.serviceDate(),
                    r.drugs(),
                    r.administrations(),
                    null,
                    null,
                    r.submissionDate())),
        bad(
            "missing claim type",
            "claimType",
            r ->
                new PreviewRequest(
                    r.payerId(),
                    null,
                    r.serviceDate(),
                    r.drugs(),
                    r.administrations(),
                    null,
                    null,
                    r.submissionDate())),
        bad(
            "missing service date",
            "serviceDate",
            r ->
                new PreviewRequest(
                    r.payerId(),
                    r.claimType(),
                    null,
                    r.drugs(),
                    r.administrations(),
                    null,
                    null,
                    null)),
        bad(
            "nothing to code",
            "drugs",
            r ->
                new PreviewRequest(
                    r.payerId(),
                    r.claimType(),
                    r.serviceDate(),
                    List.of(),
                    List.of(),
                    null,
                    null,
                    r.submissionDate())),
        bad(
            "unknown HCPCS",
            "drugs[0].hcpcs",
            r ->
                withDrug(
                    r,
                    new PreviewRequest.Drug(
                        "J9999", null, BigDecimal.TEN, "mg", List.of(), false, null))),
        bad(
            "negative amount",
            "drugs[0].administeredAmount",
            r ->
                withDrug(
                    r,
                    new PreviewRequest.Drug(
                        "J1745", null, new BigDecimal("-5"), "mg", List.of(), false, null))),
        bad(
            "zero amount",
            "drugs[0].administeredAmount",
            r ->
                withDrug(
                    r,
                    new PreviewRequest.Drug(
                        "J1745", null, BigDecimal.ZERO, "mg", List.of(), false, null))),
        bad(
            "unknown unit",
            "drugs[0].amountUnit",
            r ->
                withDrug(
                    r,
                    new PreviewRequest.Drug(
                        "J1745", null, BigDecimal.TEN, "tablets", List.of(), false, null))),
        bad(
            "unconvertible unit",
            "drugs[0].amountUnit",
            r ->
                withDrug(
                    r,
                    new PreviewRequest.Drug(
                        "J1745", null, BigDecimal.TEN, "units", List.of(), false, null))),
        bad(
            "unconvertible container unit",
            "drugs[0].containers[0].unit",
            r ->
                withDrug(
                    r,
                    new PreviewRequest.Drug(
                        "J1745",
                        null,
                        BigDecimal.TEN,
                        "mg",
                        List.of(new PreviewRequest.Container(BigDecimal.TEN, "mL", 1)),
                        true,
                        null))),
        bad(
            "negative container size",
            "drugs[0].containers[0].size",
            r ->
                withDrug(
                    r,
                    new PreviewRequest.Drug(
                        "J1745",
                        null,
                        BigDecimal.TEN,
                        "mg",
                        List.of(new PreviewRequest.Container(new BigDecimal("-100"), "mg", 1)),
                        true,
                        null))),
        bad(
            "zero containers",
            "drugs[0].containers[0].count",
            r ->
                withDrug(
                    r,
                    new PreviewRequest.Drug(
                        "J1745",
                        null,
                        BigDecimal.TEN,
                        "mg",
                        List.of(new PreviewRequest.Container(BigDecimal.TEN, "mg", 0)),
                        true,
                        null))),
        bad(
            "containers smaller than the dose",
            "drugs[0].containers",
            r ->
                withDrug(
                    r,
                    new PreviewRequest.Drug(
                        "J1745",
                        null,
                        new BigDecimal("365"),
                        "mg",
                        List.of(new PreviewRequest.Container(new BigDecimal("100"), "mg", 3)),
                        true,
                        null))),
        bad(
            "container type unknown without a catalogue NDC",
            "drugs[0].singleDoseContainer",
            r ->
                withDrug(
                    r,
                    new PreviewRequest.Drug(
                        "J1745", null, BigDecimal.TEN, "mg", List.of(), null, null))),
        bad(
            "diagnosis pointer out of range",
            "drugs[0].diagnosisPointers[0]",
            r ->
                withDrug(
                    r,
                    new PreviewRequest.Drug(
                        "J1745", null, BigDecimal.TEN, "mg", List.of(), false, List.of(13)))),
        bad(
            "stop before start",
            "administrations[0].stop",
            r -> withAdmin(r, infusion("a1", "J1745", "10:00", "09:00"))),
        bad(
            "start on another date",
            "administrations[0].start",
            r ->
                withAdmin(
                    r,
                    new PreviewRequest.Administration(
                        "a1",
                        Route.IV_INFUSION,
                        DrugCategory.THERAPEUTIC,
                        "J1745",
                        LocalDateTime.of(2025, 3, 5, 9, 0),
                        LocalDateTime.of(2025, 3, 5, 10, 0),
                        "L",
                        List.of(1)))),
        bad(
            "missing route",
            "administrations[0].route",
            r ->
                withAdmin(
                    r,
                    new PreviewRequest.Administration(
                        "a1", null, DrugCategory.THERAPEUTIC, "J1745", null, null, "L", null))),
        bad(
            "unknown administration HCPCS",
            "administrations[0].drugHcpcs",
            r -> withAdmin(r, infusion("a1", "J0000", "09:00", "10:00"))),
        bad(
            "authorization end before start",
            "authorization.end",
            r ->
                new PreviewRequest(
                    r.payerId(),
                    r.claimType(),
                    r.serviceDate(),
                    r.drugs(),
                    r.administrations(),
                    new PreviewRequest.Authorization("J1745", 10, DOS, DOS.minusDays(1), null),
                    null,
                    r.submissionDate())),
        bad(
            "negative authorized units",
            "authorization.remainingUnits",
            r ->
                new PreviewRequest(
                    r.payerId(),
                    r.claimType(),
                    r.serviceDate(),
                    r.drugs(),
                    r.administrations(),
                    new PreviewRequest.Authorization("J1745", -1, DOS, DOS, null),
                    null,
                    r.submissionDate())),
        bad(
            "submission before service",
            "submissionDate",
            r ->
                new PreviewRequest(
                    r.payerId(),
                    r.claimType(),
                    r.serviceDate(),
                    r.drugs(),
                    r.administrations(),
                    null,
                    null,
                    DOS.minusDays(1))));
  }

  static Arguments bad(String what, String field, UnaryOperator<PreviewRequest> change) {
    return Arguments.of(what, field, change);
  }

  static PreviewRequest withDrug(PreviewRequest r, PreviewRequest.Drug drug) {
    return new PreviewRequest(
        r.payerId(),
        r.claimType(),
        r.serviceDate(),
        List.of(drug),
        r.administrations(),
        null,
        null,
        r.submissionDate());
  }

  static PreviewRequest withAdmin(PreviewRequest r, PreviewRequest.Administration admin) {
    return new PreviewRequest(
        r.payerId(),
        r.claimType(),
        r.serviceDate(),
        r.drugs(),
        List.of(admin),
        null,
        null,
        r.submissionDate());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("badInputs")
  void badInputNamesTheField(String what, String field, UnaryOperator<PreviewRequest> change) {
    PreviewRequest valid =
        request(
            "MEDICARE_PART_B",
            List.of(infliximab365()),
            List.of(infusion("a1", "J1745", "09:00", "10:00")));
    assertThat(ENGINE.preview(valid, TestReference.snapshot(), DOS).lines()).isNotEmpty();
    assertThatThrownBy(() -> ENGINE.preview(change.apply(valid), TestReference.snapshot(), DOS))
        .as(what)
        .isInstanceOfSatisfying(
            InvalidBillingInputException.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}

package com.infusionbilling.billing.reference.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.infusionbilling.billing.coding.EditSetting;
import com.infusionbilling.billing.reference.AspPrice;
import com.infusionbilling.billing.reference.MueLimit;
import com.infusionbilling.billing.reference.PtpEdit;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CmsFileParsersTest {

  @Test
  void aspFileWithItsPreambleIsReadByColumnName() {
    AspFile.Parsed parsed = AspFile.parse(CmsFiles.text("asp-2025q1.csv"), "asp-2025q1.csv", null);
    assertThat(parsed.quarter()).isEqualTo("2025Q1");
    assertThat(parsed.start()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(parsed.end()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(parsed.rows())
        .extracting(AspPrice::hcpcs)
        .containsExactly("J1745", "J2350", "J9312");
    AspPrice ocrelizumab = parsed.rows().get(1);
    assertThat(ocrelizumab.paymentLimit()).isEqualByComparingTo("60.000");
    assertThat(ocrelizumab.coinsurancePercent()).isEqualByComparingTo("18");
    assertThat(ocrelizumab.dosage()).isEqualTo("1 MG");
    // J7318 has no payment limit: reported as a rejected row with its line and the Notes text
    assertThat(parsed.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.line()).isEqualTo(13);
              assertThat(r.reason()).contains("J7318", "no payment limit", "See note");
            });
  }

  @Test
  void theWindows1252RegisteredSignInTheAmaNoticeDecodes() {
    assertThat(CmsFiles.text("asp-2025q1.csv")).contains("CPT\u00ae codes");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a payment limit that is not a number | asp-malformed.csv | 11 | Payment Limit 'abc' is not a number",
        "no header row                        | asp-no-header.csv | 2  | no header row"
      })
  void aMalformedAspFileIsRejectedWithLineAndReason(
      String what, String file, long line, String reason) {
    assertThatThrownBy(() -> AspFile.parse(CmsFiles.text(file), file, null))
        .as(what)
        .isInstanceOfSatisfying(
            FileRejectedException.class,
            e -> {
              assertThat(e.line()).isEqualTo(line);
              assertThat(e.reason()).contains(reason);
            });
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "july-2025-asp-pricing-file.csv, 2025Q3",
    "section 508 version of October 2024 ASP Pricing File updated 110424.csv, 2024Q4",
    "Jan 2026 ASP Pricing File.csv, 2026Q1",
    "payment-limits.csv, "
  })
  void theAspQuarterComesFromTheFileName(String name, String quarter) {
    assertThat(CmsQuarter.quarterOf(name)).isEqualTo(quarter);
  }

  @Test
  void anAspQuarterThatContradictsTheFileIsRejected() {
    assertThatThrownBy(() -> AspFile.parse(CmsFiles.text("asp-2025q1.csv"), "x.csv", "2025Q2"))
        .isInstanceOfSatisfying(
            FileRejectedException.class, e -> assertThat(e.field()).isEqualTo("quarter"));
    assertThat(AspFile.parse(CmsFiles.text("asp-2025q1.csv"), "x.csv", "2025-Q1").quarter())
        .isEqualTo("2025Q1");
  }

  @Test
  void practitionerMueTableWithMultiLineNoticeAndHeader() {
    MueFile.Parsed parsed =
        MueFile.parse(
            CmsFiles.text("MCR_MUE_PractitionerServices_Eff_01-01-2025.csv"),
            "MCR_MUE_PractitionerServices_Eff_01-01-2025.csv",
            null,
            null);
    assertThat(parsed.setting()).isEqualTo(EditSetting.PRACTITIONER);
    assertThat(parsed.effectiveDate()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(parsed.rows())
        .extracting(MueLimit::code, MueLimit::value, MueLimit::mai)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("J1745", 35, 3),
            org.assertj.core.groups.Tuple.tuple("96365", 1, 2),
            org.assertj.core.groups.Tuple.tuple("96366", 8, 3),
            org.assertj.core.groups.Tuple.tuple("J2350", 600, 1));
    assertThat(parsed.rows().get(0).rationale()).isEqualTo("Clinical: Data");
    assertThat(parsed.rejections()).isEmpty();
  }

  @Test
  void facilityMueTableIsRecognisedByItsHeader() {
    MueFile.Parsed parsed =
        MueFile.parse(
            CmsFiles.text("MCR_MUE_OutpatientHospitalServices_Eff_01-01-2025.csv"),
            "facility.csv",
            null,
            LocalDate.of(2025, 1, 1));
    assertThat(parsed.setting()).isEqualTo(EditSetting.FACILITY);
    assertThatThrownBy(
            () ->
                MueFile.parse(
                    CmsFiles.text("MCR_MUE_OutpatientHospitalServices_Eff_01-01-2025.csv"),
                    "f.csv",
                    EditSetting.PRACTITIONER,
                    LocalDate.of(2025, 1, 1)))
        .isInstanceOfSatisfying(
            FileRejectedException.class, e -> assertThat(e.field()).isEqualTo("setting"));
  }

  @Test
  void aMalformedMueTableIsRejectedWithLineAndReason() {
    String name = "MCR_MUE_PractitionerServices_Eff_04-01-2025-malformed.csv";
    assertThatThrownBy(() -> MueFile.parse(CmsFiles.text(name), name, null, null))
        .isInstanceOfSatisfying(
            FileRejectedException.class,
            e -> {
              assertThat(e.line()).isEqualTo(7);
              assertThat(e.reason()).contains("MUE Adjudication Indicator", "96365");
            });
  }

  @Test
  void anMueTableWithoutAnEffectiveDateNeedsOne() {
    assertThatThrownBy(
            () ->
                MueFile.parse(
                    CmsFiles.text("MCR_MUE_PractitionerServices_Eff_01-01-2025.csv"),
                    "mue.csv",
                    null,
                    null))
        .isInstanceOfSatisfying(
            FileRejectedException.class, e -> assertThat(e.field()).isEqualTo("effectiveDate"));
  }

  @Test
  void ncciPtpTextFileWithItsMultiLineHeader() {
    NcciPtpFile.Parsed parsed =
        NcciPtpFile.parse(
            CmsFiles.text("ccipra-v311r0-f1.txt"), "ccipra-v311r0-f1.txt", null, null);
    assertThat(parsed.setting()).isEqualTo(EditSetting.PRACTITIONER);
    assertThat(parsed.version()).isEqualTo("v311r0");
    assertThat(parsed.rows()).hasSize(6);
    PtpEdit first = parsed.rows().get(0).edit();
    assertThat(first.column1()).isEqualTo("96365");
    assertThat(first.column2()).isEqualTo("96360");
    assertThat(first.effective()).isEqualTo(LocalDate.of(2009, 1, 1));
    assertThat(first.deletion()).isNull();
    assertThat(first.modifierIndicator()).isEqualTo('1');
    assertThat(first.rationale()).contains("Misuse");
    assertThat(parsed.rows().get(3).prior1996()).isTrue();
    assertThat(parsed.rows().get(4).edit().deletion()).isEqualTo(LocalDate.of(2010, 1, 1));
    assertThat(parsed.rows().get(5).edit().modifierIndicator()).isEqualTo('9');
  }

  @Test
  void ncciPtpSpreadsheetSavedAsCsvNeedsItsSetting() {
    assertThatThrownBy(
            () ->
                NcciPtpFile.parse(CmsFiles.text("ncci-practitioner.csv"), "edits.csv", null, null))
        .isInstanceOfSatisfying(
            FileRejectedException.class, e -> assertThat(e.field()).isEqualTo("setting"));
    NcciPtpFile.Parsed parsed =
        NcciPtpFile.parse(
            CmsFiles.text("ncci-practitioner.csv"), "edits.csv", EditSetting.FACILITY, null);
    assertThat(parsed.rows())
        .singleElement()
        .satisfies(r -> assertThat(r.edit().setting()).isEqualTo(EditSetting.FACILITY));
    assertThat(parsed.version()).isEqualTo("through-2009-01-01");
  }

  @Test
  void aMalformedNcciFileIsRejectedWithLineAndReason() {
    assertThatThrownBy(
            () ->
                NcciPtpFile.parse(
                    CmsFiles.text("ccipra-v313r0-malformed.txt"),
                    "ccipra-v313r0-malformed.txt",
                    null,
                    null))
        .isInstanceOfSatisfying(
            FileRejectedException.class,
            e -> {
              assertThat(e.line()).isEqualTo(8);
              assertThat(e.reason()).contains("Effective Date '2009-01-01'");
            });
  }
}

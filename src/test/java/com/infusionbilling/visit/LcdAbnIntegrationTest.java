package com.infusionbilling.visit;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.audit.AuditLog;
import com.infusionbilling.billing.reference.LcdCoverage;
import com.infusionbilling.billing.scrub.SiteOfCare;
import com.infusionbilling.claim.NewClaimLine;
import com.infusionbilling.episode.EpisodeService;
import com.infusionbilling.process.ProcessMessages;
import com.infusionbilling.remittance.PatientBalances;
import com.infusionbilling.testing.EpisodeFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Medicare "checks NCD/LCD on the claim" made real (issue 14 item 7), with the real services and
 * database: the readiness facts check the order's diagnoses against the drug's LCD (L35677 for
 * infliximab, V4_34), a diagnosis it does not cover needs an ABN (CMS-R-131) before the dose, and
 * the ABN's outcome reaches coding as GA (signed) or GZ (not signed) on the drug lines, never on
 * the administration line. Commercial payers and covered diagnoses are not asked for an ABN.
 */
@SpringBootTest
@Import(EpisodeFixtures.class)
class LcdAbnIntegrationTest {
  @Autowired EpisodeFixtures fixtures;
  @Autowired EpisodeService episodes;
  @Autowired VisitService visits;
  @Autowired VisitReadiness readiness;
  @Autowired RecordAbnWorker recordAbn;
  @Autowired RecordAdministrationWorker recordAdministration;
  @Autowired CodeEncounterWorker codeEncounter;
  @Autowired RecordSelfPayBalanceWorker recordSelfPay;
  @Autowired VisitClaimService visitClaims;
  @Autowired VisitCodingRepository codings;
  @Autowired PatientBalances balances;
  @Autowired AuditLog auditLog;
  @Autowired LcdCoverage lcds;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactions;
  @MockitoBean ProcessMessages messages;

  final LocalDate day = LocalDate.now(ZoneId.of("America/New_York")).minusDays(1);

  long visit(String payerId, String... diagnoses) {
    return visitOf(payerId, "J1745", diagnoses);
  }

  long visitOf(String payerId, String hcpcs, String... diagnoses) {
    var episode =
        fixtures.episode(
            payerId,
            "LCD-" + System.nanoTime() % 100000,
            hcpcs,
            SiteOfCare.OFFICE,
            List.of(diagnoses));
    episodes.activate(episode.getId());
    return visits
        .schedule(
            episode.getId(),
            new VisitService.ScheduleRequest(
                day.atTime(9, 0), SiteOfCare.OFFICE, DrugSource.BUY_AND_BILL),
            "test")
        .visitId();
  }

  @Test
  void aDiagnosisTheLcdCoversNeedsNoAbn() {
    long visitId = visit("MEDICARE_PART_B", "K50.90");

    assertThat(readiness.facts(visitId))
        .containsEntry("lcdId", "L35677")
        .containsEntry("lcdArticleId", "A56432")
        .containsEntry("lcdCovered", true)
        .containsEntry("abnNeeded", false);
  }

  @Test
  void aDiagnosisTheLcdDoesNotCoverNeedsAnAbnOnlyForMedicare() {
    // fibromyalgia is no indication of infliximab under L35677
    long medicare = visit("MEDICARE_PART_B", "M79.7");
    long commercial = visit("COMMERCIAL_ACME", "M79.7");

    assertThat(readiness.facts(medicare))
        .containsEntry("lcdId", "L35677")
        .containsEntry("lcdCovered", false)
        .containsEntry("abnNeeded", true);
    assertThat(readiness.facts(commercial))
        .containsEntry("lcdId", "")
        .containsEntry("abnNeeded", false);
  }

  /**
   * V5_10: the immune globulins are checked against LCD L34580 (article A56718): CIDP (G61.81) is
   * covered, fibromyalgia is not and needs an ABN; the infliximab biosimilars follow L35677.
   */
  @Test
  void immuneGlobulinAndInfliximabBiosimilarsAreCheckedAgainstTheirLcd() {
    long covered = visitOf("MEDICARE_PART_B", "J1569", "G61.81");
    long notCovered = visitOf("MEDICARE_PART_B", "J1569", "M79.7");
    long biosimilar = visitOf("MEDICARE_PART_B", "Q5103", "M79.7");
    long biosimilarCovered = visitOf("MEDICARE_PART_B", "Q5121", "K51.90");

    assertThat(readiness.facts(covered))
        .containsEntry("lcdId", "L34580")
        .containsEntry("lcdArticleId", "A56718")
        .containsEntry("lcdCovered", true)
        .containsEntry("abnNeeded", false);
    assertThat(readiness.facts(notCovered))
        .containsEntry("lcdId", "L34580")
        .containsEntry("lcdCovered", false)
        .containsEntry("abnNeeded", true);
    assertThat(readiness.facts(biosimilar))
        .containsEntry("lcdId", "L35677")
        .containsEntry("abnNeeded", true);
    assertThat(readiness.facts(biosimilarCovered))
        .containsEntry("lcdId", "L35677")
        .containsEntry("abnNeeded", false);
  }

  /**
   * The other Medicare Part B drugs of DOMAIN.md have no diagnosis list loaded, and none is made
   * up: without rows the drug is not checked (no ABN asked), as the LCD check's contract says. Each
   * row names why (docs/lifecycle.md "Known gaps"); loading a MAC's article for one of them must
   * change its row here.
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}: {1}")
  @org.junit.jupiter.params.provider.CsvSource({
    "J9312, 'rituximab: LCD L35026 exists, its article''s ICD-10 list was not retrieved'",
    "J0897, 'denosumab: article A52399 exists, its ICD-10 list was not retrieved'",
    "J9271, 'pembrolizumab: anticancer, covered for compendia-accepted uses, no LCD found'",
    "J2350, 'ocrelizumab: no LCD found, covered per label'",
    "J3380, 'vedolizumab: no LCD found, covered per label'",
    "J2323, 'natalizumab: no LCD found, covered per label'",
  })
  void drugsWithoutALoadedDiagnosisListAreNotChecked(String hcpcs, String why) {
    assertThat(lcds.check(hcpcs, List.of("M79.7"))).as(why).isEmpty();
  }

  @Test
  void aSignedAbnBillsTheDrugLinesGaAndIsAskedForOnce() {
    long visitId = visit("MEDICARE_PART_B", "M79.7");

    assertThat(
            recordAbn.record(
                visitId, "SIGNED", day.minusDays(3).toString(), "L35677", "coordinator"))
        .containsEntry("abnModifier", "GA");
    // delivered twice, or answered differently later: the first outcome stays
    assertThat(recordAbn.record(visitId, "NOT_SIGNED", null, "L35677", "coordinator"))
        .containsEntry("abnModifier", "GA");
    assertThat(readiness.facts(visitId))
        .containsEntry("abnStatus", "SIGNED")
        .containsEntry("abnNeeded", false);

    assertThat(codedLines(visitId))
        .anySatisfy(l -> assertLine(l, "J1745", "GA"))
        .allSatisfy(l -> assertThat(modifiersOf(l)).doesNotContain("GZ"))
        .filteredOn(l -> String.valueOf(l.get("code")).startsWith("96"))
        .allSatisfy(l -> assertThat(modifiersOf(l)).doesNotContain("GA"));
  }

  @Test
  void noSignedAbnBillsTheDrugLinesGz() {
    long visitId = visit("MEDICARE_PART_B", "M79.7");

    assertThat(recordAbn.record(visitId, "NOT_SIGNED", null, "L35677", "coordinator"))
        .containsEntry("abnModifier", "GZ");

    assertThat(codedLines(visitId))
        .filteredOn(l -> String.valueOf(l.get("code")).startsWith("J"))
        .isNotEmpty()
        .allSatisfy(l -> assertLine(l, "J1745", "GZ"));
    // not option 2: nothing is the patient's to pay up front, everything goes on the claim
    assertThat(recordSelfPay.record(visitId)).containsEntry("medicareLinesLeft", true);
    assertThat(balances.selfPayOfVisit(visitId)).isEmpty();
  }

  /**
   * ABN option 3 (CMS-R-131 section G): the beneficiary declines the dose; recorded once with the
   * date it was signed, no modifier, and the visit is cancelled (nothing given, nothing billed).
   */
  @Test
  void aDeclinedAbnCancelsTheVisit() {
    long visitId = visit("MEDICARE_PART_B", "M79.7");

    assertThat(
            recordAbn.record(
                visitId, "DECLINED", day.minusDays(2).toString(), "L35677", "coordinator"))
        .containsEntry("abnModifier", null);
    assertThat(
            recordAbn.record(
                visitId, "SIGNED", day.minusDays(2).toString(), "L35677", "coordinator"))
        .containsEntry("abnModifier", null);
    assertThat(readiness.facts(visitId))
        .containsEntry("abnStatus", "DECLINED")
        .containsEntry("abnNeeded", false);
    assertThat(visits.view(visitId).status()).isEqualTo(VisitStatus.CANCELLED);
  }

  @Test
  void aDeclinedAbnNeedsTheDateItWasSigned() {
    long visitId = visit("MEDICARE_PART_B", "M79.7");

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> recordAbn.record(visitId, "DECLINED", null, "L35677", "coordinator"))
        .hasMessageStartingWith("abnSignedOn:");
    assertThat(visits.view(visitId).status()).isNotEqualTo(VisitStatus.CANCELLED);
  }

  @Test
  void aCoveredDiagnosisCodesTheDrugWithoutGaOrGz() {
    long visitId = visit("MEDICARE_PART_B", "K50.90");

    assertThat(codedLines(visitId))
        .allSatisfy(l -> assertThat(modifiersOf(l)).doesNotContain("GA").doesNotContain("GZ"))
        .anySatisfy(l -> assertThat(l.get("code")).isEqualTo("J1745"));
  }

  /**
   * ABN option 2 (CMS-R-131 section G: the beneficiary wants the drug, asks that Medicare not be
   * billed and pays for it): the dose is coded without GA/GZ, its drug lines (J1745 and its JW
   * line) stay off the Medicare claim and become the patient's self-pay balance at their charge,
   * recorded once; the administration is still claimed. The ABN and the balance are audited, and
   * the visit shows both.
   */
  @Test
  void anAbnOption2KeepsTheDrugOffTheClaimAndRecordsItsChargeAsTheSelfPayBalance() {
    long visitId = visit("MEDICARE_PART_B", "M79.7");

    assertThat(
            recordAbn.record(
                visitId, "DO_NOT_BILL", day.minusDays(1).toString(), "L35677", "coordinator"))
        .containsEntry("abnModifier", null);
    assertThat(readiness.facts(visitId))
        .containsEntry("abnStatus", "DO_NOT_BILL")
        .containsEntry("abnNeeded", false);
    assertThat(codedLines(visitId))
        .anySatisfy(l -> assertThat(l.get("code")).isEqualTo("J1745"))
        .allSatisfy(l -> assertThat(modifiersOf(l)).doesNotContain("GA").doesNotContain("GZ"));
    BigDecimal drugCharges =
        new org.springframework.transaction.support.TransactionTemplate(transactions)
            .execute(
                s ->
                    codings
                        .findByVisitIdAndDocumentationVersion(visitId, 1)
                        .orElseThrow()
                        .getLines()
                        .stream()
                        .filter(l -> l.getCode().equals("J1745"))
                        .map(VisitCoding.CodedLine::getCharge)
                        .reduce(BigDecimal.ZERO, BigDecimal::add));

    assertThat(recordSelfPay.record(visitId)).containsEntry("medicareLinesLeft", true);
    // delivered twice: recorded once
    assertThat(recordSelfPay.record(visitId)).containsEntry("medicareLinesLeft", true);

    List<PatientBalances.SelfPayView> selfPay = balances.selfPayOfVisit(visitId);
    assertThat(selfPay)
        .hasSize(2) // 37 units administered, 3 units JW
        .allSatisfy(
            p -> {
              assertThat(p.procedureCode()).isEqualTo("J1745");
              assertThat(p.status()).isEqualTo("OPEN");
              assertThat(p.reason()).contains("ABN option 2").contains("L35677");
            });
    assertThat(selfPay.stream().map(PatientBalances.SelfPayView::amount))
        .allSatisfy(a -> assertThat(a).isPositive());
    assertThat(
            selfPay.stream()
                .map(PatientBalances.SelfPayView::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(drugCharges);

    // as "Create claim" builds it, in its transaction
    assertThat(
            new org.springframework.transaction.support.TransactionTemplate(transactions)
                .execute(s -> visitClaims.newClaim(visitId))
                .lines())
        .extracting(NewClaimLine::code)
        .isNotEmpty()
        .doesNotContain("J1745")
        .allSatisfy(code -> assertThat(code).startsWith("96"));

    VisitService.VisitView view = visits.view(visitId);
    assertThat(view.abnStatus()).isEqualTo(AbnStatus.DO_NOT_BILL);
    assertThat(view.selfPay()).hasSize(2);

    List<AuditLog.Event> audited =
        auditLog
            .search(
                new AuditLog.Query(null, "VISIT", String.valueOf(visitId), null, null, null), 0, 50)
            .items();
    assertThat(audited)
        .anySatisfy(
            e -> {
              assertThat(e.username()).isEqualTo("coordinator");
              assertThat(e.action()).isEqualTo("UPDATE");
              assertThat(e.detail()).contains("DO_NOT_BILL");
            })
        .filteredOn(e -> e.detail() != null && e.detail().startsWith("self-pay balance"))
        .hasSize(1);
  }

  @Test
  void anOption2AbnNeedsTheDateItWasSigned() {
    long visitId = visit("MEDICARE_PART_B", "M79.7");

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> recordAbn.record(visitId, "DO_NOT_BILL", null, "L35677", "coordinator"))
        .hasMessageStartingWith("abnSignedOn:");
    assertThat(visits.view(visitId).abnStatus()).isNull();
  }

  static void assertLine(Map<String, Object> line, String code, String modifier) {
    assertThat(line.get("code")).isEqualTo(code);
    assertThat(modifiersOf(line)).contains(modifier);
    assertThat(String.valueOf(line.get("explanation"))).contains(modifier + ":");
  }

  static List<String> modifiersOf(Map<String, Object> line) {
    return List.of(String.valueOf(line.get("modifiers")).split(" "));
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> codedLines(long visitId) {
    readiness.record(visitId, "READY", "READY", true, null);
    recordAdministration.record(
        EpisodeFixtures.job(
            EpisodeFixtures.nextKey(), EpisodeFixtures.nextKey(), documentation(visitId)));
    Map<String, Object> coded = codeEncounter.code(visitId);
    return (List<Map<String, Object>>) coded.get("codedLines");
  }

  Map<String, Object> documentation(long visitId) {
    return Map.of(
        "visitId",
        visitId,
        "drugs",
        List.of(
            Map.of(
                "hcpcs",
                "J1745",
                "ndc",
                "57894-030-01",
                "lot",
                "LOT-L1",
                "expiry",
                day.plusYears(1).toString(),
                "administeredAmount",
                365,
                "amountUnit",
                "mg",
                "discardedAmount",
                35,
                "singleDoseContainer",
                true,
                "wasteWitness",
                "RN Two",
                "containers",
                List.of(Map.of("size", 100, "unit", "mg", "count", 4)))),
        "administrations",
        List.of(
            Map.of(
                "id", "a1",
                "route", "IV_INFUSION",
                "category", "THERAPEUTIC",
                "drugHcpcs", "J1745",
                "start", day + "T09:00",
                "stop", day + "T11:35",
                "accessSite", "left forearm")),
        "nurseNpi",
        "1245319599");
  }
}

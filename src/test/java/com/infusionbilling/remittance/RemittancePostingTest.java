package com.infusionbilling.remittance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.infusionbilling.claim.ClaimFixtures;
import com.infusionbilling.claim.ClaimPayments;
import com.infusionbilling.claim.ClaimPayments.PostingClaim;
import com.infusionbilling.claim.ClaimQueries;
import com.infusionbilling.claim.ClaimRef;
import com.infusionbilling.claim.ClaimService;
import com.infusionbilling.claim.ClaimView;
import com.infusionbilling.edi.model.ClaimPayment;
import com.infusionbilling.testing.EpisodeFixtures;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Posting with the real services (issue 17 item 2): the claim's status and history, PR-1/PR-2 as
 * patient responsibility, denials told apart from contractual adjustments, the underpayment facts,
 * a reversal and the corrected payment netting out, and every posting exactly once.
 */
@SpringBootTest
@Import(EpisodeFixtures.class)
class RemittancePostingTest {
  @Autowired EpisodeFixtures fixtures;
  @Autowired ClaimService claims;
  @Autowired ClaimPayments claimPayments;
  @Autowired ClaimQueries claimQueries;
  @Autowired RemittanceIntake intake;
  @Autowired RemittancePosting posting;
  @Autowired RemittanceQueries queries;

  PostingClaim claim;

  @BeforeEach
  void claim() {
    long episodeId = fixtures.episode("COMMERCIAL_ACME", "W200300400").getId();
    ClaimRef ref = claims.createOriginal(ClaimFixtures.infliximab(episodeId, "COMMERCIAL_ACME"));
    claim = claimPayments.claim(ref.claimId()).orElseThrow();
  }

  long store(String trace, ClaimPayment... payments) {
    return intake.store(Remittances.remittance(trace, payments), trace + ".835").remittanceId();
  }

  ClaimView view() {
    return claimQueries.view(claim.claimId()).orElseThrow();
  }

  List<String> events() {
    return view().history().stream().map(ClaimView.HistoryItem::event).toList();
  }

  @Test
  void paidInFullWithDeductibleAndCoinsuranceIsPaidAndThePatientOwesPr1AndPr2() {
    ClaimPayment p = Remittances.forClaim(claim).deductible("500").payment();
    long remittanceId = store("EFTPAID" + claim.claimId(), p);

    RemittancePosting.Posted posted = posting.post(remittanceId, claim.claimId());

    assertThat(posted.outcome()).isEqualTo("PAID");
    assertThat(posted.shortfall()).isEqualByComparingTo("0");
    assertThat(posted.denials()).isZero();
    assertThat(posted.payerType()).isEqualTo("COMMERCIAL");
    assertThat(view().status()).isEqualTo("PAID");
    assertThat(events()).endsWith("REMITTANCE_POSTED");
    var owed = queries.patientResponsibility(claim.claimId());
    assertThat(owed).extracting(RemittanceView.PatientResponsibilityView::carc).contains("1", "2");
    assertThat(owed.stream().filter(o -> o.carc().equals("1")))
        .extracting(RemittanceView.PatientResponsibilityView::amount)
        .containsExactly(new BigDecimal("500.00"));
    assertThat(owed.get(0).text()).startsWith("PR-1: Deductible");
    assertThat(owed)
        .extracting(RemittanceView.PatientResponsibilityView::status)
        .containsOnly(PatientResponsibility.OPEN);
    assertThat(posted.patientResponsibility()).isEqualByComparingTo(p.patientResponsibility());
  }

  @Test
  void anMa18CrossoverLeavesThePatientShareToTheSecondaryPayer() {
    ClaimPayment p = Remittances.forClaim(claim).deductible("500").claimRemark("MA18").payment();
    long remittanceId = store("EFTMA18" + claim.claimId(), p);

    RemittancePosting.Posted posted = posting.post(remittanceId, claim.claimId());

    assertThat(posted.outcome()).isEqualTo("PAID");
    var owed = queries.patientResponsibility(claim.claimId());
    assertThat(owed).extracting(RemittanceView.PatientResponsibilityView::carc).contains("1", "2");
    assertThat(owed)
        .extracting(RemittanceView.PatientResponsibilityView::status)
        .containsOnly(PatientResponsibility.SECONDARY);
    assertThat(view().history().get(view().history().size() - 1).detail())
        .contains("crossed over to the secondary payer (MA18)");
  }

  @Test
  void postingTwiceChangesNothingTheSecondTimeAndReturnsTheSameFacts() {
    long remittanceId =
        store(
            "EFTTWICE" + claim.claimId(), Remittances.forClaim(claim).allowedPercent(90).payment());

    RemittancePosting.Posted first = posting.post(remittanceId, claim.claimId());
    int history = view().history().size();
    int owed = queries.patientResponsibility(claim.claimId()).size();
    RemittancePosting.Posted second = posting.post(remittanceId, claim.claimId());

    assertThat(second).isEqualTo(first);
    assertThat(view().history()).hasSize(history);
    assertThat(queries.patientResponsibility(claim.claimId())).hasSize(owed);
  }

  @Test
  void anUnderpaymentIsMeasuredAgainstTheExpectedAllowedOfThePaidLines() {
    long remittanceId =
        store(
            "EFTUNDER" + claim.claimId(), Remittances.forClaim(claim).allowedPercent(90).payment());

    RemittancePosting.Posted posted = posting.post(remittanceId, claim.claimId());

    assertThat(posted.outcome()).isEqualTo("PAID");
    assertThat(posted.expectedAllowed()).isEqualByComparingTo(claim.totalExpectedAllowed());
    assertThat(posted.shortfallPercent()).isBetween(new BigDecimal("9.9"), new BigDecimal("10.1"));
    assertThat(UnderpaymentLines.text(posted.lines()))
        .startsWith("Line 1 J1745: expected $3031.78, payer allowed $2728.60, paid $2182.88")
        .contains("short $303.18");
  }

  @Test
  void writingOffADrugLinesUnderpaymentNeedsTheManagerWhoApprovedIt() {
    long remittanceId =
        store("EFTWO" + claim.claimId(), Remittances.forClaim(claim).allowedPercent(90).payment());
    RemittancePosting.Posted posted = posting.post(remittanceId, claim.claimId());
    assertThat(posted.underpaidDrugLine()).isTrue();
    assertThat(posted.writeOffApprovalRequired()).isTrue();
    assertThat(posted.variables()).containsEntry("underpaidDrugLine", true);

    assertThatThrownBy(
            () ->
                posting.recordUnderpaymentReview(
                    claim.claimId(),
                    "WRITE_OFF",
                    posted.shortfall(),
                    null,
                    "contract rate not worth disputing",
                    null,
                    "Review underpayment task",
                    "wo-" + claim.claimId() + "-1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("manager's approval");
    assertThat(view().status()).isEqualTo("PAID");

    posting.recordUnderpaymentReview(
        claim.claimId(),
        "WRITE_OFF",
        posted.shortfall(),
        null,
        "contract rate not worth disputing",
        "manager-ann",
        "Review underpayment task",
        "wo-" + claim.claimId() + "-2");

    assertThat(view().status()).isEqualTo("WRITTEN_OFF");
    assertThat(view().history().get(view().history().size() - 1).detail())
        .contains("WRITE_OFF", "approved by manager-ann");
  }

  @Test
  void aDeniedLineMakesTheClaimPartiallyPaidAndIsNotAnUnderpayment() {
    long remittanceId =
        store(
            "EFTLINE" + claim.claimId(),
            Remittances.forClaim(claim).denyLine(2, "CO", "16", "M119").payment());

    RemittancePosting.Posted posted = posting.post(remittanceId, claim.claimId());

    assertThat(posted.outcome()).isEqualTo("PARTIALLY_PAID");
    assertThat(posted.denials()).isEqualTo(1);
    assertThat(posted.shortfall()).isEqualByComparingTo("0");
    assertThat(posted.lines().get(1).denied()).isTrue();
    assertThat(view().history().get(view().history().size() - 1).detail())
        .contains("1 denial(s): CO-16");
  }

  @Test
  void aDeniedClaimIsDenied() {
    long remittanceId =
        store(
            "EFTDENY" + claim.claimId(),
            Remittances.forClaim(claim).denyClaim("CO", "50").payment());

    RemittancePosting.Posted posted = posting.post(remittanceId, claim.claimId());

    assertThat(posted.outcome()).isEqualTo("DENIED");
    assertThat(posted.denials()).isEqualTo(1);
    assertThat(view().status()).isEqualTo("DENIED");
  }

  @Test
  void contractualAndSequestrationAdjustmentsAreNotDenials() {
    assertThat(RemittancePosting.CONTRACTUAL).contains("45", "253");
    assertThat(RemittancePosting.PATIENT_DENIALS).contains("50", "96");
  }

  @Test
  void aReversalAndTheCorrectedPaymentNetOut() {
    ClaimPayment original = Remittances.forClaim(claim).allowedPercent(90).payment();
    long first = store("EFTORIG" + claim.claimId(), original);
    posting.post(first, claim.claimId());
    assertThat(view().status()).isEqualTo("PAID");

    ClaimPayment corrected =
        Remittances.forClaim(claim).payerClaimControlNumber("PCCN2-" + claim.claimId()).payment();
    long second = store("EFTCORR" + claim.claimId(), Remittances.reversal(original), corrected);
    RemittancePosting.Posted posted = posting.post(second, claim.claimId());

    assertThat(posted.outcome()).isEqualTo("PAID");
    assertThat(posted.shortfall()).isEqualByComparingTo("0");
    assertThat(events())
        .containsSubsequence("REMITTANCE_POSTED", "PAYMENT_REVERSED", "REMITTANCE_POSTED");
    assertThat(view().status()).isEqualTo("PAID");
    var owed = queries.patientResponsibility(claim.claimId());
    BigDecimal open =
        owed.stream()
            .filter(o -> o.status().equals("OPEN"))
            .map(RemittanceView.PatientResponsibilityView::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(open).isEqualByComparingTo(corrected.patientResponsibility());
    assertThat(owed).anySatisfy(o -> assertThat(o.status()).isEqualTo("REVERSED"));
    BigDecimal netPaid =
        queries.ofClaim(claim.claimId()).stream()
            .map(RemittanceView::paid)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(netPaid).isEqualByComparingTo(corrected.paid());
  }

  @Test
  void aReversalAloneSendsTheClaimBackToWaitForTheCorrectedPayment() {
    ClaimPayment original = Remittances.forClaim(claim).payment();
    posting.post(store("EFTO2" + claim.claimId(), original), claim.claimId());

    RemittancePosting.Posted posted =
        posting.post(
            store("EFTR2" + claim.claimId(), Remittances.reversal(original)), claim.claimId());

    assertThat(posted.outcome()).isEqualTo("REVERSED");
    assertThat(view().status()).isEqualTo("ACKNOWLEDGED");
  }
}

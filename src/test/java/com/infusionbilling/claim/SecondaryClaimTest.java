package com.infusionbilling.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.infusionbilling.claim.ClaimPayments.PostingClaim;
import com.infusionbilling.edi.model.ClaimPayment;
import com.infusionbilling.edi.model.OtherPayer;
import com.infusionbilling.edi.model.ProfessionalClaim;
import com.infusionbilling.edi.model.ProfessionalServiceLine;
import com.infusionbilling.remittance.RemittanceIntake;
import com.infusionbilling.remittance.RemittancePosting;
import com.infusionbilling.remittance.Remittances;
import com.infusionbilling.testing.EpisodeFixtures;
import com.infusionbilling.testing.X12Samples;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Coordination of benefits with the real services (issue 17 item 2): a Medicare payment that leaves
 * the patient PR-1/PR-2, on an episode with secondary coverage and no crossover remark, makes one
 * secondary claim (SBR01 S, a new version addressed to the secondary payer) whose 837P carries
 * Medicare's adjudication in 2320/2330A/2330B and per line 2430, valid against our 837P schema; an
 * MA18 crossover, no secondary coverage, or a claim that is itself the secondary makes none.
 */
@SpringBootTest
@Import({EpisodeFixtures.class, SecondaryClaimFixtures.class})
class SecondaryClaimTest {
  private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

  @Autowired EpisodeFixtures fixtures;
  @Autowired ClaimService claims;
  @Autowired ClaimPayments claimPayments;
  @Autowired RemittanceIntake intake;
  @Autowired RemittancePosting posting;
  @Autowired SecondaryClaims secondaryClaims;
  @Autowired Claim837Builder builder;
  @Autowired com.infusionbilling.remittance.RemittanceQueries remittanceQueries;
  @Autowired SecondaryClaimFixtures secondaryFixtures;

  /** A Medicare Part B infliximab claim; with {@code secondary}, the patient has a supplement. */
  PostingClaim medicareClaim(boolean secondary) {
    long n = SEQ.incrementAndGet();
    long episodeId = fixtures.episode("MEDICARE_PART_B", "SECONDARY" + n).getId();
    if (secondary) {
      fixtures.withSecondaryCoverage(episodeId, "COMMERCIAL_ACME", "SUPP" + n);
    }
    ClaimRef ref = claims.createOriginal(ClaimFixtures.medicareInfliximab(episodeId));
    return claimPayments.claim(ref.claimId()).orElseThrow();
  }

  long store(String trace, ClaimPayment... payments) {
    return intake.store(Remittances.remittance(trace, payments), trace + ".835").remittanceId();
  }

  @Test
  void aPatientShareWithSecondaryCoverageBillsTheSecondaryPayerOnceWithThePrimarysAdjudication() {
    PostingClaim primary = medicareClaim(true);
    ClaimPayment paid = Remittances.forClaim(primary).deductible("100").payment();
    long remittanceId = store("EFTCOB" + primary.claimId(), paid);

    RemittancePosting.Posted posted = posting.post(remittanceId, primary.claimId());
    assertThat(posted.outcome()).isEqualTo("PAID");
    assertThat(posted.secondaryClaimDue()).isTrue();
    assertThat(posted.variables()).containsEntry("secondaryClaimDue", true);
    // the patient's share waits for the secondary payer: the patient is not billed for it
    assertThat(remittanceQueries.patientResponsibility(primary.claimId()))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.status()).isEqualTo("SECONDARY"));

    ClaimRef secondary = secondaryClaims.create(primary.claimId());
    assertThat(secondaryClaims.create(primary.claimId())).isEqualTo(secondary);
    assertThat(posting.post(remittanceId, primary.claimId())).isEqualTo(posted);
    assertThat(claims.ofVisit(claims.get(primary.claimId()).getVisitId()))
        .containsExactly(refOf(primary), secondary);

    Claim c = claims.get(secondary.claimId());
    assertThat(c.isSecondary()).isTrue();
    assertThat(c.getPayerId()).isEqualTo("COMMERCIAL_ACME");
    assertThat(c.getPrimaryClaimId()).isEqualTo(primary.claimId());
    assertThat(c.getFrequencyCode()).isEqualTo("1");
    assertThat(c.getTotalCharge()).isEqualByComparingTo(primary.totalCharge());
    // each line expects what Medicare left the patient on it (PR-1 and PR-2)
    assertThat(c.getTotalExpectedAllowed()).isEqualByComparingTo(paid.patientResponsibility());
    assertThat(claimPayments.claim(c.getId()).orElseThrow().secondaryPayerId()).isNull();

    ProfessionalClaim x12 = (ProfessionalClaim) builder.build(c, claims.lines(c.getId()));
    assertThat(x12.payerResponsibility()).isEqualTo("S");
    assertThat(x12.claimFilingIndicator()).isEqualTo("CI");
    assertThat(x12.subscriber().memberId()).startsWith("SUPP");
    OtherPayer medicare = x12.otherPayers().get(0);
    assertThat(x12.otherPayers()).hasSize(1);
    assertThat(medicare.payerResponsibility()).isEqualTo("P");
    assertThat(medicare.claimFilingIndicator()).isEqualTo("MB");
    assertThat(medicare.subscriber().memberId()).startsWith("SECONDARY");
    assertThat(medicare.paid()).isEqualByComparingTo(paid.paid());
    assertThat(medicare.payerClaimControlNumber()).isEqualTo(paid.payerClaimControlNumber());
    for (int i = 0; i < x12.lines().size(); i++) {
      ProfessionalServiceLine line = x12.lines().get(i);
      assertThat(line.adjudications()).hasSize(1);
      var a = line.adjudications().get(0);
      assertThat(a.payerId()).isEqualTo(medicare.payer().id());
      assertThat(a.paid()).isEqualByComparingTo(paid.services().get(i).paid());
      // TR3 balancing: the line charge is the primary's payment plus its line CAS
      BigDecimal cas =
          a.adjustments().stream()
              .map(com.infusionbilling.edi.model.Adjustment::amount)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(a.paid().add(cas)).isEqualByComparingTo(line.charge());
    }

    String file =
        new String(
            X12Samples.writer().write(X12Samples.PROVIDER_TO_CLEARINGHOUSE, List.of(x12)).content(),
            java.nio.charset.StandardCharsets.US_ASCII);
    assertThat(file).contains("SBR*S*18*", "SBR*P*18*", "AMT*D*", "SVD*", "DTP*573*D8*");
  }

  private static ClaimRef refOf(PostingClaim c) {
    return new ClaimRef(c.claimId(), c.version());
  }

  @Test
  void anMa18CrossoverBillsNoSecondaryClaim() {
    PostingClaim primary = medicareClaim(true);
    ClaimPayment crossedOver =
        Remittances.forClaim(primary).deductible("100").claimRemark("MA18").payment();

    RemittancePosting.Posted posted =
        posting.post(store("EFTX" + primary.claimId(), crossedOver), primary.claimId());

    assertThat(posted.patientResponsibility()).isPositive();
    assertThat(posted.secondaryClaimDue()).isFalse();
  }

  @Test
  void withoutSecondaryCoverageThePatientShareIsThePatients() {
    PostingClaim primary = medicareClaim(false);

    RemittancePosting.Posted posted =
        posting.post(
            store("EFTNOSEC" + primary.claimId(), Remittances.forClaim(primary).payment()),
            primary.claimId());

    assertThat(posted.patientResponsibility()).isPositive();
    assertThat(posted.secondaryClaimDue()).isFalse();
    assertThat(remittanceQueries.patientResponsibility(primary.claimId()))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.status()).isEqualTo("OPEN"));
    assertThatThrownBy(() -> secondaryClaims.create(primary.claimId()))
        .isInstanceOf(InvalidClaimException.class);
  }

  @Test
  void theSecondaryPayersOwnPaymentBillsNoFurtherPayer() {
    PostingClaim primary = medicareClaim(true);
    posting.post(
        store("EFTP" + primary.claimId(), Remittances.forClaim(primary).payment()),
        primary.claimId());
    ClaimRef secondary = secondaryClaims.create(primary.claimId());
    PostingClaim sc = claimPayments.claim(secondary.claimId()).orElseThrow();

    RemittancePosting.Posted posted =
        posting.post(
            store("EFTS" + sc.claimId(), Remittances.forClaim(sc).payment()), sc.claimId());

    assertThat(sc.payerResponsibility()).isEqualTo("S");
    assertThat(posted.secondaryClaimDue()).isFalse();
  }

  // ------------------------------------------------------------------ the secondary's 835

  /** A primary Medicare claim paid with a patient share, and its secondary claim. */
  PostingClaim[] primaryAndSecondary(String trace) {
    PostingClaim primary = medicareClaim(true);
    posting.post(
        store(
            trace + "P" + primary.claimId(),
            Remittances.forClaim(primary).deductible("100").payment()),
        primary.claimId());
    ClaimRef secondary = secondaryClaims.create(primary.claimId());
    return new PostingClaim[] {primary, claimPayments.claim(secondary.claimId()).orElseThrow()};
  }

  /**
   * The secondary's payment of its claim {@code sc}: per line it pays {@code paidPercent} % of the
   * share the primary left (the line's expected amount), leaves {@code patientPercent} % to the
   * patient (PR-1, its own deductible) and adjusts the rest of the share (CO-45); the primary's
   * part of the charge is OA-23, as the sandbox payer answers an SBR01 S claim.
   */
  static ClaimPayment secondaryPays(PostingClaim sc, int paidPercent, int patientPercent) {
    List<com.infusionbilling.edi.model.ServicePayment> services = new java.util.ArrayList<>();
    BigDecimal paid = BigDecimal.ZERO;
    BigDecimal patient = BigDecimal.ZERO;
    for (ClaimPayments.PostingLine l : sc.lines()) {
      BigDecimal share = l.expectedAllowed();
      BigDecimal linePaid = percent(share, paidPercent);
      BigDecimal pr = percent(share, patientPercent);
      BigDecimal co = share.subtract(linePaid).subtract(pr);
      List<com.infusionbilling.edi.model.Adjustment> cas = new java.util.ArrayList<>();
      cas.add(
          new com.infusionbilling.edi.model.Adjustment(
              "OA", "23", l.charge().subtract(share), null));
      if (pr.signum() > 0) {
        cas.add(new com.infusionbilling.edi.model.Adjustment("PR", "1", pr, null));
      }
      if (co.signum() > 0) {
        cas.add(new com.infusionbilling.edi.model.Adjustment("CO", "45", co, null));
      }
      services.add(
          new com.infusionbilling.edi.model.ServicePayment(
              l.code(),
              l.modifiers(),
              l.charge(),
              linePaid,
              BigDecimal.valueOf(l.units()),
              java.time.LocalDate.now(),
              l.lineControlNumber(),
              null,
              cas,
              List.of()));
      paid = paid.add(linePaid);
      patient = patient.add(pr);
    }
    return new ClaimPayment(
        sc.patientControlNumber(),
        "2",
        sc.totalCharge(),
        paid,
        patient,
        "CI",
        "SUPP-PCCN-" + sc.claimId(),
        "SUPP",
        "DOE",
        "JANE",
        List.of(),
        List.of(),
        services);
  }

  private static BigDecimal percent(BigDecimal amount, int percent) {
    return amount
        .multiply(BigDecimal.valueOf(percent))
        .divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP);
  }

  private BigDecimal open(long claimId) {
    return remittanceQueries.patientResponsibility(claimId).stream()
        .filter(p -> "OPEN".equals(p.status()))
        .map(com.infusionbilling.remittance.RemittanceView.PatientResponsibilityView::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private BigDecimal share(long primaryClaimId) {
    return remittanceQueries.patientResponsibility(primaryClaimId).stream()
        .map(com.infusionbilling.remittance.RemittanceView.PatientResponsibilityView::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void theSecondaryPayingTheWholeShareSettlesItAndThePatientOwesNothing() {
    PostingClaim[] c = primaryAndSecondary("EFTALL");
    PostingClaim primary = c[0];
    PostingClaim sc = c[1];
    BigDecimal share = share(primary.claimId());

    posting.post(store("EFTALLS" + sc.claimId(), secondaryPays(sc, 100, 0)), sc.claimId());

    var settled = remittanceQueries.secondarySettlements(primary.claimId());
    assertThat(settled).hasSize(1);
    assertThat(settled.get(0).outcome()).isEqualTo("SETTLED");
    assertThat(settled.get(0).patientShare()).isEqualByComparingTo(share);
    assertThat(settled.get(0).secondaryPaid()).isEqualByComparingTo(share);
    assertThat(settled.get(0).patientBalance()).isZero();
    assertThat(settled.get(0).writtenOff()).isZero();
    assertThat(remittanceQueries.patientResponsibility(primary.claimId()))
        .allSatisfy(p -> assertThat(p.status()).isEqualTo("SETTLED"));
    assertThat(open(primary.claimId()).add(open(sc.claimId()))).isZero();
    assertThat(claims.history(primary.claimId()))
        .anySatisfy(h -> assertThat(h.getEvent()).isEqualTo("SECONDARY_SETTLED"));
  }

  @Test
  void whatTheSecondaryLeavesIsThePatientsAndItsAdjustmentIsWrittenOffWithItsReason() {
    PostingClaim[] c = primaryAndSecondary("EFTPART");
    PostingClaim primary = c[0];
    PostingClaim sc = c[1];
    BigDecimal share = share(primary.claimId());
    ClaimPayment part = secondaryPays(sc, 50, 30);

    posting.post(store("EFTPARTS" + sc.claimId(), part), sc.claimId());

    var s = remittanceQueries.secondarySettlements(primary.claimId()).get(0);
    assertThat(s.outcome()).isEqualTo("SETTLED");
    assertThat(s.secondaryPaid()).isEqualByComparingTo(part.paid());
    assertThat(s.patientBalance()).isEqualByComparingTo(part.patientResponsibility()).isPositive();
    assertThat(s.writtenOff()).isPositive();
    assertThat(s.writeOffReason()).isEqualTo("CO-45");
    // nothing counted twice, nothing lost
    assertThat(s.secondaryPaid().add(s.patientBalance()).add(s.writtenOff()))
        .isEqualByComparingTo(share);
    assertThat(open(primary.claimId())).isZero();
    assertThat(open(sc.claimId())).isEqualByComparingTo(s.patientBalance());
  }

  @Test
  void aSecondaryDenialHandsTheWholeShareBackToThePatient() {
    PostingClaim[] c = primaryAndSecondary("EFTDENY");
    PostingClaim primary = c[0];
    PostingClaim sc = c[1];
    BigDecimal share = share(primary.claimId());
    ClaimPayment denied =
        Remittances.forClaim(sc).denyClaim("CO", "27").payerClaimControlNumber("SUPPD").payment();

    RemittancePosting.Posted posted =
        posting.post(store("EFTDENYS" + sc.claimId(), denied), sc.claimId());

    assertThat(posted.outcome()).isEqualTo("DENIED");
    var s = remittanceQueries.secondarySettlements(primary.claimId()).get(0);
    assertThat(s.outcome()).isEqualTo("DENIED");
    assertThat(s.secondaryPaid()).isZero();
    assertThat(s.patientBalance()).isEqualByComparingTo(share);
    assertThat(remittanceQueries.patientResponsibility(primary.claimId()))
        .allSatisfy(p -> assertThat(p.status()).isEqualTo("OPEN"));
    assertThat(open(primary.claimId())).isEqualByComparingTo(share);
    assertThat(open(sc.claimId())).isZero();
  }

  @Test
  void theSecondarys835DeliveredTwiceSettlesOnce() {
    PostingClaim[] c = primaryAndSecondary("EFTTWICE");
    PostingClaim primary = c[0];
    PostingClaim sc = c[1];
    ClaimPayment part = secondaryPays(sc, 60, 25);
    String trace = "EFTTWICES" + sc.claimId();

    long first = store(trace, part);
    RemittancePosting.Posted posted = posting.post(first, sc.claimId());
    long again = store(trace, part);
    assertThat(again).isEqualTo(first);
    assertThat(posting.post(again, sc.claimId())).isEqualTo(posted);

    var settled = remittanceQueries.secondarySettlements(primary.claimId());
    assertThat(settled).hasSize(1);
    assertThat(open(sc.claimId())).isEqualByComparingTo(settled.get(0).patientBalance());
    assertThat(
            claims.history(primary.claimId()).stream()
                .filter(h -> "SECONDARY_SETTLED".equals(h.getEvent()))
                .count())
        .isEqualTo(1);
  }

  @Test
  void aReversedSecondaryPaymentUndoesItsSettlementAndTheCorrectedOneSettles() {
    PostingClaim[] c = primaryAndSecondary("EFTREV");
    PostingClaim primary = c[0];
    PostingClaim sc = c[1];
    BigDecimal share = share(primary.claimId());
    ClaimPayment first = secondaryPays(sc, 50, 0);
    posting.post(store("EFTREVS1" + sc.claimId(), first), sc.claimId());

    ClaimPayment corrected = secondaryPays(sc, 100, 0);
    posting.post(
        store("EFTREVS2" + sc.claimId(), Remittances.reversal(first), corrected), sc.claimId());

    var settled = remittanceQueries.secondarySettlements(primary.claimId());
    assertThat(settled).extracting(s -> s.outcome()).containsExactly("REVERSED", "SETTLED");
    assertThat(settled.get(1).secondaryPaid()).isEqualByComparingTo(share);
    assertThat(settled.get(1).writtenOff()).isZero();
    assertThat(remittanceQueries.patientResponsibility(primary.claimId()))
        .allSatisfy(p -> assertThat(p.status()).isEqualTo("SETTLED"));
  }

  // ------------------------------------------------------------------ the primary paid again

  @Test
  void aLaterPrimaryPaymentReplacesTheBilledSecondaryClaimWithTheNewAdjudication() {
    SecondaryClaimFixtures.Billed billed = secondaryFixtures.partlyDeniedAndSecondaryBilled();
    long primaryId = billed.primary().claimId();
    // asked again before the primary pays more: the same secondary claim
    assertThat(secondaryClaims.create(primaryId)).isEqualTo(billed.secondary());

    ClaimPayment all = secondaryFixtures.paidAgain(billed);
    ClaimRef replacement = secondaryClaims.create(primaryId);
    assertThat(secondaryClaims.create(primaryId)).isEqualTo(replacement);

    assertThat(claims.ofVisit(claims.get(primaryId).getVisitId()))
        .containsExactly(refOf(billed.primary()), billed.secondary(), replacement);
    Claim c = claims.get(replacement.claimId());
    assertThat(c.isSecondary()).isTrue();
    assertThat(c.getPrimaryClaimId()).isEqualTo(primaryId);
    assertThat(c.getPayerId()).isEqualTo("COMMERCIAL_ACME");
    assertThat(c.getFrequencyCode()).isEqualTo("7");
    assertThat(c.getPayerClaimControlNumber())
        .isEqualTo("SUPP-PCN-" + billed.secondary().claimId());
    // the replacement expects the whole new share; the first secondary claim expected less
    assertThat(c.getTotalExpectedAllowed())
        .isEqualByComparingTo(all.patientResponsibility())
        .isGreaterThan(claims.get(billed.secondary().claimId()).getTotalExpectedAllowed());
    // the patient share waiting for the secondary is the new payment's, once (the first reversed)
    assertThat(
            remittanceQueries.patientResponsibility(primaryId).stream()
                .filter(p -> "SECONDARY".equals(p.status()))
                .map(
                    com.infusionbilling.remittance.RemittanceView.PatientResponsibilityView::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(all.patientResponsibility());

    ProfessionalClaim x12 = (ProfessionalClaim) builder.build(c, claims.lines(c.getId()));
    assertThat(x12.payerResponsibility()).isEqualTo("S");
    assertThat(x12.frequencyCode()).isEqualTo("7");
    assertThat(x12.originalPayerClaimNumber())
        .isEqualTo("SUPP-PCN-" + billed.secondary().claimId());
    OtherPayer medicare = x12.otherPayers().get(0);
    assertThat(medicare.paid()).isEqualByComparingTo(all.paid());
    // line 1 was denied in the first payment and is paid now: its 2430 is the new adjudication
    assertThat(x12.lines().get(0).adjudications().get(0).paid())
        .isEqualByComparingTo(all.services().get(0).paid())
        .isPositive();
    String file =
        new String(
            X12Samples.writer().write(X12Samples.PROVIDER_TO_CLEARINGHOUSE, List.of(x12)).content(),
            java.nio.charset.StandardCharsets.US_ASCII);
    assertThat(file)
        .contains("SBR*S*18*", "REF*F8*SUPP-PCN-" + billed.secondary().claimId(), ":B:7*");
    assertThat(claims.history(primaryId))
        .extracting(ClaimHistoryEntry::getEvent)
        .containsOnlyOnce("SECONDARY_BILLED", "SECONDARY_REBILLED");
  }

  @Test
  void aReplacementWaitsForTheSecondarysClaimNumber() {
    SecondaryClaimFixtures.Billed billed = secondaryFixtures.partlyDeniedAndSecondaryBilled();
    jdbcClear(billed.secondary().claimId());
    secondaryFixtures.paidAgain(billed);

    assertThatThrownBy(() -> secondaryClaims.create(billed.primary().claimId()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("277CA");
    assertThat(claims.ofVisit(claims.get(billed.primary().claimId()).getVisitId())).hasSize(2);
  }

  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Autowired org.springframework.context.ApplicationEventPublisher events;

  private void jdbcClear(long claimId) {
    jdbc.update("UPDATE claim SET payer_claim_control_number = NULL WHERE id = ?", claimId);
    events.publishEvent(new ClaimChanged(claimId));
  }
}

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
@Import(EpisodeFixtures.class)
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
}

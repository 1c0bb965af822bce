package com.infusionbilling.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.claim.ClaimPayments.PostingClaim;
import com.infusionbilling.edi.model.ClaimPayment;
import com.infusionbilling.remittance.RemittanceIntake;
import com.infusionbilling.remittance.RemittancePosting;
import com.infusionbilling.remittance.Remittances;
import com.infusionbilling.reports.ReportClaims;
import com.infusionbilling.testing.EpisodeFixtures;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A secondary claim is a later version of the same visit's claim (SBR01 S), but the reports must go
 * on counting the primary claim: its charge, its payment and the patient responsibility the
 * secondary claim bills. Before V5_62 the secondary claim became the visit's "latest" claim and the
 * primary's payment dropped out of A/R, collections and drug economics.
 */
@SpringBootTest
@Import(EpisodeFixtures.class)
class SecondaryClaimReportTest {
  private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

  @Autowired EpisodeFixtures fixtures;
  @Autowired ClaimService claims;
  @Autowired ClaimPayments claimPayments;
  @Autowired RemittanceIntake intake;
  @Autowired RemittancePosting posting;
  @Autowired SecondaryClaims secondaryClaims;
  @Autowired ReportClaims reportClaims;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theReportsCountThePrimaryClaimNotTheSecondaryVersion() {
    long n = SEQ.incrementAndGet();
    long episodeId = fixtures.episode("MEDICARE_PART_B", "SECRPT" + n).getId();
    fixtures.withSecondaryCoverage(episodeId, "COMMERCIAL_ACME", "SUPP" + n);
    ClaimRef ref = claims.createOriginal(ClaimFixtures.medicareInfliximab(episodeId));
    PostingClaim primary = claimPayments.claim(ref.claimId()).orElseThrow();
    ClaimPayment paid = Remittances.forClaim(primary).deductible("100").payment();
    String trace = "EFTRPT" + primary.claimId();
    long remittanceId =
        intake.store(Remittances.remittance(trace, paid), trace + ".835").remittanceId();
    assertThat(posting.post(remittanceId, primary.claimId()).secondaryClaimDue()).isTrue();
    ClaimRef secondary = secondaryClaims.create(primary.claimId());

    reportClaims.catchUp();

    Map<String, Object> primaryRow =
        jdbc.queryForMap(
            "SELECT latest_version, paid, pr FROM report_claim WHERE claim_id = ?",
            primary.claimId());
    assertThat(((Number) primaryRow.get("latest_version")).intValue()).isEqualTo(1);
    assertThat((java.math.BigDecimal) primaryRow.get("paid")).isEqualByComparingTo(paid.paid());
    assertThat((java.math.BigDecimal) primaryRow.get("pr"))
        .isEqualByComparingTo(paid.patientResponsibility());
    assertThat(
            jdbc.queryForObject(
                "SELECT latest_version FROM report_claim WHERE claim_id = ?",
                Integer.class,
                secondary.claimId()))
        .isZero();
    // the drug lines follow their claim
    assertThat(
            jdbc.queryForList(
                "SELECT DISTINCT latest_version FROM report_claim_drug WHERE claim_id = ?",
                Integer.class,
                primary.claimId()))
        .containsExactly(1);
  }
}

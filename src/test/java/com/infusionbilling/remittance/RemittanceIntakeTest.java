package com.infusionbilling.remittance;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.claim.ClaimFixtures;
import com.infusionbilling.claim.ClaimPayments;
import com.infusionbilling.claim.ClaimPayments.PostingClaim;
import com.infusionbilling.claim.ClaimRef;
import com.infusionbilling.claim.ClaimService;
import com.infusionbilling.edi.model.ClaimPayment;
import com.infusionbilling.testing.EpisodeFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * An 835 is stored as received, once per TRN02 + CLP01 + CLP07 (a reversal apart), its lines tied
 * to our claim lines by REF*6R with the expected allowed amounts, and read back through {@link
 * RemittanceQueries} with every code in plain English.
 */
@SpringBootTest
@Import(EpisodeFixtures.class)
class RemittanceIntakeTest {
  @Autowired EpisodeFixtures fixtures;
  @Autowired ClaimService claims;
  @Autowired ClaimPayments claimPayments;
  @Autowired RemittanceIntake intake;
  @Autowired RemittanceQueries queries;

  PostingClaim claim;

  @BeforeEach
  void claim() {
    long episodeId = fixtures.episode("MEDICARE_PART_B", "1EG4TE5MK81").getId();
    ClaimRef ref = claims.createOriginal(ClaimFixtures.infliximab(episodeId, "MEDICARE_PART_B"));
    claim = claimPayments.claim(ref.claimId()).orElseThrow();
  }

  @Test
  void theSame835TwiceIsStoredOnce() {
    ClaimPayment p = Remittances.forClaim(claim).denyLine(2, "CO", "16", "M119").payment();
    String trace = "EFT" + claim.claimId();
    var first = intake.store(Remittances.remittance(trace, p), "a.835");
    var second = intake.store(Remittances.remittance(trace, p), "b.835");

    assertThat(second.remittanceId()).isEqualTo(first.remittanceId());
    assertThat(first.claims())
        .singleElement()
        .satisfies(c -> assertThat(c.claimKey()).isEqualTo(claim.claimKey()));
    var stored = queries.ofClaim(claim.claimId());
    assertThat(stored).hasSize(1);
    RemittanceView v = stored.get(0);
    assertThat(v.traceNumber()).isEqualTo(trace);
    assertThat(v.payerId()).isEqualTo("SBX01");
    assertThat(v.statusCode()).isEqualTo("1");
    assertThat(v.lines()).hasSize(claim.lines().size());
    RemittanceView.LineView drug = v.lines().get(0);
    assertThat(drug.claimLineId()).isEqualTo(claim.lines().get(0).claimLineId());
    assertThat(drug.expectedAllowed()).isEqualByComparingTo("3031.78");
    assertThat(drug.adjustments())
        .extracting(RemittanceView.AdjustmentView::code)
        .containsExactly("CO-45", "PR-2");
    RemittanceView.LineView wastage = v.lines().get(1);
    assertThat(wastage.adjustments())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.code()).isEqualTo("CO-16");
              assertThat(a.text()).contains("lacks information");
              assertThat(a.groupText()).startsWith("Contractual obligation");
            });
    assertThat(wastage.remarks())
        .singleElement()
        .satisfies(r -> assertThat(r.text()).contains("National Drug Code"));
    assertThat(queries.remittanceClaim(v.remittanceClaimId())).contains(v);
  }

  @Test
  void aReversalIsStoredBesideThePaymentItReverses() {
    ClaimPayment p = Remittances.forClaim(claim).payment();
    String trace = "EFTR" + claim.claimId();
    intake.store(
        Remittances.remittance(trace, Remittances.reversal(p), p), "reversal-and-corrected.835");

    assertThat(queries.ofClaim(claim.claimId()))
        .extracting(RemittanceView::statusCode, RemittanceView::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("22", "reversal of a previous payment"),
            org.assertj.core.groups.Tuple.tuple("1", "processed as primary"));
  }

  @Autowired ProviderAdjustments providerAdjustments;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void eachPlbAdjustmentIsStoredOnceAndRoutedToAccountsReceivableOnce() {
    ClaimPayment p = Remittances.forClaim(claim).payment();
    var plb =
        java.util.List.of(
            new com.infusionbilling.edi.model.ProviderAdjustment(
                "1234567893",
                java.time.LocalDate.of(2026, 12, 31),
                "WO",
                claim.patientControlNumber(),
                new java.math.BigDecimal("120.50")));
    String trace = "EFTPLB" + claim.claimId();
    intake.store(Remittances.remittance(trace, plb, p), "plb.835");
    intake.store(Remittances.remittance(trace, plb, p), "plb-again.835");

    var starts =
        jdbc.sql(
                "SELECT business_key FROM process_start WHERE process_id = ?"
                    + " AND business_key LIKE 'plb-%' ORDER BY id")
            .param("ProviderAdjustmentReview")
            .query(String.class)
            .list();
    long plbId = Long.parseLong(starts.get(starts.size() - 1).substring(4));
    assertThat(starts).filteredOn(k -> k.equals("plb-" + plbId)).hasSize(1);
    var stored = providerAdjustments.find(plbId).orElseThrow();
    assertThat(stored.getReasonCode()).isEqualTo("WO");
    assertThat(stored.getClaimId()).isEqualTo(claim.claimId());
    assertThat(stored.getRoutedAt()).isNotNull();
    assertThat(queries.codes().plb("WO")).startsWith("Overpayment recovery");

    assertThat(providerAdjustments.reconcile(plbId, "POSTED", "applied to account", "ar1"))
        .isTrue();
    assertThat(providerAdjustments.reconcile(plbId, "DISPUTED", "again", "ar2")).isFalse();
    assertThat(providerAdjustments.find(plbId).orElseThrow().getResolution()).isEqualTo("POSTED");
  }

  @Test
  void aClaimPaymentForNoClaimOfOursIsStoredUnmatched() {
    ClaimPayment p = Remittances.forClaim(claim).payment();
    ClaimPayment stranger =
        new ClaimPayment(
            "NOTOURS-" + claim.claimId(),
            p.statusCode(),
            p.charge(),
            p.paid(),
            p.patientResponsibility(),
            p.claimFilingIndicator(),
            "X" + p.payerClaimControlNumber(),
            null,
            null,
            null,
            p.adjustments(),
            p.remarkCodes(),
            p.services());
    var received =
        intake.store(Remittances.remittance("EFTU" + claim.claimId(), stranger), "u.835");
    assertThat(received.claims()).isEmpty();
    assertThat(received.unmatched()).isEqualTo(1);
  }
}

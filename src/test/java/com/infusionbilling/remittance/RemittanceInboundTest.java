package com.infusionbilling.remittance;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.claim.ClaimFixtures;
import com.infusionbilling.claim.ClaimPayments;
import com.infusionbilling.claim.ClaimPayments.PostingClaim;
import com.infusionbilling.claim.ClaimRef;
import com.infusionbilling.claim.ClaimService;
import com.infusionbilling.clearinghouse.InboundPollResult;
import com.infusionbilling.clearinghouse.LocalMailboxTestBase;
import com.infusionbilling.edi.model.ClaimPayment;
import com.infusionbilling.edi.model.Remittance;
import com.infusionbilling.testing.EpisodeFixtures;
import com.infusionbilling.testing.X12Samples;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * 835 files through the inbound mailbox and the real listener: the same 835 delivered twice (a new
 * interchange around the same payment, as DUP835 members get) is stored and posted once; an 835
 * that does not balance is quarantined with the rule it breaks, and nothing of it is stored.
 */
@Import(EpisodeFixtures.class)
class RemittanceInboundTest extends LocalMailboxTestBase {
  @Autowired EpisodeFixtures fixtures;
  @Autowired ClaimService claims;
  @Autowired ClaimPayments claimPayments;
  @Autowired RemittanceQueries queries;
  @Autowired RemittancePosting posting;

  PostingClaim claim;

  @BeforeEach
  void claim() {
    long episodeId = fixtures.episode("COMMERCIAL_ACME", "W500600700").getId();
    ClaimRef ref = claims.createOriginal(ClaimFixtures.infliximab(episodeId, "COMMERCIAL_ACME"));
    claim = claimPayments.claim(ref.claimId()).orElseThrow();
  }

  /** One writer: each file is a new interchange (ISA13), as a clearinghouse sends it again. */
  final com.infusionbilling.edi.X12Writer writer = X12Samples.writer();

  void deliver(String name, Remittance r) throws Exception {
    var out = writer.write(X12Samples.CLEARINGHOUSE_TO_PROVIDER, List.of(r));
    Files.write(BASE.resolve("inbound/" + name), out.content());
  }

  @Test
  void theSame835DeliveredTwiceInTwoInterchangesIsPostedOnce() throws Exception {
    Remittance r =
        Remittances.remittance(
            "EFTDUP" + claim.claimId(), Remittances.forClaim(claim).deductible("100").payment());
    deliver("dup-1.835", r);
    deliver("dup-2.835", r);

    InboundPollResult result = gateway.pollInbound();

    assertThat(result.processed()).isEqualTo(2);
    assertThat(queries.ofClaim(claim.claimId())).hasSize(1);
    long remittanceId = queries.ofClaim(claim.claimId()).get(0).remittanceId();
    posting.post(remittanceId, claim.claimId());
    posting.post(remittanceId, claim.claimId());
    assertThat(queries.patientResponsibility(claim.claimId()))
        .extracting(RemittanceView.PatientResponsibilityView::carc)
        .containsExactly("1", "2", "2", "2", "2");
  }

  @Test
  void an835ThatDoesNotBalanceIsQuarantinedWithTheRuleItBreaks() throws Exception {
    ClaimPayment p = Remittances.forClaim(claim).payment();
    Remittance good = Remittances.remittance("EFTBAD" + claim.claimId(), p);
    Remittance bad =
        new Remittance(
            good.traceNumber(),
            good.paymentMethod(),
            good.totalPaid().add(new BigDecimal("10.00")),
            good.paymentDate(),
            good.payer(),
            good.payee(),
            good.claims());
    deliver("unbalanced.835", bad);

    InboundPollResult result = gateway.pollInbound();

    assertThat(result.quarantined()).isEqualTo(1);
    assertThat(names("quarantine")).contains("unbalanced.835", "unbalanced.835.error.txt");
    assertThat(Files.readString(BASE.resolve("quarantine/unbalanced.835.error.txt")))
        .contains("835 does not balance")
        .contains("BPR02");
    assertThat(names("inbound")).isEmpty();
    assertThat(queries.ofClaim(claim.claimId())).isEmpty();
  }
}

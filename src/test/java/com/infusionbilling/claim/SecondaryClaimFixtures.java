package com.infusionbilling.claim;

import com.infusionbilling.claim.ClaimPayments.PostingClaim;
import com.infusionbilling.edi.model.ClaimPayment;
import com.infusionbilling.remittance.RemittanceIntake;
import com.infusionbilling.remittance.RemittancePosting;
import com.infusionbilling.remittance.Remittances;
import com.infusionbilling.testing.EpisodeFixtures;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A Medicare primary claim partly denied (CO-50 on its drug line) whose patient share was billed to
 * the secondary payer, and the primary's later payment of the whole claim (an overturned appeal:
 * the payer's adjustment 835 reverses the first payment and pays again, same CLP07), with the real
 * services. Import it with {@link EpisodeFixtures}.
 */
@Component
public class SecondaryClaimFixtures {
  private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

  private final EpisodeFixtures fixtures;
  private final ClaimService claims;
  private final ClaimPayments claimPayments;
  private final RemittanceIntake intake;
  private final RemittancePosting posting;
  private final SecondaryClaims secondaryClaims;
  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;

  SecondaryClaimFixtures(
      EpisodeFixtures fixtures,
      ClaimService claims,
      ClaimPayments claimPayments,
      RemittanceIntake intake,
      RemittancePosting posting,
      SecondaryClaims secondaryClaims,
      JdbcTemplate jdbc,
      ApplicationEventPublisher events) {
    this.fixtures = fixtures;
    this.claims = claims;
    this.claimPayments = claimPayments;
    this.intake = intake;
    this.posting = posting;
    this.secondaryClaims = secondaryClaims;
    this.jdbc = jdbc;
    this.events = events;
  }

  /** The primary, its first (partly denied) payment and the secondary claim that followed it. */
  public record Billed(PostingClaim primary, ClaimPayment firstPayment, ClaimRef secondary) {}

  /**
   * The primary paid with line 1 denied (CO-50) and a patient share on the others, posted; the
   * secondary billed; its 277CA gave it the payer claim control number {@code SUPP-PCN-<id>}.
   */
  public Billed partlyDeniedAndSecondaryBilled() {
    long n = SEQ.incrementAndGet();
    long episodeId = fixtures.episode("MEDICARE_PART_B", "SECONDARY" + n).getId();
    fixtures.withSecondaryCoverage(episodeId, "COMMERCIAL_ACME", "SUPP" + n);
    ClaimRef ref = claims.createOriginal(ClaimFixtures.medicareInfliximab(episodeId));
    PostingClaim primary = claimPayments.claim(ref.claimId()).orElseThrow();
    ClaimPayment first = Remittances.forClaim(primary).denyLine(1, "CO", "50").payment();
    String trace = "EFTPART" + primary.claimId();
    posting.post(
        intake.store(Remittances.remittance(trace, first), trace).remittanceId(),
        primary.claimId());
    ClaimRef secondary = secondaryClaims.create(primary.claimId());
    // the secondary payer's claim number arrives with its 277CA; set as it would leave it
    jdbc.update(
        "UPDATE claim SET payer_claim_control_number = ?, status = 'ACKNOWLEDGED' WHERE id = ?",
        "SUPP-PCN-" + secondary.claimId(),
        secondary.claimId());
    // written past the claim entity: tell the reports' summary, as the entity would
    events.publishEvent(new ClaimChanged(secondary.claimId()));
    return new Billed(primary, first, secondary);
  }

  /**
   * The primary's adjustment after the appeal: one 835 with the reversal of the first payment and
   * the whole claim paid (PR-2 on every line), posted; returns the new payment.
   */
  public ClaimPayment paidAgain(Billed billed) {
    ClaimPayment all = Remittances.forClaim(billed.primary()).payment();
    String trace = "EFTAGAIN" + billed.primary().claimId();
    posting.post(
        intake
            .store(
                Remittances.remittance(trace, Remittances.reversal(billed.firstPayment()), all),
                trace)
            .remittanceId(),
        billed.primary().claimId());
    return all;
  }
}

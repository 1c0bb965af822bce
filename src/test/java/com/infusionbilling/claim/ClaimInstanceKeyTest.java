package com.infusionbilling.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.clearinghouse.LocalMailboxTestBase;
import com.infusionbilling.process.ProcessStarted;
import com.infusionbilling.testing.EpisodeFixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The process-start outbox records a claim's instance key after the instance exists, while the
 * instance's first workers may already be changing the claim: neither may undo the other (the CI
 * once saw a rejected claim without its instance key, the recording having lost to a worker's
 * save).
 */
@Import(EpisodeFixtures.class)
class ClaimInstanceKeyTest extends LocalMailboxTestBase {
  @Autowired EpisodeFixtures fixtures;
  @Autowired ClaimService claims;
  @Autowired ClaimRepository repository;
  @Autowired ClaimSubmissionStarter starter;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void aWorkerSavingTheClaimItLoadedBeforeTheKeyWasRecordedKeepsTheKey() {
    long episodeId = fixtures.episode("MEDICARE_PART_B", "KEYRACE0042").getId();
    ClaimRef ref = claims.createOriginal(ClaimFixtures.infliximab(episodeId, "MEDICARE_PART_B"));
    long instanceKey = EpisodeFixtures.nextKey();
    var worker = new TransactionTemplate(transactions);
    var outbox = new TransactionTemplate(transactions);
    outbox.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

    worker.executeWithoutResult(
        s -> {
          Claim loaded = repository.findById(ref.claimId()).orElseThrow();
          // meanwhile the outbox marks the start done, in its own transaction
          outbox.executeWithoutResult(
              o ->
                  starter.started(
                      new ProcessStarted(
                          1L,
                          ClaimSubmissionProcess.PROCESS_ID,
                          ref.key(),
                          instanceKey,
                          Map.of(ClaimSubmissionProcess.VAR_CLAIM_ID, ref.claimId()))));
          loaded.sentAs("000004242");
        });

    Claim after = claims.get(ref.claimId());
    assertThat(after.getProcessInstanceKey()).isEqualTo(instanceKey);
    assertThat(after.getLastInterchangeControlNumber()).isEqualTo("000004242");
  }

  @Test
  void aKeyIsRecordedOnceAndARepeatedStartChangesNothing() {
    long episodeId = fixtures.episode("MEDICARE_PART_B", "KEYTWICE0042").getId();
    ClaimRef ref = claims.createOriginal(ClaimFixtures.infliximab(episodeId, "MEDICARE_PART_B"));
    long first = EpisodeFixtures.nextKey();

    var tx = new TransactionTemplate(transactions);
    Integer recorded = tx.execute(s -> repository.recordInstance(ref.claimId(), first));
    Integer again = tx.execute(s -> repository.recordInstance(ref.claimId(), first + 1));

    assertThat(recorded).isEqualTo(1);
    assertThat(again).isZero();

    assertThat(claims.get(ref.claimId()).getProcessInstanceKey()).isEqualTo(first);
  }
}

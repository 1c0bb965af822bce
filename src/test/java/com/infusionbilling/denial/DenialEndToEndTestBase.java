package com.infusionbilling.denial;

import com.infusionbilling.claim.ClaimQueries;
import com.infusionbilling.claim.ClaimService;
import com.infusionbilling.claim.ClaimSubmissionStarter;
import com.infusionbilling.clearinghouse.LocalMailboxTestBase;
import com.infusionbilling.testing.EpisodeFixtures;
import com.infusionbilling.testing.ModelDeployment;
import com.infusionbilling.testing.PurgeRuntimeBeforeClass;
import com.infusionbilling.testing.RealJobWorkers;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.UserTask;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * What the end-to-end tests of denials share: the real job workers, real X12 files through the
 * local mailbox and the sandbox payer, every model deployed, and the clock at the real time (the
 * sandbox dates its 835 today; appeal deadlines and retro windows count from it).
 */
@RealJobWorkers
@Import(EpisodeFixtures.class)
// Earlier tests leave instances and jobs in the shared runtime; these classes' real workers would
// work them too. (Long polls of an earlier context's closed client no longer take jobs: the
// runtime probes them, AbandonedLongPollTest.)
@ExtendWith(PurgeRuntimeBeforeClass.class)
abstract class DenialEndToEndTestBase extends LocalMailboxTestBase {
  @Autowired CamundaClient client;
  @Autowired EpisodeFixtures fixtures;
  @Autowired ClaimService claims;
  @Autowired ClaimSubmissionStarter starter;
  @Autowired ClaimQueries queries;

  @BeforeEach
  void deployAndStartToday() {
    ModelDeployment.deployAll(client);
    clock.set(Instant.now());
  }

  Optional<UserTask> openTask(String elementId, long claimId) {
    return ProcessSearches.openTask(client, elementId, claimId);
  }

  String variable(long processInstanceKey, String name) {
    return ProcessSearches.variable(client, processInstanceKey, name);
  }
}

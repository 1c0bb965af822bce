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
// In the full suite the claim's first jobs went to long polls left by the previous test's closed
// context and waited out their timeouts (3 minutes passed with no 837); a purge answers those
// polls.
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

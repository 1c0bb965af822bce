package com.infusionbilling.episode;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.clearinghouse.LocalMailboxTestBase;
import com.infusionbilling.intake.CoverageRepository;
import com.infusionbilling.testing.EpisodeFixtures;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Delivery is at least once: each test delivers the same job twice to the real worker (real
 * services, database and local-directory mailbox) and shows that the second delivery does nothing
 * twice: no second coverage.
 */
@Import(EpisodeFixtures.class)
class EpisodeWorkersIdempotencyTest extends LocalMailboxTestBase {
  @Autowired EpisodeFixtures fixtures;
  @Autowired ApplyCoverageResolutionWorker applyResolution;
  @Autowired CoverageRepository coverages;
  @Autowired EpisodeRepository episodes;

  @Test
  void theSameApplyCoverageResolutionJobTwiceAddsOneCoverageAndClearsTheMemberId() {
    var episode = fixtures.episode("COMMERCIAL_SUMMIT", "INACT0001");
    long before = coverages.count();
    Map<String, Object> vars = new HashMap<>();
    vars.put("episodeId", episode.getId());
    vars.put("coverageResolution", "ALTERNATE_PAYER");
    vars.put("alternatePayerId", "COMMERCIAL_ACME");
    vars.put("alternateMemberId", "ACME77");
    var job = EpisodeFixtures.job(EpisodeFixtures.nextKey(), 1L, vars);

    var first = applyResolution.apply(job);
    var second = applyResolution.apply(job);

    assertThat(first)
        .containsEntry("payerId", "COMMERCIAL_ACME")
        .containsEntry("alternateMemberId", null);
    assertThat(second).isEqualTo(first);
    assertThat(coverages.count()).isEqualTo(before + 1);
    var coverage =
        coverages.findById(episodes.findById(episode.getId()).orElseThrow().getCoverageId());
    assertThat(coverage.orElseThrow().getMemberId()).isEqualTo("ACME77");
  }
}

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
  @Autowired ApplySiteOfCareResolutionWorker applySiteOfCare;
  @Autowired TherapyOrderRepository orders;
  @Autowired TimelineEntryRepository timeline;

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

  @Test
  void theSameSiteOfCareResolutionJobTwiceMovesTheTherapyOnceAndWhiteBagIsAFreeDrug() {
    var episode =
        fixtures.episode(
            "MEDICARE_PART_B",
            "1EG4TE5MK75",
            "J1745",
            com.infusionbilling.billing.scrub.SiteOfCare.HOME);
    Map<String, Object> vars = new HashMap<>();
    vars.put("episodeId", episode.getId());
    vars.put("siteOfCareResolution", "CHANGE_SITE");
    vars.put("newSiteOfCare", "OFFICE");
    var job = EpisodeFixtures.job(EpisodeFixtures.nextKey(), 1L, vars);

    var first = applySiteOfCare.apply(job);
    var second = applySiteOfCare.apply(job);

    assertThat(first)
        .containsEntry("siteOfCare", "OFFICE")
        .containsEntry("siteOfCareException", false);
    assertThat(second).isEqualTo(first);
    assertThat(orders.findByEpisodeId(episode.getId()).orElseThrow().getSiteOfCare().name())
        .isEqualTo("OFFICE");
    assertThat(
            timeline.findAll().stream()
                .filter(t -> t.getEpisodeId().equals(episode.getId()))
                .filter(t -> "SITE_OF_CARE_RESOLVED".equals(t.getEventType()))
                .count())
        .isEqualTo(1);

    vars.put("siteOfCareResolution", "WHITE_BAG");
    applySiteOfCare.apply(EpisodeFixtures.job(EpisodeFixtures.nextKey(), 1L, vars));
    assertThat(episodes.findById(episode.getId()).orElseThrow().getDrugSource())
        .isEqualTo("WHITE_BAG");
  }
}

package com.infusionbilling.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.clearinghouse.LocalMailboxTestBase;
import com.infusionbilling.edi.model.EligibilityInquiry;
import com.infusionbilling.testing.EpisodeFixtures;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Delivery is at least once: each test delivers the same job twice to the real worker (real
 * services, database and local-directory mailbox) and shows that the second delivery does nothing
 * twice: no second 270.
 */
@Import(EpisodeFixtures.class)
class VerificationWorkersIdempotencyTest extends LocalMailboxTestBase {
  @Autowired EpisodeFixtures fixtures;
  @Autowired SendEligibilityInquiryWorker sendInquiry;
  @Autowired BenefitVerificationRepository verifications;

  @Test
  void theSameSendEligibilityInquiryJobTwiceSendsOne270() throws IOException {
    var episode = fixtures.episode("COMMERCIAL_SUMMIT", "W1000001");
    var job = EpisodeFixtures.job(EpisodeFixtures.nextKey(), EpisodeFixtures.nextKey(), Map.of());

    var first = sendInquiry.send(job, episode.getId());
    var second = sendInquiry.send(job, episode.getId());

    assertThat(second).isEqualTo(first);
    assertThat(count("outbound")).isEqualTo(1);
    assertThat(verifications.findByEpisodeIdOrderByIdAsc(episode.getId())).hasSize(1);
    var inquiries = readOutbound(EligibilityInquiry.class);
    assertThat(inquiries).hasSize(1);
    assertThat(inquiries.get(0).traceNumber()).isEqualTo(first.get("traceNumber"));
    assertThat(inquiries.get(0).procedureCodes()).containsExactly("J1745");
  }
}

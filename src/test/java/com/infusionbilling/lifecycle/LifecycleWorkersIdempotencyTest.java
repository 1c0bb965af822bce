package com.infusionbilling.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.authorization.AuthorizationStatus;
import com.infusionbilling.authorization.OpenAuthorizationRequestWorker;
import com.infusionbilling.authorization.PayerAuthorizationRepository;
import com.infusionbilling.authorization.RecordAuthorizationWorker;
import com.infusionbilling.authorization.SendAuthorizationRequestWorker;
import com.infusionbilling.clearinghouse.LocalMailboxTestBase;
import com.infusionbilling.edi.model.AuthorizationRequest;
import com.infusionbilling.edi.model.EligibilityInquiry;
import com.infusionbilling.episode.ApplyCoverageResolutionWorker;
import com.infusionbilling.episode.EpisodeRepository;
import com.infusionbilling.intake.CoverageRepository;
import com.infusionbilling.verification.BenefitVerificationRepository;
import com.infusionbilling.verification.SendEligibilityInquiryWorker;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Delivery is at least once: each test delivers the same job twice to the real worker (real
 * services, database and local-directory mailbox) and shows that the second delivery does nothing
 * twice: no second 270 or 278 file, no second authorization, no second coverage.
 */
@Import(LifecycleFixtures.class)
class LifecycleWorkersIdempotencyTest extends LocalMailboxTestBase {
  @Autowired LifecycleFixtures fixtures;
  @Autowired SendEligibilityInquiryWorker sendInquiry;
  @Autowired OpenAuthorizationRequestWorker openRequest;
  @Autowired SendAuthorizationRequestWorker sendRequest;
  @Autowired RecordAuthorizationWorker recordAuthorization;
  @Autowired ApplyCoverageResolutionWorker applyResolution;
  @Autowired BenefitVerificationRepository verifications;
  @Autowired PayerAuthorizationRepository authorizations;
  @Autowired CoverageRepository coverages;
  @Autowired EpisodeRepository episodes;

  @Test
  void theSameSendEligibilityInquiryJobTwiceSendsOne270() throws IOException {
    var episode = fixtures.episode("COMMERCIAL_SUMMIT", "W1000001");
    var job =
        LifecycleFixtures.job(LifecycleFixtures.nextKey(), LifecycleFixtures.nextKey(), Map.of());

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

  @Test
  void theSameSendAuthorizationRequestJobTwiceSendsOne278AndANewSubmissionSendsAnother()
      throws IOException {
    var episode = fixtures.episode("COMMERCIAL_SUMMIT", "W1000002");
    long requestId = openRequest(episode.getId(), LifecycleFixtures.nextKey());
    var job = LifecycleFixtures.job(LifecycleFixtures.nextKey(), 1L, Map.of());

    var first = sendRequest.send(job, requestId, 0);
    var again = sendRequest.send(job, requestId, 0);

    assertThat(again).isEqualTo(first);
    assertThat(first.get("submissionCount")).isEqualTo(1);
    assertThat(count("outbound")).isEqualTo(1);
    var sent = readOutbound(AuthorizationRequest.class).get(0);
    // 5 mg/kg x 73 kg = 365 mg = 37 units of J1745 (10 mg), x 6 doses
    assertThat(sent.services().get(0).units()).isEqualByComparingTo("222");
    assertThat(sent.diagnosisCodes()).containsExactly("K5090");

    var resubmission = sendRequest.send(job, requestId, 1);
    assertThat(resubmission.get("submissionCount")).isEqualTo(2);
    assertThat(count("outbound")).isEqualTo(2);
  }

  @Test
  void theSameRecordAuthorizationJobTwiceRecordsOneAuthorization() {
    var episode = fixtures.episode("COMMERCIAL_SUMMIT", "W1000003");
    long requestId = openRequest(episode.getId(), LifecycleFixtures.nextKey());
    Map<String, Object> vars = new HashMap<>();
    vars.put("authorizationRequestId", requestId);
    vars.put("decision", "APPROVED");
    vars.put("certificationNumber", "SBX-123");
    vars.put("approvedUnits", 222);
    vars.put("approvedFrom", "2026-02-01");
    vars.put("approvedTo", "2026-05-09");
    var job = LifecycleFixtures.job(LifecycleFixtures.nextKey(), 1L, vars);

    var first = recordAuthorization.record(job);
    var second = recordAuthorization.record(job);

    assertThat(second).isEqualTo(first);
    var all = authorizations.findByEpisodeIdOrderByIdAsc(episode.getId());
    assertThat(all).hasSize(1);
    assertThat(all.get(0).getStatus()).isEqualTo(AuthorizationStatus.APPROVED);
    assertThat(all.get(0).getApprovedQuantity()).isEqualByComparingTo("222");
    assertThat(all.get(0).getAuthorizationNumber()).isEqualTo("SBX-123");
  }

  @Test
  void theSameApplyCoverageResolutionJobTwiceAddsOneCoverageAndClearsTheMemberId() {
    var episode = fixtures.episode("COMMERCIAL_SUMMIT", "INACT0001");
    long before = coverages.count();
    Map<String, Object> vars = new HashMap<>();
    vars.put("episodeId", episode.getId());
    vars.put("coverageResolution", "ALTERNATE_PAYER");
    vars.put("alternatePayerId", "COMMERCIAL_ACME");
    vars.put("alternateMemberId", "ACME77");
    var job = LifecycleFixtures.job(LifecycleFixtures.nextKey(), 1L, vars);

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

  private long openRequest(long episodeId, long processInstanceKey) {
    var job =
        LifecycleFixtures.job(
            LifecycleFixtures.nextKey(), processInstanceKey, Map.of("episodeId", episodeId));
    var first = openRequest.open(job);
    assertThat(openRequest.open(job)).isEqualTo(first);
    return ((Number) first.get("authorizationRequestId")).longValue();
  }

  private <T extends com.infusionbilling.edi.model.X12Message> java.util.List<T> readOutbound(
      Class<T> type) throws IOException {
    var reader = new com.infusionbilling.edi.X12Reader();
    java.util.List<T> all = new java.util.ArrayList<>();
    try (var files = Files.list(BASE.resolve("outbound"))) {
      for (var f : files.filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
        try (var in = Files.newInputStream(f)) {
          all.addAll(reader.readAll(in, type));
        }
      }
    }
    return all;
  }
}

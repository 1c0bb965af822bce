package com.infusionbilling.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.clearinghouse.LocalMailboxTestBase;
import com.infusionbilling.edi.model.AuthorizationRequest;
import com.infusionbilling.testing.EpisodeFixtures;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Delivery is at least once: each test delivers the same job twice to the real worker (real
 * services, database and local-directory mailbox) and shows that the second delivery does nothing
 * twice: no second 278 for one submission, no second authorization.
 */
@Import(EpisodeFixtures.class)
class AuthorizationWorkersIdempotencyTest extends LocalMailboxTestBase {
  @Autowired EpisodeFixtures fixtures;
  @Autowired OpenAuthorizationRequestWorker openRequest;
  @Autowired SendAuthorizationRequestWorker sendRequest;
  @Autowired RecordAuthorizationWorker recordAuthorization;
  @Autowired PayerAuthorizationRepository authorizations;
  @Autowired RecordAdditionalInformationWorker recordInformation;
  @Autowired ApplyPeerToPeerOutcomeWorker applyPeerToPeer;
  @Autowired PriorAuthorizationRequestRepository requests;

  @Test
  void theSameSendAuthorizationRequestJobTwiceSendsOne278AndANewSubmissionSendsAnother()
      throws IOException {
    var episode = fixtures.episode("COMMERCIAL_SUMMIT", "W1000002");
    long requestId = openRequest(episode.getId(), EpisodeFixtures.nextKey());
    var job = EpisodeFixtures.job(EpisodeFixtures.nextKey(), 1L, Map.of());

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
    long requestId = openRequest(episode.getId(), EpisodeFixtures.nextKey());
    Map<String, Object> vars = new HashMap<>();
    vars.put("authorizationRequestId", requestId);
    vars.put("decision", "APPROVED");
    vars.put("certificationNumber", "SBX-123");
    vars.put("approvedUnits", 222);
    vars.put("approvedFrom", "2026-02-01");
    vars.put("approvedTo", "2026-05-09");
    var job = EpisodeFixtures.job(EpisodeFixtures.nextKey(), 1L, vars);

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
  void theSameAdditionalInformationJobTwiceIsOneRoundAndNo278() throws IOException {
    var episode = fixtures.episode("COMMERCIAL_SUMMIT", "W1000004");
    long requestId = openRequest(episode.getId(), EpisodeFixtures.nextKey());
    Map<String, Object> vars = new HashMap<>();
    vars.put("authorizationRequestId", requestId);
    vars.put("informationChannel", "X12_275");
    vars.put("payerReference", "SBXR77");
    vars.put("documentReference", "DOC-77");
    var job = EpisodeFixtures.job(EpisodeFixtures.nextKey(), 1L, vars);

    var first = recordInformation.record(job);
    var second = recordInformation.record(job);

    assertThat(first).containsEntry("informationRounds", 1);
    assertThat(second).isEqualTo(first);
    assertThat(requests.findById(requestId).orElseThrow().getInformationRounds()).isEqualTo(1);
    assertThat(count("outbound")).isZero();
  }

  @Test
  void theSameOverturnTwiceIsOneApprovalOfTheRequest() {
    var episode = fixtures.episode("COMMERCIAL_SUMMIT", "W1000005");
    long requestId = openRequest(episode.getId(), EpisodeFixtures.nextKey());
    Map<String, Object> vars = new HashMap<>();
    vars.put("authorizationRequestId", requestId);
    vars.put("peerToPeerOutcome", "OVERTURNED");
    vars.put("certificationNumber", "P2P-5");
    vars.put("approvedUnits", 222);
    vars.put("approvedFrom", "2026-02-01");
    vars.put("approvedTo", "2026-05-09");
    var job = EpisodeFixtures.job(EpisodeFixtures.nextKey(), 1L, vars);

    var first = applyPeerToPeer.apply(job);
    var second = applyPeerToPeer.apply(job);

    assertThat(first)
        .containsEntry("decision", "APPROVED")
        .containsEntry("certificationNumber", "P2P-5");
    assertThat(second).isEqualTo(first);
    var request = requests.findById(requestId).orElseThrow();
    assertThat(request.getDecision()).isEqualTo("APPROVED");
    assertThat(request.getCertificationNumber()).isEqualTo("P2P-5");
  }

  private long openRequest(long episodeId, long processInstanceKey) {
    var job =
        EpisodeFixtures.job(
            EpisodeFixtures.nextKey(), processInstanceKey, Map.of("episodeId", episodeId));
    var first = openRequest.open(job);
    assertThat(openRequest.open(job)).isEqualTo(first);
    return ((Number) first.get("authorizationRequestId")).longValue();
  }
}

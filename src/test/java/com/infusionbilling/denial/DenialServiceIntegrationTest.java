package com.infusionbilling.denial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.infusionbilling.claim.ClaimFixtures;
import com.infusionbilling.claim.ClaimQueries;
import com.infusionbilling.claim.ClaimRef;
import com.infusionbilling.claim.ClaimService;
import com.infusionbilling.claim.ClaimView;
import com.infusionbilling.clearinghouse.LocalMailboxTestBase;
import com.infusionbilling.testing.EpisodeFixtures;
import com.infusionbilling.testing.ModelDeployment;
import io.camunda.client.CamundaClient;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The seam between posting and denial management (CONTRACT-17): a denial opened inside the
 * posting's transaction is stored once, starts one {@code DenialManagement} after the commit, is
 * routed by {@code Decision_DenialRouting} (real workers) and waits in "Work denial" for the group
 * the decision chose.
 */
@Import(EpisodeFixtures.class)
class DenialServiceIntegrationTest extends LocalMailboxTestBase {
  static final AtomicLong REMITTANCE_CLAIMS = new AtomicLong(System.nanoTime() % 1_000_000L);

  @Autowired EpisodeFixtures fixtures;
  @Autowired ClaimService claims;
  @Autowired ClaimQueries claimQueries;
  @Autowired DenialService denials;
  @Autowired DenialRepository repository;
  @Autowired CamundaClient client;
  @Autowired PlatformTransactionManager transactions;
  @Autowired RecordDenialRoutingWorker routingWorker;
  @Autowired ObjectMapper json;

  @BeforeEach
  void deploy() {
    ModelDeployment.deploy(
        client,
        "bpmn/DenialManagement.bpmn",
        "bpmn/Decision_DenialRouting.dmn",
        "forms/work-denial.form");
  }

  ClaimView claim(String payer, String member) {
    long episodeId = fixtures.episode(payer, member).getId();
    ClaimRef ref = claims.createOriginal(ClaimFixtures.infliximab(episodeId, payer));
    return claimQueries.view(ref.claimId()).orElseThrow();
  }

  long openInTransaction(OpenDenial d) {
    return new TransactionTemplate(transactions).execute(s -> denials.open(d));
  }

  static OpenDenial co50(ClaimView claim, long remittanceClaimId) {
    ClaimView.Line drug = claim.lines().get(0);
    return new OpenDenial(
        claim.claimId(),
        drug.lineId(),
        remittanceClaimId,
        "CO",
        "50",
        List.of("N115"),
        new BigDecimal("3031.78"),
        new BigDecimal("3031.78"),
        BigDecimal.ZERO,
        LocalDate.now(),
        null);
  }

  @Test
  void aDenialIsOpenedOnceAndItsProcessStartsOnceAfterTheCommit() throws Exception {
    ClaimView claim = claim("MEDICARE_PART_B", "1EG4TE5DN01");
    OpenDenial co50 = co50(claim, REMITTANCE_CLAIMS.incrementAndGet());

    long id = openInTransaction(co50);
    long again = openInTransaction(co50);

    assertThat(again).isEqualTo(id);
    assertThat(repository.findByClaimIdOrderByIdAsc(claim.claimId())).hasSize(1);
    Denial denial = repository.findById(id).orElseThrow();
    assertThat(denial.getLineKind()).isEqualTo("DRUG");
    assertThat(denial.getPayerType()).isEqualTo("MEDICARE_PART_B");
    assertThat(denial.getClaimType()).isEqualTo("837P");
    assertThat(denial.isAuthorizationOnFile()).isTrue();
    assertThat(denial.isAbnOnFile()).isFalse();
    Long key =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () -> repository.findById(id).orElseThrow().getProcessInstanceKey(),
                k -> k != null);
    try {
      var instances =
          client
              .newProcessInstanceSearchRequest()
              .filter(
                  f -> f.processDefinitionId("DenialManagement").variables(Map.of("denialId", id)))
              .send()
              .join()
              .items();
      assertThat(instances).hasSize(1);
      // CO-50 without an ABN: the appeals group works it, 30 days from the remittance
      // Decision_DenialRouting ran in the runtime: CO-50 without an ABN goes to appeals
      String routing =
          await()
              .atMost(Duration.ofSeconds(20))
              .until(() -> variable(key, "routing"), v -> v != null);
      assertThat(incidents(key)).isEmpty();
      Map<String, Object> route = json.readValue(routing, new TypeReference<>() {});
      assertThat(route).containsEntry("action", "APPEAL").containsEntry("workGroup", "appeals");

      // the routing worker, delivered twice, stores the route once
      var first = routingWorker.record(id, route);
      var second = routingWorker.record(id, route);
      assertThat(second).isEqualTo(first);
      Denial routed = repository.findById(id).orElseThrow();
      assertThat(routed.getStatus()).isEqualTo(DenialStatus.ROUTED);
      assertThat(routed.getRoutedAction()).isEqualTo("APPEAL");
      assertThat(routed.getWorkGroup()).isEqualTo("appeals");
      assertThat(routed.getWorkDeadline()).isEqualTo(LocalDate.now().plusDays(30));
      assertThat(routed.getRoutingRule()).contains("CO-50");
      assertThat(first)
          .containsEntry("workGroup", "appeals")
          .containsEntry("denialCodes", "CO-50 (N115)")
          .containsEntry("workDeadline", LocalDate.now().plusDays(30).toString());
    } finally {
      client.newCancelInstanceCommand(key).send().join();
    }
  }

  String variable(long key, String name) {
    return client
        .newVariableSearchRequest()
        .filter(f -> f.processInstanceKey(key).name(name))
        .send()
        .join()
        .items()
        .stream()
        .map(v -> v.getValue())
        .findFirst()
        .orElse(null);
  }

  List<String> incidents(long key) {
    return client
        .newIncidentSearchRequest()
        .filter(f -> f.processInstanceKey(key))
        .send()
        .join()
        .items()
        .stream()
        .map(i -> i.getElementId() + ": " + i.getErrorMessage())
        .toList();
  }

  @Test
  void aDenialThatCannotBeStoredIsRefusedNamingTheField() {
    ClaimView claim = claim("COMMERCIAL_ACME", "ACM-DN-0002");
    OpenDenial good = co50(claim, REMITTANCE_CLAIMS.incrementAndGet());

    assertThatThrownBy(
            () ->
                openInTransaction(
                    new OpenDenial(
                        good.claimId(),
                        good.claimLineId(),
                        good.remittanceClaimId(),
                        "XX",
                        "50",
                        List.of(),
                        good.amount(),
                        null,
                        null,
                        LocalDate.now(),
                        null)))
        .isInstanceOf(InvalidDenialException.class)
        .hasMessageContaining("groupCode");
    assertThatThrownBy(
            () ->
                openInTransaction(
                    new OpenDenial(
                        good.claimId(),
                        999_999_999L,
                        good.remittanceClaimId(),
                        "CO",
                        "50",
                        List.of(),
                        good.amount(),
                        null,
                        null,
                        LocalDate.now(),
                        null)))
        .isInstanceOf(InvalidDenialException.class)
        .hasMessageContaining("claimLineId");
    assertThat(repository.findByClaimIdOrderByIdAsc(claim.claimId())).isEmpty();
  }
}

package com.infusionbilling.denial;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.claim.ClaimFixtures;
import com.infusionbilling.claim.ClaimRef;
import com.infusionbilling.claim.ClaimStatus;
import com.infusionbilling.claim.ClaimView;
import com.infusionbilling.claim.NewClaim;
import com.infusionbilling.edi.model.ProfessionalClaim;
import io.camunda.client.api.search.response.UserTask;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 17's retro-authorization path with the real job workers, through real X12 files and the
 * sandbox payer: a commercial claim for infliximab (a drug the payer authorizes) goes out as an
 * 837P without REF*G1 and the 835 denies it CO-197; posting opens the denial, {@code
 * Decision_DenialRouting} routes it to {@code authorization} (no authorization on file, within the
 * retro window), the coordinator works it as a retro authorization and records the payer's
 * approval; "Rebill claim" creates the replacement claim (version 2, frequency 7, REF*F8 = the
 * payer's claim control number, REF*G1 = the retro authorization number), which goes out as its own
 * 837P and is paid. The original claim stays as the payer denied it.
 */
class RetroAuthorizationEndToEndTest extends DenialEndToEndTestBase {
  /** The encounter of issue 16 billed to a commercial plan, without the authorization number. */
  static NewClaim withoutAuthorization(long episodeId) {
    NewClaim c = ClaimFixtures.infliximab(episodeId, "COMMERCIAL_ACME");
    return ClaimFixtures.copy(c, null, c.lines());
  }

  /** The 837Ps the sandbox payer took (it moves our outbound files to its received folder). */
  static List<ProfessionalClaim> professionalClaimsReceived() throws java.io.IOException {
    var reader = new com.infusionbilling.edi.X12Reader();
    List<ProfessionalClaim> all = new java.util.ArrayList<>();
    try (var files = java.nio.file.Files.list(BASE.resolve("clearinghouse-received"))) {
      for (var f : files.filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
        String text =
            java.nio.file.Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (text.contains("ST*837*")) {
          try (var in = java.nio.file.Files.newInputStream(f)) {
            all.addAll(reader.readAll(in, ProfessionalClaim.class));
          }
        }
      }
    }
    return all;
  }

  @Test
  void aCo197DenialIsRetroAuthorizedRebilledAsAReplacementAndPaid() throws Exception {
    long episodeId =
        fixtures.episode("COMMERCIAL_ACME", "RETRO" + System.nanoTime() % 1000).getId();
    ClaimRef original = claims.createOriginal(withoutAuthorization(episodeId));
    starter.start(original);
    exchangeUntil(
        () ->
            queries
                .view(original.claimId())
                .filter(c -> c.status().equals(ClaimStatus.DENIED.name())));

    UserTask work = exchangeUntil(() -> openTask("Task_WorkDenial", original.claimId()));
    assertThat(work.getCandidateGroups()).containsExactly("authorization");
    client
        .newCompleteUserTaskCommand(work.getUserTaskKey())
        .variables(Map.of("denialAction", "RETRO_AUTH"))
        .send()
        .join();

    UserTask retro =
        exchangeUntil(() -> openTask("Task_RequestRetroAuthorization", original.claimId()));
    assertThat(retro.getCandidateGroups()).containsExactly("authorization");
    LocalDate dos = queries.view(original.claimId()).orElseThrow().dateOfService();
    client
        .newCompleteUserTaskCommand(retro.getUserTaskKey())
        .variables(
            Map.of(
                "retroAuthorizationOutcome",
                "APPROVED",
                "retroAuthorizationNumber",
                "RA-E2E-197",
                "approvedUnits",
                40,
                "approvedFrom",
                dos.toString(),
                "approvedTo",
                dos.plusDays(180).toString()))
        .send()
        .join();

    // the replacement goes out as its own 837P and the payer pays it
    ClaimView replacement =
        exchangeUntil(
            () ->
                queries.ofEpisode(episodeId).stream()
                    .filter(c -> c.version() == 2)
                    .filter(c -> c.status().equals(ClaimStatus.PAID.name()))
                    .findFirst());
    ClaimView denied = queries.view(original.claimId()).orElseThrow();
    assertThat(replacement.frequencyCode()).isEqualTo("7");
    assertThat(replacement.authorizationNumber()).isEqualTo("RA-E2E-197");
    assertThat(replacement.remittances()).hasSize(1);
    assertThat(denied.status()).isEqualTo(ClaimStatus.DENIED.name());
    assertThat(denied.authorizationNumber()).isNull();

    // the replacement's 837P on the wire: frequency 7, REF*F8 = the denied claim's ICN, REF*G1
    ProfessionalClaim sent =
        professionalClaimsReceived().stream()
            .filter(p -> p.patientControlNumber().equals(replacement.patientControlNumber()))
            .filter(p -> "7".equals(p.frequencyCode()))
            .findFirst()
            .orElseThrow();
    assertThat(sent.originalPayerClaimNumber()).isEqualTo(denied.payerClaimControlNumber());
    assertThat(sent.priorAuthorizationNumber()).isEqualTo("RA-E2E-197");
  }
}

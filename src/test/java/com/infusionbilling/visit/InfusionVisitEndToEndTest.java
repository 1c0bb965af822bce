package com.infusionbilling.visit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.infusionbilling.billing.BillingProperties;
import com.infusionbilling.billing.scrub.SiteOfCare;
import com.infusionbilling.claim.ClaimQueries;
import com.infusionbilling.claim.ClaimRef;
import com.infusionbilling.claim.ClaimService;
import com.infusionbilling.claim.ClaimSubmissionProcess;
import com.infusionbilling.claim.ClaimSubmissionStarter;
import com.infusionbilling.claim.ClaimView;
import com.infusionbilling.clearinghouse.LocalMailboxTestBase;
import com.infusionbilling.demo.VisitDemoData;
import com.infusionbilling.edi.X12Reader;
import com.infusionbilling.edi.model.ProfessionalClaim;
import com.infusionbilling.edi.model.ProfessionalServiceLine;
import com.infusionbilling.episode.EpisodeRepository;
import com.infusionbilling.episode.EpisodeStatus;
import com.infusionbilling.intake.ReferralRequest;
import com.infusionbilling.intake.ReferralService;
import com.infusionbilling.testing.ModelDeployment;
import com.infusionbilling.testing.RealJobWorkers;
import com.infusionbilling.testing.ReferralBuilder;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16's end-to-end path with the real job workers, through real X12 files in the
 * local-directory mailbox and the sandbox payer: a Medicare Part B referral for infliximab is
 * verified by a 270/271 (Part B needs no prior authorization), today's office visit is scheduled,
 * checked ready and documented as the nurse does (365 mg from 4 × 100 mg single-dose vials,
 * 09:00–11:35), coded, billed as an 837P with J1745 × 37, J1745-JW × 3, 96365 × 1 and 96366 × 2
 * (Medicare's payer setting codes infliximab as a therapeutic infusion) and the NDC in loop 2410,
 * accepted by the 999 and the 277CA (the batch acknowledged A1, the claim accepted into
 * adjudication A2:20 as 005010X214 has it) and so {@code ACKNOWLEDGED}. Then the same claim is sent
 * again (the claim created again, its submission started again by the visit's worker and by the
 * claim's starter): still one claim version, one {@code ClaimSubmission} instance, one 837.
 */
@RealJobWorkers
class InfusionVisitEndToEndTest extends LocalMailboxTestBase {
  static final String NDC = "57894003001";

  @Autowired CamundaClient client;
  @Autowired ReferralService referrals;
  @Autowired EpisodeRepository episodes;
  @Autowired VisitService visits;
  @Autowired ClaimService claims;
  @Autowired ClaimQueries claimQueries;
  @Autowired ClaimSubmissionStarter claimStarter;
  @Autowired CreateClaimWorker createClaim;
  @Autowired StartClaimSubmissionWorker startClaimSubmission;
  @Autowired BillingProperties billing;
  @Autowired ObjectMapper json;

  @BeforeEach
  void deploy() {
    ModelDeployment.deployAll(client);
  }

  Optional<UserTask> documentationTask(long visitId) {
    return client
        .newUserTaskSearchRequest()
        .filter(
            f ->
                f.elementId(InfusionVisitProcess.ELEMENT_DOCUMENT_ADMINISTRATION)
                    .state(UserTaskState.CREATED)
                    .processInstanceVariables(
                        List.of(v -> v.name("visitId").value(String.valueOf(visitId)))))
        .send()
        .join()
        .items()
        .stream()
        .findFirst();
  }

  /** The 837 files the clearinghouse received (the sandbox moves them out of outbound/). */
  static List<String> claimFiles() throws IOException {
    List<String> files = new ArrayList<>();
    for (String folder : List.of("outbound", "clearinghouse-received")) {
      try (Stream<Path> list = Files.list(BASE.resolve(folder))) {
        for (Path f : list.filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
          String text = Files.readString(f);
          if (text.contains("ST*837*")) {
            files.add(text);
          }
        }
      }
    }
    return files;
  }

  /** The one archived inbound file of this transaction set. */
  static String archived(String transactionSet) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> list = Files.list(BASE.resolve("archive"))) {
      for (Path f : list.toList()) {
        String text = Files.readString(f);
        if (text.contains(transactionSet)) {
          found.add(text.replace("\n", "").replace("\r", ""));
        }
      }
    }
    assertThat(found).as(transactionSet + " files in archive/").hasSize(1);
    return found.get(0);
  }

  static String line(ClaimView.Line l) {
    String modifiers = l.modifiers().isEmpty() ? "" : "-" + String.join("-", l.modifiers());
    return l.code() + modifiers + " x" + l.units();
  }

  static String line(ProfessionalServiceLine l) {
    String modifiers = l.modifiers().isEmpty() ? "" : "-" + String.join("-", l.modifiers());
    return l.procedureCode() + modifiers + " x" + l.units().stripTrailingZeros().toPlainString();
  }

  @Test
  void medicareInfliximabFromReferralToAnAcknowledgedClaimThroughRealX12Files() throws Exception {
    LocalDate today = LocalDate.now(billing.zone());
    String body =
        ReferralBuilder.referral("E2E-VISIT-" + System.nanoTime() % 1_000_000)
            .patient("MRN-E2E-V1", "Ada", "Lovelace")
            .born("1950-12-10", "F")
            .address("5 Oak Ave", "Springfield", "IL", "62704")
            .coverage("MEDICARE_PART_B", "1EG4TE5MK71")
            .coverageFrom(today.withDayOfYear(1).toString())
            .fixedDose("J1745", "365")
            .schedule("every 8 weeks", 56, 6, today.toString())
            .diagnoses("K50.90")
            .siteOfCare("OFFICE")
            .json();
    long episodeId = referrals.intake(json.readValue(body, ReferralRequest.class)).episodeId();

    // 270 -> sandbox 271 (active) -> medical benefit; Medicare Part B needs no PA -> therapy active
    exchangeUntil(
        () -> episodes.findById(episodeId).filter(e -> e.getStatus() == EpisodeStatus.ACTIVE));

    long visitId =
        visits
            .schedule(
                episodeId,
                new VisitService.ScheduleRequest(
                    today.atTime(9, 0), SiteOfCare.OFFICE, DrugSource.BUY_AND_BILL),
                "coordinator")
            .visitId();

    // readiness checked (3 business days ahead and on the day: both already due) -> ready
    UserTask documentation = exchangeUntil(() -> documentationTask(visitId));
    assertThat(documentation.getCandidateGroups()).containsExactly("clinical");
    assertThat(visits.view(visitId).status()).isEqualTo(VisitStatus.READY);
    client
        .newCompleteUserTaskCommand(documentation.getUserTaskKey())
        .variables(
            VisitDemoData.documentation(
                today,
                "J1745",
                "57894-030-01",
                "LOT-E2E-1",
                365,
                35,
                100,
                4,
                "THERAPEUTIC",
                LocalTime.of(9, 0),
                LocalTime.of(11, 35)))
        .send()
        .join();

    // coded -> units consumed -> dispense -> claim -> 837P -> 999 A -> 277CA A1
    ClaimView claim =
        exchangeUntil(
            () ->
                claimQueries.ofEpisode(episodeId).stream()
                    .filter(c -> c.status().equals("ACKNOWLEDGED"))
                    .findFirst());

    assertThat(claim.claimType()).isEqualTo("837P");
    assertThat(claim.version()).isEqualTo(1);
    assertThat(claim.frequencyCode()).isEqualTo("1");
    assertThat(claim.visitId()).isEqualTo(visitId);
    assertThat(claim.payerClaimControlNumber()).startsWith("SBXC");
    assertThat(claim.lines())
        .extracting(InfusionVisitEndToEndTest::line)
        .containsExactly("J1745 x37", "J1745-JW x3", "96365 x1", "96366 x2");
    assertThat(claim.lines())
        .filteredOn(l -> l.code().equals("J1745"))
        .allSatisfy(l -> assertThat(l.ndc()).isEqualTo(NDC));
    assertThat(claim.acknowledgements())
        .extracting(a -> a.type() + ":" + a.accepted())
        .containsExactlyInAnyOrder("999:true", "277CA:true");
    assertThat(claim.acknowledgements())
        .filteredOn(a -> a.type().equals("277CA"))
        .singleElement()
        .satisfies(a -> assertThat(a.codes()).isEqualTo("A2:20"));
    // the 277CA as received: the batch acknowledged (A1:19) at the information receiver and the
    // billing provider, the claim accepted into adjudication (A2:20, 005010X214) with its number
    assertThat(archived("ST*999*")).contains("AK2*837*").contains("IK5*A~AK9*A*1*1*1");
    String ack277 = archived("ST*277*");
    assertThat(ack277)
        .contains("HL*2*1*21*1~NM1*41*2*INFUSION BILLING WORKFLOWS")
        .contains("STC*A1:19:PR")
        .contains("TRN*2*" + claim.patientControlNumber() + "~STC*A2:20*")
        .contains("REF*1K*" + claim.payerClaimControlNumber());
    assertThat(claim.history())
        .extracting(ClaimView.HistoryItem::event)
        .startsWith("CREATED", "SCRUB_PASSED", "SUBMITTED", "SENT")
        // files are read in name order, so the 277CA may come before its 999 (docs/lifecycle.md)
        .contains("999_ACCEPTED", "277CA_ACCEPTED");
    assertThat(visits.view(visitId).status()).isEqualTo(VisitStatus.BILLED);

    // the 837P as written: the lines, and the NDC in loop 2410 (LIN*N4, CTP quantity and unit)
    List<String> files = claimFiles();
    assertThat(files).hasSize(1);
    String x12 = files.get(0);
    assertThat(x12).contains("LIN**N4*" + NDC).contains("REF*6R*" + claim.patientControlNumber());
    List<ProfessionalClaim> sent = read837(x12);
    assertThat(sent).singleElement();
    ProfessionalClaim sentClaim = sent.get(0);
    assertThat(sentClaim.patientControlNumber()).isEqualTo(claim.patientControlNumber());
    assertThat(sentClaim.lines())
        .extracting(InfusionVisitEndToEndTest::line)
        .containsExactly("J1745 x37", "J1745-JW x3", "96365 x1", "96366 x2");
    assertThat(sentClaim.lines().get(0).drug().ndc11()).isEqualTo(NDC);
    assertThat(sentClaim.lines().get(1).drug().ndc11()).isEqualTo(NDC);
    assertThat(sentClaim.lines().get(2).drug()).isNull();

    // the same claim sent twice changes nothing: one version, one ClaimSubmission, one 837
    assertThat(createClaim.create(visitId)).containsEntry("claimId", claim.claimId());
    startClaimSubmission.start(visitId, claim.claimId(), 1);
    claimStarter.start(new ClaimRef(claim.claimId(), 1));
    for (int i = 0; i < 5; i++) {
      exchange();
      Thread.sleep(500);
    }
    assertThat(claims.ofVisit(visitId)).containsExactly(new ClaimRef(claim.claimId(), 1));
    assertThat(claimFiles()).hasSize(1);
    assertThat(submissionInstances(claim.claimId())).isEqualTo(1);
    ClaimView after = claimQueries.view(claim.claimId()).orElseThrow();
    assertThat(after.submissionAttempt()).isEqualTo(1);
    // the sandbox's 835 may be posted meanwhile (part 2b); sending and acknowledging happened once
    assertThat(after.history())
        .extracting(ClaimView.HistoryItem::event)
        .filteredOn(e -> List.of("SUBMITTED", "SENT", "999_ACCEPTED", "277CA_ACCEPTED").contains(e))
        .containsExactlyInAnyOrder("SUBMITTED", "SENT", "999_ACCEPTED", "277CA_ACCEPTED");
    try {
      client.newCancelInstanceCommand(after.processInstanceKey()).send().join();
    } catch (io.camunda.client.api.command.ClientException alreadyEnded) {
      // the remittance may have completed the instance
    }
  }

  long submissionInstances(long claimId) {
    return client
        .newProcessInstanceSearchRequest()
        .filter(
            f ->
                f.processDefinitionId(ClaimSubmissionProcess.PROCESS_ID)
                    .variables(
                        List.of(
                            v ->
                                v.name(ClaimSubmissionProcess.VAR_CLAIM_ID)
                                    .value(String.valueOf(claimId)))))
        .send()
        .join()
        .items()
        .size();
  }

  static List<ProfessionalClaim> read837(String x12) throws IOException {
    try (InputStream in = new java.io.ByteArrayInputStream(x12.getBytes())) {
      return new X12Reader().readAll(in, ProfessionalClaim.class);
    }
  }
}

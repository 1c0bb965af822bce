package com.infusionbilling.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.infusionbilling.billing.coding.ClaimType;
import com.infusionbilling.billing.scrub.SiteOfCare;
import com.infusionbilling.clearinghouse.LocalMailboxTestBase;
import com.infusionbilling.edi.X12Reader;
import com.infusionbilling.edi.X12Validator;
import com.infusionbilling.edi.model.InstitutionalClaim;
import com.infusionbilling.edi.model.ProfessionalClaim;
import com.infusionbilling.edi.model.X12Message;
import com.infusionbilling.testing.EpisodeFixtures;
import com.infusionbilling.testing.ModelDeployment;
import io.camunda.client.CamundaClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Claims through real X12 files: stored from a visit's coded lines, scrubbed, written as an 837P or
 * 837I into the local-directory mailbox, answered by the sandbox payer (999, 277CA) and read back
 * by the inbound poller, whose events the claim listener records. Every step twice changes nothing.
 */
@Import(EpisodeFixtures.class)
class ClaimSubmissionIntegrationTest extends LocalMailboxTestBase {
  @Autowired EpisodeFixtures fixtures;
  @Autowired ClaimService claims;
  @Autowired ClaimSubmissionService submissions;
  @Autowired ClaimAckRepository acks;
  @Autowired ClaimHistoryRepository history;
  @Autowired ClaimLineRepository lines;
  @Autowired ClaimSubmissionStarter starter;
  @Autowired ClaimQueries queries;
  @Autowired CamundaClient client;

  long episode(String payer, String member) {
    return fixtures.episode(payer, member).getId();
  }

  @Test
  void createOriginalStoresVersionOneWithItsLinesOnceByVisit() {
    long episodeId = episode("MEDICARE_PART_B", "1EG4TE5MK71");
    NewClaim input = ClaimFixtures.infliximab(episodeId, "MEDICARE_PART_B");

    ClaimRef first = claims.createOriginal(input);
    ClaimRef again = claims.createOriginal(input);

    assertThat(again).isEqualTo(first);
    assertThat(first.version()).isEqualTo(1);
    assertThat(claims.ofVisit(input.visitId())).containsExactly(first);
    Claim claim = claims.get(first.claimId());
    assertThat(claim.getStatus()).isEqualTo(ClaimStatus.DRAFT);
    assertThat(claim.getFrequencyCode()).isEqualTo("1");
    assertThat(claim.getClaimType()).isEqualTo(ClaimType.PROFESSIONAL);
    assertThat(claim.getPatientControlNumber()).isEqualTo("IBW" + first.claimId() + "V1");
    // Medicare: one calendar year from the date of service (42 CFR 424.44)
    assertThat(claim.getFilingDeadline()).isEqualTo(input.dateOfService().plusYears(1));
    // charges from the (illustrative seed) chargemaster, the same for every payer: J1745 $98.00
    // x (37 + 3), 96365 $340.00, 96366 $96.00 x 2; never the payer's expected amount
    assertThat(claim.getTotalCharge()).isEqualByComparingTo("4452.00");
    assertThat(claim.getTotalExpectedAllowed()).isEqualByComparingTo("3387.60");
    List<ClaimLine> stored = lines.findByClaimIdOrderByLineNumberAsc(first.claimId());
    assertThat(stored)
        .extracting(ClaimLine::getCode)
        .containsExactly("J1745", "J1745", "96365", "96366");
    assertThat(stored.get(1).getModifiers()).containsExactly("JW");
    assertThat(stored.get(0).getLineControlNumber())
        .isEqualTo(claim.getPatientControlNumber() + "-1");
    assertThat(stored.get(0).getCharge()).isEqualByComparingTo("3626.00");
    assertThat(stored.get(0).getChargeSource())
        .startsWith("chargemaster J1745 $98.00 per unit x 37");
    assertThat(history.findByClaimIdOrderByOccurredAtAscIdAsc(first.claimId()))
        .extracting(ClaimHistoryEntry::getEvent)
        .containsExactly("CREATED");
  }

  @Test
  void aClaimThatBreaksARuleIsRefusedNamingTheField() {
    long episodeId = episode("MEDICARE_PART_B", "1EG4TE5MK72");
    NewClaim good = ClaimFixtures.infliximab(episodeId, "MEDICARE_PART_B");
    NewClaim badPointer =
        new NewClaim(
            good.visitId(),
            episodeId,
            "MEDICARE_PART_B",
            ClaimType.PROFESSIONAL,
            good.dateOfService(),
            "OFFICE",
            null,
            List.of("K50.90"),
            null,
            List.of(
                new NewClaimLine(
                    "96365", List.of(), 1, null, null, null, null, "r", "e", null, List.of(3))));

    assertThatThrownBy(() -> claims.createOriginal(badPointer))
        .isInstanceOf(InvalidClaimException.class)
        .extracting(e -> ((InvalidClaimException) e).field())
        .isEqualTo("lines[0].diagnosisPointers[0]");
    assertThatThrownBy(
            () ->
                claims.createOriginal(
                    new NewClaim(
                        good.visitId(),
                        episodeId,
                        "NO_SUCH_PAYER",
                        ClaimType.PROFESSIONAL,
                        good.dateOfService(),
                        "OFFICE",
                        null,
                        good.diagnoses(),
                        null,
                        good.lines())))
        .extracting(e -> ((InvalidClaimException) e).field())
        .isEqualTo("payerId");
    assertThat(claims.ofVisit(good.visitId())).isEmpty();
  }

  @Test
  void aCleanClaimPassesTheScrubAndADrugLineWithoutItsNdcFailsIt() {
    long episodeId = episode("MEDICARE_PART_B", "1EG4TE5MK73");
    ClaimRef clean = claims.createOriginal(ClaimFixtures.infliximab(episodeId, "MEDICARE_PART_B"));
    NewClaim base = ClaimFixtures.infliximab(episodeId, "MEDICARE_PART_B");
    List<NewClaimLine> noNdc = new ArrayList<>(base.lines());
    NewClaimLine drug = noNdc.get(0);
    noNdc.set(
        0,
        new NewClaimLine(
            drug.code(),
            drug.modifiers(),
            drug.units(),
            null,
            null,
            null,
            drug.expectedAllowed(),
            drug.ruleId(),
            drug.explanation(),
            null,
            drug.diagnosisPointers()));
    ClaimRef broken =
        claims.createOriginal(
            new NewClaim(
                base.visitId(),
                episodeId,
                base.payerId(),
                base.claimType(),
                base.dateOfService(),
                base.siteOfCare(),
                base.authorizationNumber(),
                base.diagnoses(),
                base.renderingNpi(),
                noNdc));

    var passed = submissions.scrub(clean.claimId(), "job-1");
    var failed = submissions.scrub(broken.claimId(), "job-2");
    var failedAgain = submissions.scrub(broken.claimId(), "job-2");

    assertThat(passed.passed()).isTrue();
    assertThat(claims.get(clean.claimId()).getStatus()).isEqualTo(ClaimStatus.DRAFT);
    assertThat(failed.passed()).isFalse();
    assertThat(failed.errors()).contains("NDC_MISSING").contains("M119");
    assertThat(failedAgain).isEqualTo(failed);
    assertThat(claims.get(broken.claimId()).getStatus()).isEqualTo(ClaimStatus.SCRUB_FAILED);
    assertThat(history.findByClaimIdOrderByOccurredAtAscIdAsc(broken.claimId()))
        .extracting(ClaimHistoryEntry::getEvent)
        .containsExactly("CREATED", "SCRUB_FAILED");
  }

  @Test
  void the837pCarriesTheAuthorizationTheNdcAndALineControlNumberPerLineAndIsSentOnce()
      throws IOException {
    long episodeId = episode("MEDICARE_PART_B", "1EG4TE5MK74");
    ClaimRef ref = claims.createOriginal(ClaimFixtures.infliximab(episodeId, "MEDICARE_PART_B"));

    var first = submissions.submit(ref.claimId(), 1);
    var again = submissions.submit(ref.claimId(), 1);

    assertThat(first.batchKey()).isEqualTo("837:" + ref.claimId() + ":v1");
    assertThat(again.alreadySent()).isTrue();
    assertThat(again.interchangeControlNumber()).isEqualTo(first.interchangeControlNumber());
    assertThat(count("outbound")).isEqualTo(1);
    assertThat(validOutbound()).isTrue();
    ProfessionalClaim sent = read(ProfessionalClaim.class).get(0);
    Claim claim = claims.get(ref.claimId());
    assertThat(sent.patientControlNumber()).isEqualTo(claim.getPatientControlNumber());
    assertThat(sent.priorAuthorizationNumber()).isEqualTo(claim.getAuthorizationNumber());
    assertThat(sent.claimFilingIndicator()).isEqualTo("MB");
    assertThat(sent.placeOfService()).isEqualTo("11");
    assertThat(sent.frequencyCode()).isEqualTo("1");
    assertThat(sent.diagnosisCodes()).containsExactly("K5090", "Z79899");
    assertThat(sent.renderingProvider().id()).isEqualTo("1245319599");
    assertThat(sent.totalCharge()).isEqualByComparingTo("4452.00");
    assertThat(sent.lines().get(2).charge()).isEqualByComparingTo("340.00");
    assertThat(sent.lines()).hasSize(4);
    assertThat(sent.lines().get(0).drug().ndc11()).isEqualTo("57894003001");
    assertThat(sent.lines().get(0).drug().quantity()).isEqualByComparingTo("3.65");
    assertThat(sent.lines().get(1).modifiers()).containsExactly("JW");
    assertThat(sent.lines().get(3).units()).isEqualByComparingTo("2");
    assertThat(sent.lines())
        .extracting(l -> l.lineItemControlNumber())
        .containsExactly(
            claim.getPatientControlNumber() + "-1",
            claim.getPatientControlNumber() + "-2",
            claim.getPatientControlNumber() + "-3",
            claim.getPatientControlNumber() + "-4");
    assertThat(claim.getStatus()).isEqualTo(ClaimStatus.SUBMITTED);
    assertThat(claim.getLastInterchangeControlNumber()).isEqualTo(first.interchangeControlNumber());
  }

  @Test
  void aResubmissionKeepsTheVersionAndGoesOutAsANewInterchange() throws IOException {
    long episodeId = episode("MEDICARE_PART_B", "1EG4TE5MK75");
    ClaimRef ref = claims.createOriginal(ClaimFixtures.infliximab(episodeId, "MEDICARE_PART_B"));

    var first = submissions.submit(ref.claimId(), 1);
    var second = submissions.submit(ref.claimId(), 2);

    assertThat(second.batchKey()).isEqualTo("837:" + ref.claimId() + ":v1:r2");
    assertThat(second.interchangeControlNumber()).isNotEqualTo(first.interchangeControlNumber());
    assertThat(count("outbound")).isEqualTo(2);
    List<ProfessionalClaim> sent = read(ProfessionalClaim.class);
    assertThat(sent)
        .extracting(ProfessionalClaim::patientControlNumber)
        .containsOnly(claims.get(ref.claimId()).getPatientControlNumber());
    assertThat(claims.get(ref.claimId()).getSubmissionAttempt()).isEqualTo(2);
  }

  @Test
  void hospitalOutpatientIsAn837iWithRevenueCodesAndTheStatementPeriod() throws IOException {
    long episodeId =
        fixtures
            .episode("MEDICARE_PART_B", "1EG4TE5MK76", "J1745", SiteOfCare.HOSPITAL_OUTPATIENT)
            .getId();
    NewClaim input =
        ClaimFixtures.infliximab(
            ClaimFixtures.nextVisitId(),
            episodeId,
            "MEDICARE_PART_B",
            "HOSPITAL_OUTPATIENT",
            ClaimType.INSTITUTIONAL);
    ClaimRef ref = claims.createOriginal(input);

    assertThat(submissions.scrub(ref.claimId(), "job-i").passed()).isTrue();
    submissions.submit(ref.claimId(), 1);

    assertThat(validOutbound()).isTrue();
    InstitutionalClaim sent = read(InstitutionalClaim.class).get(0);
    assertThat(sent.billType()).isEqualTo("131");
    assertThat(sent.statementFrom()).isEqualTo(input.dateOfService());
    assertThat(sent.statementTo()).isEqualTo(input.dateOfService());
    assertThat(sent.priorAuthorizationNumber()).isEqualTo(input.authorizationNumber());
    assertThat(sent.lines())
        .extracting(l -> l.revenueCode())
        .containsExactly("0636", "0636", "0260", "0260");
    assertThat(sent.lines().get(0).drug().ndc11()).isEqualTo("57894003001");
  }

  @Test
  void the999And277caOfTheSandboxMakeTheClaimAcknowledgedOnceEvenWhenReadTwice()
      throws IOException {
    long episodeId = episode("MEDICARE_PART_B", "1EG4TE5MK77");
    ClaimRef ref = claims.createOriginal(ClaimFixtures.infliximab(episodeId, "MEDICARE_PART_B"));
    submissions.submit(ref.claimId(), 1);

    exchange();

    Claim claim = claims.get(ref.claimId());
    assertThat(claim.getStatus()).isEqualTo(ClaimStatus.ACKNOWLEDGED);
    assertThat(claim.getPayerClaimControlNumber()).startsWith("SBXC");
    assertThat(claim.getFiledAt()).isNotNull();
    List<ClaimAcknowledgement> stored = acks.findByClaimIdOrderByReceivedAtAscIdAsc(ref.claimId());
    // the poller reads the 277CA file before the 999 file (name order): the claim stays
    // acknowledged
    assertThat(stored)
        .extracting(ClaimAcknowledgement::getAckType)
        .containsExactlyInAnyOrder("999", "277CA");
    assertThat(stored).allMatch(ClaimAcknowledgement::isAccepted);
    assertThat(stored)
        .filteredOn(a -> a.getAckType().equals("277CA"))
        .singleElement()
        .satisfies(a -> assertThat(a.getCodes()).isEqualTo("A2:20"));

    // the same 999 and 277CA delivered again (a re-sent file): nothing changes
    for (String name : names("archive")) {
      Files.copy(
          BASE.resolve("archive").resolve(name), BASE.resolve("inbound").resolve("again-" + name));
    }
    gateway.pollInbound();
    assertThat(acks.findByClaimIdOrderByReceivedAtAscIdAsc(ref.claimId())).hasSize(2);
    assertThat(history.findByClaimIdOrderByOccurredAtAscIdAsc(ref.claimId()))
        .extracting(ClaimHistoryEntry::getEvent)
        .containsExactlyInAnyOrder(
            "CREATED", "SUBMITTED", "SENT", "999_ACCEPTED", "277CA_ACCEPTED");
    assertThat(claims.get(ref.claimId()).getStatus()).isEqualTo(ClaimStatus.ACKNOWLEDGED);
  }

  @Test
  void aSubmissionRejectedByThe999DoesNotCountAsFiled() {
    long episodeId = episode("MEDICARE_PART_B", "1EG4TE5MK82");
    NewClaim late = ClaimFixtures.infliximab(episodeId, "MEDICARE_PART_B");
    LocalDate dos = LocalDate.now().minusYears(1).plusDays(10);
    ClaimRef ref =
        claims.createOriginal(
            new NewClaim(
                late.visitId(),
                episodeId,
                late.payerId(),
                late.claimType(),
                dos,
                late.siteOfCare(),
                late.authorizationNumber(),
                late.diagnoses(),
                late.renderingNpi(),
                late.lines()));
    var sent = submissions.submit(ref.claimId(), 1);
    Claim claim = claims.get(ref.claimId());
    submissions.recordFunctionalAck(
        new com.infusionbilling.clearinghouse.BatchAcknowledged(
            "999-test.x12",
            new com.infusionbilling.edi.model.FunctionalAck(
                "HC",
                "1",
                "005010X222A1",
                "R",
                1,
                1,
                0,
                List.of(
                    new com.infusionbilling.edi.model.FunctionalAck.TransactionSetAck(
                        "837", "0001", "005010X222A1", "R", List.of("5"), List.of()))),
            sent.batchKey(),
            List.of(),
            List.of(claim.getPatientControlNumber())));

    var outcome = submissions.scrub(ref.claimId(), "late-1");

    assertThat(claims.get(ref.claimId()).getFilingDeadline()).isEqualTo(dos.plusYears(1));
    assertThat(claims.get(ref.claimId()).getFiledAt()).isNull();
    assertThat(outcome.passed()).isTrue();
    assertThat(queries.view(ref.claimId()).orElseThrow().edits())
        .filteredOn(e -> e.code().equals("TIMELY_FILING_NEAR"))
        .singleElement()
        .satisfies(
            e -> assertThat(e.message()).contains("999 rejection").contains("not count as filed"));
    assertThat(acks.findByClaimIdOrderByReceivedAtAscIdAsc(ref.claimId()))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.isAccepted()).isFalse();
              assertThat(a.getExplanation())
                  .startsWith("The clearinghouse rejected the claim transaction as not valid X12")
                  .contains("one or more segments are in error");
            });
  }

  @Test
  void theStartGoesThroughTheOutboxOncePerClaimVersion() {
    ModelDeployment.deploy(
        client,
        "bpmn/ClaimSubmission.bpmn",
        "forms/correct-claim.form",
        "forms/check-clearinghouse.form",
        "forms/check-claim-status.form");
    long episodeId = episode("MEDICARE_PART_B", "1EG4TE5MK78");
    ClaimRef ref = claims.createOriginal(ClaimFixtures.infliximab(episodeId, "MEDICARE_PART_B"));

    long startId = starter.start(ref);
    long again = starter.start(ref);

    assertThat(again).isEqualTo(startId);
    Long key = claims.get(ref.claimId()).getProcessInstanceKey();
    assertThat(key).isNotNull();
    try {
      var instances =
          client
              .newProcessInstanceSearchRequest()
              .filter(
                  f ->
                      f.processDefinitionId("ClaimSubmission")
                          .variables(Map.of("claimId", ref.claimId())))
              .send()
              .join()
              .items();
      assertThat(instances).hasSize(1);
      assertThat(instances.get(0).getProcessInstanceKey()).isEqualTo(key);
      var vars =
          client
              .newVariableSearchRequest()
              .filter(f -> f.processInstanceKey(key))
              .send()
              .join()
              .items()
              .stream()
              .collect(
                  java.util.stream.Collectors.toMap(
                      v -> v.getName(), v -> v.getValue(), (a, b) -> a));
      assertThat(vars)
          .containsEntry("claimKey", "\"claim-" + ref.claimId() + "-v1\"")
          .containsEntry("submissionAttempt", "1")
          .containsEntry("remittanceWait", "\"P30D\"")
          .containsKey("filingWarningAt");
    } finally {
      client.newCancelInstanceCommand(key).send().join();
    }
  }

  /**
   * The 837s built from stored claims, read by IMS's x12-parser (an X12 reader written outside this
   * project, see IndependentX12ValidatorTest): no errors for the 837P; for the 837I only the
   * reader's known miscount of the separate HI segments (ABK, APR, ABF) in loop 2300.
   */
  @Test
  void the837sBuiltFromClaimsPassAnIndependentX12Reader() throws IOException {
    long office = episode("MEDICARE_PART_B", "1EG4TE5MK79");
    ClaimRef professional =
        claims.createOriginal(ClaimFixtures.infliximab(office, "COMMERCIAL_SUMMIT"));
    long hospital =
        fixtures
            .episode("MEDICARE_PART_B", "1EG4TE5MK80", "J1745", SiteOfCare.HOSPITAL_OUTPATIENT)
            .getId();
    ClaimRef institutional =
        claims.createOriginal(
            ClaimFixtures.infliximab(
                ClaimFixtures.nextVisitId(),
                hospital,
                "MEDICARE_PART_B",
                "HOSPITAL_OUTPATIENT",
                ClaimType.INSTITUTIONAL));

    String p = outboundText(submissions.submit(professional.claimId(), 1).batchKey());
    String i = outboundText(submissions.submit(institutional.claimId(), 1).batchKey());

    assertThat(imsProblems(com.imsweb.x12.reader.X12Reader.FileType.ANSI837_5010_X222, p))
        .isEmpty();
    assertThat(imsProblems(com.imsweb.x12.reader.X12Reader.FileType.ANSI837_5010_X223, i))
        .allMatch(
            problem ->
                problem.equals("HI in loop 2300 appears too many times")
                    || problem.startsWith("in: "));
  }

  private String outboundText(String batchKey) throws IOException {
    String file =
        jdbc.queryForObject(
            "SELECT file_name FROM clearinghouse_outbound_batch WHERE batch_key = ?",
            String.class,
            batchKey);
    return Files.readString(BASE.resolve("outbound").resolve(file));
  }

  private static List<String> imsProblems(com.imsweb.x12.reader.X12Reader.FileType type, String x12)
      throws IOException {
    var reader = new com.imsweb.x12.reader.X12Reader(type, new java.io.StringReader(x12));
    List<String> problems = new ArrayList<>(reader.getFatalErrors());
    problems.addAll(reader.getErrors());
    if (!problems.isEmpty()) {
      problems.add("in: " + x12);
    }
    return problems;
  }

  private boolean validOutbound() throws IOException {
    try (var files = Files.list(BASE.resolve("outbound"))) {
      for (Path f : files.filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
        try (InputStream in = Files.newInputStream(f)) {
          var report = new X12Validator().validate(in);
          assertThat(report.errors()).as(f.toString()).isEmpty();
        }
      }
    }
    return true;
  }

  private <T extends X12Message> List<T> read(Class<T> type) throws IOException {
    X12Reader reader = new X12Reader();
    List<T> all = new ArrayList<>();
    try (var files = Files.list(BASE.resolve("outbound"))) {
      for (Path f :
          files.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(f)) {
          all.addAll(reader.readAll(in, type));
        }
      }
    }
    return all;
  }

  static LocalDate today() {
    return LocalDate.now();
  }
}

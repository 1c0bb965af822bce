package com.infusionbilling.visit;

import static io.camunda.process.test.api.CamundaAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.testing.ModelDeployment;
import com.infusionbilling.testing.ProcessTest;
import io.camunda.client.CamundaClient;
import io.camunda.process.test.api.CamundaProcessTestContext;
import io.camunda.process.test.api.assertions.ProcessInstanceAssert;
import io.camunda.process.test.api.assertions.ProcessInstanceSelectors;
import io.camunda.process.test.api.assertions.UserTaskSelectors;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code InfusionVisit}, one per scheduled dose, with the real {@code Decision_VisitReadiness} and
 * mocked jobs: a ready visit is documented, coded, recorded and billed (claim created, its
 * submission started); each readiness failure (units short, authorization expired, eligibility
 * stale, and a patient-assistance dose) takes its own path; documentation is reminded at 24 hours
 * and escalated at 72; coding edits go to a coder whose correction is recorded and coded again.
 * Re-verification is a mocked {@code BenefitVerification}.
 */
@ProcessTest
class InfusionVisitProcessTest {
  static final long VISIT = 7001;

  @Autowired CamundaClient client;
  @Autowired CamundaProcessTestContext context;

  /** What "Check visit readiness" returns, call after call (the last one repeats). */
  // static: a job may reach the mock of an earlier test of this class if it is still open, so
  // every mock answers from the same state, reset before each test
  static final Deque<Map<String, Object>> readinessFacts = new ArrayDeque<>();

  /** What "Code encounter" returns, call after call (the last one repeats). */
  static final Deque<Map<String, Object>> codings = new ArrayDeque<>();

  static final AtomicInteger documentationVersion = new AtomicInteger();

  /** The ABN outcomes "Record ABN" was given. */
  static final List<String> abnRecorded = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** What "Record self-pay balance" answers: is any line left to claim from Medicare? */
  static volatile boolean medicareLinesLeft = true;

  /** The visits "Record self-pay balance" was asked for. */
  static final List<Object> selfPayRecorded = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** What "Apply readiness resolution" returns (new timers after a move). */
  static volatile Map<String, Object> resolutionApplied = Map.of();

  /** Problems "Record administration" finds, one per completion, before it records. */
  static final Deque<String> documentationProblems = new ArrayDeque<>();

  Instant firstCheck;
  Instant visitDay;
  Instant escalation;

  @BeforeEach
  void deploy() {
    readinessFacts.clear();
    codings.clear();
    documentationProblems.clear();
    documentationVersion.set(0);
    resolutionApplied = Map.of();
    ModelDeployment.deploy(
        client,
        "bpmn/InfusionVisit.bpmn",
        "bpmn/Decision_VisitReadiness.dmn",
        "forms/resolve-visit-readiness.form",
        "forms/document-administration.form",
        "forms/resolve-coding-edits.form",
        "forms/obtain-abn.form");
    Instant now = context.getCurrentTime();
    firstCheck = now.plus(Duration.ofDays(1));
    escalation = now.plus(Duration.ofDays(3));
    visitDay = now.plus(Duration.ofDays(4));
    context
        .mockJobWorker("check-visit-readiness")
        .withHandler(
            (jobs, job) ->
                jobs.newCompleteCommand(job)
                    .variables(
                        readinessFacts.size() > 1 ? readinessFacts.poll() : readinessFacts.peek())
                    .send()
                    .join());
    context
        .mockJobWorker("record-visit-readiness")
        .withHandler(
            (jobs, job) -> {
              @SuppressWarnings("unchecked")
              var readiness = (Map<String, Object>) job.getVariablesAsMap().get("readiness");
              jobs.newCompleteCommand(job)
                  .variables(
                      Map.of(
                          "billDrug", readiness.get("billDrug"),
                          "readinessReason", readiness.get("reason")))
                  .send()
                  .join();
            });
    context
        .mockJobWorker("record-administration")
        .withHandler(
            (jobs, job) -> {
              String problem = documentationProblems.poll();
              if (problem != null) {
                jobs.newThrowErrorCommand(job)
                    .errorCode("DOCUMENTATION_INVALID")
                    .errorMessage(problem)
                    .variables(Map.of("documentationProblem", problem))
                    .send()
                    .join();
                return;
              }
              jobs.newCompleteCommand(job)
                  .variables(
                      Map.of(
                          "documentationVersion",
                          documentationVersion.incrementAndGet(),
                          "documentationProblem",
                          ""))
                  .send()
                  .join();
            });
    context
        .mockJobWorker("code-encounter")
        .withHandler(
            (jobs, job) ->
                jobs.newCompleteCommand(job)
                    .variables(codings.size() > 1 ? codings.poll() : codings.peek())
                    .send()
                    .join());
    context.mockJobWorker("consume-authorization-units").thenComplete(Map.of("unitsLow", false));
    context.mockJobWorker("record-dispense").thenComplete(Map.of("lotsDispensed", 1));
    context.mockJobWorker("notify-visit-task-overdue").thenComplete();
    context
        .mockJobWorker("apply-visit-readiness-resolution")
        .withHandler(
            (jobs, job) -> jobs.newCompleteCommand(job).variables(resolutionApplied).send().join());
    medicareLinesLeft = true;
    selfPayRecorded.clear();
    context
        .mockJobWorker("record-self-pay-balance")
        .withHandler(
            (jobs, job) -> {
              selfPayRecorded.add(job.getVariablesAsMap().get("visitId"));
              jobs.newCompleteCommand(job)
                  .variables(Map.of("medicareLinesLeft", medicareLinesLeft))
                  .send()
                  .join();
            });
    context.mockJobWorker("create-claim").thenComplete(Map.of("claimId", 9001, "claimVersion", 1));
    context.mockJobWorker("start-claim-submission").thenComplete();
    abnRecorded.clear();
    context
        .mockJobWorker("record-abn")
        .withHandler(
            (jobs, job) -> {
              String outcome = String.valueOf(job.getVariablesAsMap().get("abnOutcome"));
              abnRecorded.add(outcome);
              var modifier = new HashMap<String, Object>();
              modifier.put(
                  "abnModifier",
                  switch (outcome) {
                    case "SIGNED" -> "GA";
                    case "NOT_SIGNED" -> "GZ";
                    default -> null;
                  });
              jobs.newCompleteCommand(job).variables(modifier).send().join();
            });
    codings.add(clean());
  }

  /** Facts of a ready buy-and-bill visit, checked on the visit's day. */
  static Map<String, Object> ready() {
    Map<String, Object> f = new HashMap<>();
    f.put("readinessCheck", "DAY_OF");
    f.put("drugSource", "BUY_AND_BILL");
    f.put("payerId", "MEDICARE_ADVANTAGE_EXAMPLE");
    f.put("eligibilityAgeDays", 3);
    f.put("eligibilitySameMonth", true);
    f.put("eligibilitySamePlanYear", true);
    f.put("coverageOutcome", "MEDICAL_BENEFIT");
    f.put("authorizationRequired", true);
    f.put("authorizationCoversVisit", true);
    f.put("authorizationId", 501);
    f.put("unitsRemaining", 160);
    f.put("plannedUnits", 37);
    f.put("expectedJwUnits", 3);
    return f;
  }

  static Map<String, Object> with(Map<String, Object> facts, Object... pairs) {
    Map<String, Object> f = new HashMap<>(facts);
    for (int i = 0; i < pairs.length; i += 2) {
      f.put((String) pairs[i], pairs[i + 1]);
    }
    return f;
  }

  static Map<String, Object> clean() {
    return Map.of(
        "codingClean",
        true,
        "codedLines",
        List.of(Map.of("line", 1, "code", "J1745", "units", 37, "ruleId", "drug-units")),
        "codingEdits",
        List.of());
  }

  void visitScheduled() {
    client
        .newPublishMessageCommand()
        .messageName("Message_InfusionVisitScheduled")
        .correlationKey(String.valueOf(VISIT))
        .messageId("infusion-visit-" + VISIT)
        .variables(
            Map.ofEntries(
                Map.entry("visitId", VISIT),
                Map.entry("episodeId", 70),
                Map.entry("payerId", "MEDICARE_ADVANTAGE_EXAMPLE"),
                Map.entry("hcpcs", "J1745"),
                Map.entry("siteOfCare", "OFFICE"),
                Map.entry("drugSource", "BUY_AND_BILL"),
                Map.entry("claimType", "PROFESSIONAL"),
                Map.entry("scheduledStart", "2026-12-10T09:00"),
                Map.entry("serviceDate", "2026-12-10"),
                Map.entry("firstReadinessCheckAt", firstCheck.toString()),
                Map.entry("visitDayCheckAt", visitDay.toString()),
                Map.entry("readinessEscalationAt", escalation.toString())))
        .send()
        .join();
  }

  static ProcessInstanceAssert visit() {
    return assertThat(ProcessInstanceSelectors.byProcessId("InfusionVisit"));
  }

  static final Map<String, Object> DOCUMENTATION =
      Map.of(
          "drugs",
          List.of(
              Map.of(
                  "hcpcs", "J1745",
                  "ndc", "57894-0030-01",
                  "lot", "L123",
                  "expiry", "2027-06-30",
                  "administeredAmount", 365,
                  "amountUnit", "mg",
                  "discardedAmount", 35,
                  "singleDoseContainer", true,
                  "wasteWitness", "RN 2",
                  "containers", List.of(Map.of("size", 100, "unit", "mg", "count", 4)))),
          "administrations",
          List.of(
              Map.of(
                  "id", "a1",
                  "route", "IV_INFUSION",
                  "category", "THERAPEUTIC",
                  "drugHcpcs", "J1745",
                  "start", "2026-12-10T09:00",
                  "stop", "2026-12-10T11:35",
                  "accessSite", "left forearm")),
          "nurseNpi",
          "1245319599");

  /** Ahead of the visit, then on its day: ready both times, then documented, coded and billed. */
  @Test
  void aReadyVisitIsCheckedAheadAndOnTheDayThenDocumentedCodedAndBilled() {
    readinessFacts.add(with(ready(), "readinessCheck", "AHEAD"));
    readinessFacts.add(ready());
    visitScheduled();
    visit().hasActiveElements("Event_ReadinessCheckDue");

    context.increaseTime(Duration.ofDays(1).plusMinutes(1));
    visit()
        .hasCompletedElements("Task_CheckVisitReadiness", "Task_DecideVisitReadiness")
        .hasActiveElements("Event_VisitDayReached")
        .hasVariable("readiness", Map.of("action", "READY", "reason", "READY", "billDrug", true));

    context.increaseTime(Duration.ofDays(3));
    visit().hasActiveElements("Task_DocumentAdministration");
    assertThat(UserTaskSelectors.byElementId("Task_DocumentAdministration"))
        .hasCandidateGroup("clinical");

    context.completeUserTask("Task_DocumentAdministration", DOCUMENTATION);

    visit()
        .isCompleted()
        .hasCompletedElementsInOrder(
            "Task_DocumentAdministration",
            "Task_RecordAdministration",
            "Task_CodeEncounter",
            "Task_ConsumeAuthorizationUnits",
            "Task_RecordDispense",
            "Task_CreateClaim",
            "Task_StartClaimSubmission",
            "Event_VisitBilled")
        .hasVariable("claimId", 9001)
        .hasCompletedElement("Task_CheckVisitReadiness", 2)
        .hasNotActivatedElements("Task_ResolveVisitReadiness", "Task_ResolveCodingEdits")
        .hasVariable("documentationVersion", 1);
  }

  @Test
  void unitsShortOfThePlannedUnitsPlusJwHoldTheVisitUntilResolved() {
    // 38 left: enough for the 37 administered units, not for 37 + 3 JW
    readinessFacts.add(with(ready(), "unitsRemaining", 38));
    readinessFacts.add(ready());
    visitScheduled();
    context.increaseTime(Duration.ofDays(1).plusMinutes(1));

    visit()
        .hasActiveElements("Task_ResolveVisitReadiness")
        .hasVariable("readinessReason", "UNITS_SHORT")
        .hasNotActivatedElements("Task_DocumentAdministration");
    assertThat(UserTaskSelectors.byElementId("Task_ResolveVisitReadiness"))
        .hasCandidateGroup("authorization");

    context.completeUserTask(
        "Task_ResolveVisitReadiness",
        Map.of("readinessResolution", "RECHECK", "resolutionNote", "renewal approved"));

    visit()
        .hasCompletedElements("Task_ApplyReadinessResolution")
        .hasCompletedElement("Task_DecideVisitReadiness", 2)
        .hasActiveElements("Task_DocumentAdministration");
  }

  @Test
  void anExpiredAuthorizationHoldsTheVisitAndManagersAreNotifiedTheDayBefore() {
    readinessFacts.add(with(ready(), "authorizationCoversVisit", false, "readinessCheck", "AHEAD"));
    visitScheduled();
    context.increaseTime(Duration.ofDays(1).plusMinutes(1));
    visit()
        .hasActiveElements("Task_ResolveVisitReadiness")
        .hasVariable("readinessReason", "AUTHORIZATION_NOT_VALID_ON_VISIT_DATE");

    context.increaseTime(Duration.ofDays(2));

    visit()
        .hasCompletedElements("Event_ReadinessEscalationDue", "Task_NotifyManagersOfHeldVisit")
        .hasActiveElements("Task_ResolveVisitReadiness");

    context.completeUserTask(
        "Task_ResolveVisitReadiness",
        Map.of("readinessResolution", "CANCEL", "resolutionNote", "authorization denied"));

    visit()
        .isCompleted()
        .hasCompletedElements("Event_VisitCancelled")
        .hasNotActivatedElements("Task_DocumentAdministration");
  }

  @Test
  void aMovedVisitWaitsForItsNewReadinessCheck() {
    readinessFacts.add(with(ready(), "authorizationCoversVisit", false));
    readinessFacts.add(ready());
    visitScheduled();
    context.increaseTime(Duration.ofDays(1).plusMinutes(1));
    visit().hasActiveElements("Task_ResolveVisitReadiness");
    Instant later = context.getCurrentTime().plus(Duration.ofDays(10));
    resolutionApplied =
        Map.of(
            "firstReadinessCheckAt", later.toString(),
            "visitDayCheckAt", later.plus(Duration.ofDays(3)).toString(),
            "readinessEscalationAt", later.plus(Duration.ofDays(2)).toString());

    context.completeUserTask(
        "Task_ResolveVisitReadiness",
        Map.of(
            "readinessResolution", "RESCHEDULE",
            "newScheduledStart", "2026-12-20T09:00",
            "resolutionNote", "after the renewal"));

    visit()
        .hasActiveElements("Event_ReadinessCheckDue")
        .hasCompletedElement("Task_DecideVisitReadiness", 1);
    context.increaseTime(Duration.ofDays(11));
    visit().hasActiveElements("Task_DocumentAdministration");
  }

  @Test
  void staleEligibilityIsVerifiedAgainBy270And271BeforeTheDose() {
    context.mockChildProcess(
        "BenefitVerification", Map.of("coverageOutcome", "MEDICAL_BENEFIT", "verificationId", 88));
    readinessFacts.add(with(ready(), "eligibilityAgeDays", 45));
    readinessFacts.add(ready());
    visitScheduled();

    context.increaseTime(Duration.ofDays(1).plusMinutes(1));

    visit()
        .hasCompletedElements("Task_ReverifyBenefits")
        .hasVariable("verificationId", 88)
        .hasCompletedElement("Task_DecideVisitReadiness", 2)
        .hasActiveElements("Task_DocumentAdministration")
        .hasNotActivatedElements("Task_ResolveVisitReadiness");
  }

  @Test
  void aNewMonthSinceTheLastCheckIsVerifiedAgainToo() {
    context.mockChildProcess("BenefitVerification", Map.of("coverageOutcome", "MEDICAL_BENEFIT"));
    readinessFacts.add(with(ready(), "eligibilitySameMonth", false));
    readinessFacts.add(ready());
    visitScheduled();

    context.increaseTime(Duration.ofDays(1).plusMinutes(1));

    visit()
        .hasCompletedElements("Task_ReverifyBenefits")
        .hasActiveElements("Task_DocumentAdministration");
  }

  @Test
  void aPatientAssistanceDoseIsReadyWithoutAuthorizationUnitsAndItsDrugIsNotBilled() {
    readinessFacts.add(
        with(
            ready(),
            "drugSource",
            "PATIENT_ASSISTANCE",
            "unitsRemaining",
            0,
            "authorizationCoversVisit",
            false));
    visitScheduled();

    context.increaseTime(Duration.ofDays(1).plusMinutes(1));

    visit()
        .hasActiveElements("Task_DocumentAdministration")
        .hasVariable(
            "readiness",
            Map.of("action", "READY", "reason", "PATIENT_ASSISTANCE_DRUG", "billDrug", false))
        .hasVariable("billDrug", false)
        .hasNotActivatedElements("Task_ResolveVisitReadiness");
  }

  @Test
  void documentationIsRemindedAfter24HoursAndEscalatedToManagersAfter72() {
    readinessFacts.add(ready());
    visitScheduled();
    context.increaseTime(Duration.ofDays(1).plusMinutes(1));
    visit().hasActiveElements("Task_DocumentAdministration");

    context.increaseTime(Duration.ofHours(25));
    visit()
        .hasCompletedElements("Event_DocumentationReminderDue", "Task_RemindNurse")
        .hasNotActivatedElements("Task_NotifyManagersOfUndocumentedVisit")
        .hasActiveElements("Task_DocumentAdministration");

    context.increaseTime(Duration.ofHours(48));
    visit()
        .hasCompletedElements(
            "Event_DocumentationOverdue", "Task_NotifyManagersOfUndocumentedVisit")
        .hasActiveElements("Task_DocumentAdministration");
  }

  @Test
  void documentationThatBreaksARuleGoesBackToTheNurseWithTheProblem() {
    readinessFacts.add(ready());
    visitScheduled();
    context.increaseTime(Duration.ofDays(1).plusMinutes(1));
    documentationProblems.add("administrations[0].stop: must be after the start");

    context.completeUserTask("Task_DocumentAdministration", DOCUMENTATION);

    visit()
        .hasCompletedElements("Error_DocumentationInvalid")
        .hasActiveElements("Task_DocumentAdministration")
        .hasVariable("documentationProblem", "administrations[0].stop: must be after the start")
        .hasNotActivatedElements("Task_CodeEncounter");

    context.completeUserTask("Task_DocumentAdministration", DOCUMENTATION);

    visit()
        .isCompleted()
        .hasVariable("documentationProblem", "")
        .hasVariable("documentationVersion", 1);
  }

  @Test
  void codingEditsGoToACoderWhoseCorrectionIsRecordedAndCodedAgain() {
    readinessFacts.add(ready());
    codings.clear();
    codings.add(
        Map.of(
            "codingClean",
            false,
            "codedLines",
            List.of(Map.of("line", 1, "code", "J1745", "units", 37, "ruleId", "drug-units")),
            "codingEdits",
            List.of(
                Map.of(
                    "severity", "ERROR",
                    "code", "NDC_HCPCS_MISMATCH",
                    "message", "NDC 00006302602 is Keytruda, billed under J9271, not J1745",
                    "line", "1",
                    "ruleId", "drug-units"))));
    codings.add(clean());
    visitScheduled();
    context.increaseTime(Duration.ofDays(1).plusMinutes(1));
    context.completeUserTask("Task_DocumentAdministration", DOCUMENTATION);

    visit().hasActiveElements("Task_ResolveCodingEdits").hasVariable("codingClean", false);
    assertThat(UserTaskSelectors.byElementId("Task_ResolveCodingEdits"))
        .hasCandidateGroup("coding");

    Map<String, Object> corrected = new HashMap<>(DOCUMENTATION);
    corrected.put("codingCorrectionNote", "NDC corrected from the vial");
    context.completeUserTask("Task_ResolveCodingEdits", corrected);

    visit()
        .isCompleted()
        .hasCompletedElement("Task_RecordAdministration", 2)
        .hasCompletedElement("Task_CodeEncounter", 2)
        .hasVariable("documentationVersion", 2)
        .hasCompletedElements("Task_ConsumeAuthorizationUnits", "Task_RecordDispense");
    assertThat(documentationVersion.get()).isEqualTo(2);
  }

  /** A Medicare Part B visit: the LCD check's facts as "Check visit readiness" returns them. */
  static Map<String, Object> medicare(boolean covered, boolean abnNeeded) {
    return with(
        ready(),
        "payerId",
        "MEDICARE_PART_B",
        "authorizationRequired",
        false,
        "lcdId",
        "L35677",
        "lcdArticleId",
        "A56432",
        "lcdCovered",
        covered,
        "abnNeeded",
        abnNeeded);
  }

  @Test
  void aDiagnosisTheLcdCoversGoesToTheDoseWithoutAnAbn() {
    readinessFacts.add(medicare(true, false));
    visitScheduled();
    context.increaseTime(Duration.ofDays(1).plusMinutes(1));

    visit()
        .hasActiveElements("Task_DocumentAdministration")
        .hasNotActivatedElements("Task_ObtainAbn", "Task_RecordAbn");
  }

  @Test
  void aDiagnosisTheLcdDoesNotCoverWaitsForTheAbnAndASignedOneIsRecordedAsGa() {
    readinessFacts.add(with(medicare(false, true), "readinessCheck", "AHEAD"));
    // on the visit's day the ABN is on file: not asked for again
    readinessFacts.add(with(medicare(false, false), "abnStatus", "SIGNED"));
    visitScheduled();
    context.increaseTime(Duration.ofDays(1).plusMinutes(1));

    visit()
        .hasActiveElements("Task_ObtainAbn")
        .hasNotActivatedElements("Event_VisitDayReached", "Task_DocumentAdministration");
    assertThat(UserTaskSelectors.byElementId("Task_ObtainAbn")).hasCandidateGroup("intake");

    context.completeUserTask(
        "Task_ObtainAbn", Map.of("abnOutcome", "SIGNED", "abnSignedOn", "2026-12-08"));

    visit()
        .hasCompletedElements("Task_RecordAbn")
        .hasVariable("abnModifier", "GA")
        .hasActiveElements("Event_VisitDayReached");
    context.increaseTime(Duration.ofDays(3));
    visit()
        .hasActiveElements("Task_DocumentAdministration")
        .hasCompletedElement("Task_ObtainAbn", 1);
    assertThat(abnRecorded).containsExactly("SIGNED");
  }

  @Test
  void noSignedAbnIsRecordedAsGzAndTheDoseGoesAhead() {
    readinessFacts.add(medicare(false, true));
    visitScheduled();
    context.increaseTime(Duration.ofDays(1).plusMinutes(1));
    visit().hasActiveElements("Task_ObtainAbn");

    context.completeUserTask("Task_ObtainAbn", Map.of("abnOutcome", "NOT_SIGNED"));

    visit()
        .hasCompletedElements("Task_RecordAbn")
        .hasVariable("abnModifier", "GZ")
        .hasActiveElements("Task_DocumentAdministration");
    assertThat(abnRecorded).containsExactly("NOT_SIGNED");
  }

  /**
   * ABN option 3: the beneficiary declines the dose. The visit ends ("Dose declined, visit
   * cancelled") without documentation, coding or a claim; before, the form had no such outcome.
   */
  @Test
  void aDeclinedAbnEndsTheVisitWithoutTheDose() {
    readinessFacts.add(medicare(false, true));
    visitScheduled();
    context.increaseTime(Duration.ofDays(1).plusMinutes(1));
    visit().hasActiveElements("Task_ObtainAbn");

    context.completeUserTask(
        "Task_ObtainAbn", Map.of("abnOutcome", "DECLINED", "abnSignedOn", "2026-12-08"));

    visit()
        .isCompleted()
        .hasCompletedElements("Task_RecordAbn", "Event_DoseDeclined")
        .hasNotActivatedElements(
            "Task_DocumentAdministration", "Task_CodeEncounter", "Task_CreateClaim");
    assertThat(abnRecorded).containsExactly("DECLINED");
  }

  /**
   * ABN option 2 (CMS-R-131 section G): the beneficiary wants the dose and asks that Medicare not
   * be billed for the drug. The dose is documented and coded, the drug's lines become the patient's
   * self-pay balance ("Record self-pay balance"), and the administration left is claimed from
   * Medicare as usual. Before, the form had no option 2 and the model no such step.
   */
  @Test
  void anAbnOption2GivesTheDoseRecordsTheSelfPayBalanceAndClaimsTheRest() {
    readinessFacts.add(medicare(false, true));
    visitScheduled();
    context.increaseTime(Duration.ofDays(1).plusMinutes(1));
    visit().hasActiveElements("Task_ObtainAbn");

    context.completeUserTask(
        "Task_ObtainAbn", Map.of("abnOutcome", "DO_NOT_BILL", "abnSignedOn", "2026-12-08"));
    visit()
        .hasCompletedElements("Task_RecordAbn")
        .hasNotActivatedElements("Event_DoseDeclined")
        .hasActiveElements("Task_DocumentAdministration");
    context.completeUserTask("Task_DocumentAdministration", DOCUMENTATION);

    visit()
        .isCompleted()
        .hasCompletedElementsInOrder(
            "Task_CodeEncounter",
            "Task_RecordDispense",
            "Task_RecordSelfPayBalance",
            "Task_CreateClaim",
            "Task_StartClaimSubmission",
            "Event_VisitBilled")
        .hasNotActivatedElements("Event_VisitSelfPay");
    assertThat(abnRecorded).containsExactly("DO_NOT_BILL");
    assertThat(selfPayRecorded).hasSize(1);
  }

  /** Option 2 with nothing left to bill Medicare: the visit ends without any claim. */
  @Test
  void anAbnOption2WithNothingLeftForMedicareEndsWithoutAClaim() {
    medicareLinesLeft = false;
    readinessFacts.add(medicare(false, true));
    visitScheduled();
    context.increaseTime(Duration.ofDays(1).plusMinutes(1));
    context.completeUserTask(
        "Task_ObtainAbn", Map.of("abnOutcome", "DO_NOT_BILL", "abnSignedOn", "2026-12-08"));
    context.completeUserTask("Task_DocumentAdministration", DOCUMENTATION);

    visit()
        .isCompleted()
        .hasCompletedElements("Task_RecordSelfPayBalance", "Event_VisitSelfPay")
        .hasNotActivatedElements("Task_CreateClaim", "Task_StartClaimSubmission");
  }

  /**
   * Every other visit (no ABN, option 1, not signed) goes to the claim without the self-pay step.
   */
  @Test
  void aSignedOption1AbnIsClaimedWithoutASelfPayBalance() {
    readinessFacts.add(medicare(false, true));
    visitScheduled();
    context.increaseTime(Duration.ofDays(1).plusMinutes(1));
    context.completeUserTask(
        "Task_ObtainAbn", Map.of("abnOutcome", "SIGNED", "abnSignedOn", "2026-12-08"));
    context.completeUserTask("Task_DocumentAdministration", DOCUMENTATION);

    visit()
        .isCompleted()
        .hasCompletedElements("Task_CreateClaim", "Event_VisitBilled")
        .hasNotActivatedElements("Task_RecordSelfPayBalance", "Event_VisitSelfPay");
    assertThat(selfPayRecorded).isEmpty();
  }
}

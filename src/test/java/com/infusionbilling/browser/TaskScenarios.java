package com.infusionbilling.browser;

import com.infusionbilling.billing.scrub.SiteOfCare;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * How a real task of each form in {@code forms/} comes about: the process that owns it, started
 * with an episode's variables, and what the workers, the payer and time do on the way. A new form
 * needs an entry here (EveryTaskFormBrowserTest fails naming it until then).
 */
final class TaskScenarios {
  private TaskScenarios() {}

  /** The episode a scenario runs for: a real episode row is stored with these. */
  record Scenario(String payerId, String hcpcs, SiteOfCare site, Reach reach) {}

  /** Starts what leads to the form's task and returns the task's key. */
  @FunctionalInterface
  interface Reach {
    long reach(ProcessDriver d, TaskForms.TaskForm form, Map<String, Object> episode);
  }

  static Map<String, Object> with(Map<String, Object> base, Object... more) {
    Map<String, Object> v = new HashMap<>(base);
    for (int i = 0; i < more.length; i += 2) {
      v.put((String) more[i], more[i + 1]);
    }
    return v;
  }

  /** A 278 decision from the payer for the request, as the 278 listener publishes it. */
  static void payerDecides(ProcessDriver d, long requestId, Map<String, Object> decision) {
    d.publish("Message_AuthorizationDecisionReceived", String.valueOf(requestId), decision);
  }

  /** A prior authorization renewal request: no documentation task, straight to submission. */
  static long renewalRequest(ProcessDriver d, Map<String, Object> episode, long requestId) {
    d.completesJobs(
            "open-authorization-request",
            Map.of("authorizationRequestId", requestId, "submissionCount", 0))
        .completesJobs("send-authorization-request", Map.of("submissionCount", 1));
    return d.start(
        "PriorAuthorization",
        with(
            episode,
            "paRequiredByPayer",
            true,
            "requestType",
            "RENEWAL",
            "renewalOfAuthorizationId",
            d.uniqueNumber()));
  }

  /** A 271 for the 270 the scenario's verification sends. */
  static String eligibility(ProcessDriver d, boolean active) {
    String trace = "BT-" + d.uniqueNumber();
    d.completesJobs("send-eligibility-inquiry", Map.of("verificationId", 1, "traceNumber", trace))
        .completesJobs("record-benefit-verification", Map.of());
    d.publish(
        "Message_EligibilityResponseReceived",
        trace,
        Map.of("coverageActive", active, "benefitType", "MEDICAL", "paRequiredByPayer", true));
    return trace;
  }

  /** An authorization approved earlier, whose monitoring starts with the given dates. */
  static void monitored(
      ProcessDriver d, Map<String, Object> episode, Instant renewalDue, Instant ends) {
    long authorizationId = d.uniqueNumber();
    d.completesJobs(
        "plan-authorization-renewal",
        Map.of("renewalDueAt", renewalDue.toString(), "authorizationEndsAt", ends.toString()));
    d.publish(
        "Message_AuthorizationApproved",
        String.valueOf(authorizationId),
        with(episode, "authorizationId", authorizationId));
  }

  /** A denial posting opened (DenialManagement), routed by the real decision. */
  static Map<String, Object> denial(
      ProcessDriver d, Map<String, Object> episode, String group, String carc, boolean auth) {
    return denial(d, episode, group, carc, auth, "APPEAL", "appeals");
  }

  static Map<String, Object> denial(
      ProcessDriver d,
      Map<String, Object> episode,
      String group,
      String carc,
      boolean auth,
      String action,
      String workGroup) {
    LocalDate deadline = LocalDate.now().plusDays(30);
    d.completesJobs("record-denial-work", Map.of());
    d.completesJobs(
        "record-denial-routing",
        Map.of(
            "routedAction",
            action,
            "workGroup",
            workGroup,
            "workDeadline",
            deadline.toString(),
            "workDueAt",
            deadline + "T17:00:00Z",
            "routingRule",
            group + "-" + carc + ": " + action.toLowerCase(java.util.Locale.ROOT),
            "denialCodes",
            group + "-" + carc + " (N115)",
            "denialExplanation",
            "50: not deemed a medical necessity by the payer",
            "expectedAllowed",
            3031.78,
            "paid",
            0));
    return with(
        episode,
        "denialId",
        d.uniqueNumber(),
        "claimId",
        d.uniqueNumber(),
        "groupCode",
        group,
        "carc",
        carc,
        "rarcs",
        java.util.List.of("N115"),
        "payerType",
        "MEDICARE_PART_B",
        "claimType",
        "837P",
        "lineKind",
        "DRUG",
        "authorizationOnFile",
        auth,
        "abnOnFile",
        false,
        "jwJzOnLine",
        false,
        "daysSinceService",
        20,
        "deniedAmount",
        3031.78);
  }

  /** An appeal (AppealCase) of a CO-50 on Medicare Part B, its level from the real decision. */
  static Map<String, Object> appeal(
      ProcessDriver d, Map<String, Object> episode, Instant deadlineAt, Instant followUpAt) {
    LocalDate deadline = LocalDate.ofInstant(deadlineAt, java.time.ZoneOffset.UTC);
    d.completesJobs(
            "open-appeal",
            Map.of(
                "appealId", d.uniqueNumber(),
                "appealKey", "appeal-" + d.uniqueNumber(),
                "appealLevelName", "Redetermination (MAC)",
                "appealDeadline", deadline.toString(),
                "appealBasis", "42 CFR 405.942(a): 120 days from receipt",
                "appealDueAt", deadlineAt.minus(Duration.ofHours(7)).toString(),
                "escalateAt14", deadlineAt.minus(Duration.ofDays(14)).toString(),
                "escalateAt3", deadlineAt.minus(Duration.ofDays(3)).toString(),
                "deadlineAt", deadlineAt.toString()))
        .completesJobs("generate-appeal-letter", Map.of("appealLetterUrl", "/api/appeals/1/letter"))
        .completesJobs("escalate-appeal-deadline", Map.of())
        .completesJobs(
            "record-appeal-submission", Map.of("decisionFollowUpAt", followUpAt.toString()));
    return with(
        episode,
        "appealKind",
        "CLAIM",
        "appealLevel",
        1,
        "payerType",
        "MEDICARE_PART_B",
        "denialId",
        d.uniqueNumber(),
        "claimId",
        d.uniqueNumber(),
        "amountInControversy",
        3031.78,
        "decisionDate",
        LocalDate.now().toString(),
        "denialCodes",
        "CO-50 (N115)",
        "denialExplanation",
        "CO-50: not deemed a medical necessity by the payer");
  }

  /** "Review and submit appeal" as its form completes it. */
  static Map<String, Object> submitted() {
    return Map.of(
        "policyReference", "LCD L35170",
        "attachments", java.util.List.of("ADMINISTRATION_RECORD"),
        "appealChannel", "PORTAL",
        "submittedOn", LocalDate.now().toString(),
        "trackingNumber", "APL-2026-0042");
  }

  /** A claim ready to file (ClaimSubmission), whose scrub passes or not. */
  static long claim(ProcessDriver d, Map<String, Object> episode, boolean clean, String key) {
    return claim(d, episode, clean, key, d.uniqueNumber());
  }

  static long claim(
      ProcessDriver d, Map<String, Object> episode, boolean clean, String key, long claimId) {
    d.completesJobs(
            "scrub-claim",
            Map.of(
                "scrubPassed",
                clean,
                "correctionReason",
                clean ? "" : "CO-197: no prior authorization number on the claim"))
        .completesJobs(
            "submit-claim",
            Map.of(
                "attemptKey", key,
                "functionalAckStatus", "PENDING",
                "claimAckStatus", "PENDING"));
    return d.start(
        "ClaimSubmission",
        with(
            episode,
            "claimId",
            claimId,
            "claimVersion",
            1,
            "visitId",
            d.uniqueNumber(),
            "claimKey",
            "claim-" + claimId + "-v1",
            "submissionAttempt",
            1,
            "filingDeadline",
            LocalDate.now().plusDays(330).toString(),
            "filingWarningAt",
            Instant.now().plus(Duration.ofDays(300)).toString(),
            "remittanceWait",
            "P30D"));
  }

  /**
   * A claim accepted by the 999 and 277CA whose 835 allows 10 % less than expected (above $25 and 2
   * %): it waits in "Review underpayment". Returns that task's key.
   */
  static long underpaidClaim(ProcessDriver d, Map<String, Object> episode) {
    // accepted, then the 835 allows 10 % less than expected (above $25 and 2 %)
    String attempt = "claim-" + d.uniqueNumber() + "-a1";
    long claimId = d.uniqueNumber();
    d.publish(
        "Message_ClaimFunctionalAckReceived", attempt, Map.of("functionalAckStatus", "ACCEPTED"));
    d.publish("Message_ClaimAckReceived", attempt, Map.of("claimAckStatus", "ACCEPTED"));
    d.publish(
        "Message_ClaimRemittanceReceived",
        "claim-" + claimId + "-v1",
        Map.of("remittanceId", d.uniqueNumber()));
    d.completesJobs(
        "post-remittance",
        Map.of(
            "postingOutcome",
            "PAID",
            "payerId",
            "COMMERCIAL_ACME",
            "payerType",
            "COMMERCIAL",
            "expectedAllowed",
            3386.60,
            "payerAllowed",
            3047.94,
            "shortfall",
            338.66,
            "shortfallPercent",
            10.0,
            "underpaidDrugLine",
            true,
            "underpaymentLines",
            "Line 1 J1745: expected $3386.60, payer allowed $3047.94, paid"
                + " $2438.35, short $338.66"));
    claim(d, episode, true, attempt, claimId);
    return d.awaitUserTask("Task_ReviewUnderpayment");
  }

  /** Readiness facts of a buy-and-bill visit checked on its day (as check-visit-readiness). */
  static Map<String, Object> readiness(boolean authorizationCoversVisit) {
    Map<String, Object> f = new HashMap<>();
    f.put("readinessCheck", "DAY_OF");
    f.put("drugSource", "BUY_AND_BILL");
    f.put("eligibilityAgeDays", 3);
    f.put("eligibilitySameMonth", true);
    f.put("eligibilitySamePlanYear", true);
    f.put("coverageOutcome", "MEDICAL_BENEFIT");
    f.put("authorizationRequired", true);
    f.put("authorizationCoversVisit", authorizationCoversVisit);
    f.put("authorizationId", 501);
    f.put("unitsRemaining", 160);
    f.put("plannedUnits", 37);
    f.put("expectedJwUnits", 3);
    return f;
  }

  /** An infusion visit scheduled for today, its readiness checked at once. */
  static void visitToday(ProcessDriver d, Map<String, Object> episode, boolean ready) {
    visitToday(d, episode, ready, readiness(ready));
  }

  /** An infusion visit scheduled for today whose readiness check finds the given facts. */
  static void visitToday(
      ProcessDriver d, Map<String, Object> episode, boolean ready, Map<String, Object> facts) {
    long visitId = d.uniqueNumber();
    Instant now = Instant.now();
    LocalDate today = LocalDate.now(EveryTaskFormBrowserTest.SITES);
    d.completesJobs("check-visit-readiness", facts)
        .completesJobs(
            "record-visit-readiness",
            Map.of(
                "billDrug",
                true,
                "readinessReason",
                ready ? "READY" : "AUTHORIZATION_NOT_VALID_ON_VISIT_DATE"));
    d.publish(
        "Message_InfusionVisitScheduled",
        String.valueOf(visitId),
        with(
            episode,
            "visitId",
            visitId,
            "drugSource",
            "BUY_AND_BILL",
            "claimType",
            "PROFESSIONAL",
            "scheduledStart",
            today + "T09:00",
            "serviceDate",
            today.toString(),
            "firstReadinessCheckAt",
            now.minusSeconds(60).toString(),
            "visitDayCheckAt",
            now.plus(Duration.ofDays(30)).toString(),
            "readinessEscalationAt",
            now.plus(Duration.ofDays(30)).toString()));
  }

  /** What a nurse documents for a single-vial infliximab infusion (as the form submits it). */
  static Map<String, Object> documentation() {
    String today = LocalDate.now(EveryTaskFormBrowserTest.SITES).toString();
    return Map.of(
        "drugs",
        java.util.List.of(
            Map.of(
                "hcpcs",
                "J1745",
                "ndc",
                "57894-0030-01",
                "lot",
                "L123",
                "expiry",
                LocalDate.now().plusYears(1).toString(),
                "administeredAmount",
                365,
                "amountUnit",
                "mg",
                "discardedAmount",
                35,
                "singleDoseContainer",
                true,
                "wasteWitness",
                "RN 2",
                "containers",
                java.util.List.of(Map.of("size", 100, "unit", "mg", "count", 4)))),
        "administrations",
        java.util.List.of(
            Map.of(
                "id", "a1",
                "route", "IV_INFUSION",
                "category", "THERAPEUTIC",
                "drugHcpcs", "J1745",
                "start", today + "T09:00",
                "stop", today + "T11:35",
                "accessSite", "left forearm")),
        "nurseNpi",
        "1245319599");
  }

  static final Map<String, Scenario> BY_FORM =
      Map.ofEntries(
          Map.entry(
              "verify-benefits-by-phone",
              new Scenario(
                  "COMMERCIAL_ACME",
                  "J1745",
                  SiteOfCare.OFFICE,
                  (d, form, episode) -> {
                    // the 270 goes out and no 271 comes back within 4 hours
                    d.completesJobs(
                        "send-eligibility-inquiry",
                        Map.of("verificationId", 1, "traceNumber", "BT-" + d.uniqueNumber()));
                    long instance = d.start(form.processId(), episode);
                    d.awaitActive(instance, "Task_ReceiveEligibilityResponse");
                    d.advanceClock(Duration.ofHours(5));
                    return d.awaitUserTask(form.elementId());
                  })),
          Map.entry(
              "resolve-coverage",
              new Scenario(
                  "COMMERCIAL_SUMMIT",
                  "J1745",
                  SiteOfCare.OFFICE,
                  (d, form, episode) -> {
                    // a referral whose 271 says the coverage is inactive (the form is also the
                    // renewal's, AuthorizationMonitoring's "Resolve coverage")
                    eligibility(d, false);
                    d.start("TherapyEpisode", episode);
                    return d.awaitUserTask("Task_ResolveCoverage");
                  })),
          Map.entry(
              "resolve-site-of-care",
              new Scenario(
                  "COMMERCIAL_ACME",
                  "J1745",
                  SiteOfCare.HOSPITAL_OUTPATIENT,
                  (d, form, episode) -> {
                    // Acme's site-of-care policy: infliximab in a hospital outpatient department
                    // needs an exception (Decision_Coverage)
                    eligibility(d, true);
                    d.completesJobs(
                        "record-benefit-verification",
                        Map.of(
                            "coverageOutcome", "MEDICAL_BENEFIT",
                            "paRequiredByPayer", true,
                            "buyAndBillAllowed", true,
                            "siteOfCareRestriction", "SITE_OF_CARE_EXCEPTION_REQUIRED",
                            "siteOfCareToResolve", true));
                    d.start(form.processId(), episode);
                    return d.awaitUserTask(form.elementId());
                  })),
          Map.entry(
              "collect-clinical-documentation",
              new Scenario(
                  "COMMERCIAL_ACME",
                  "J1745",
                  SiteOfCare.OFFICE,
                  (d, form, episode) -> {
                    d.completesJobs(
                        "open-authorization-request",
                        Map.of("authorizationRequestId", d.uniqueNumber(), "submissionCount", 0));
                    d.start(
                        form.processId(),
                        with(episode, "paRequiredByPayer", true, "requestType", "INITIAL"));
                    return d.awaitUserTask(form.elementId());
                  })),
          Map.entry(
              "submit-on-payer-portal",
              new Scenario(
                  "MEDICAID_EXAMPLE",
                  "J1569",
                  SiteOfCare.HOME,
                  (d, form, episode) -> {
                    // Medicaid takes prior authorization on its portal only
                    renewalRequest(d, episode, d.uniqueNumber());
                    return d.awaitUserTask(form.elementId());
                  })),
          Map.entry(
              "follow-up-with-payer",
              new Scenario(
                  "COMMERCIAL_ACME",
                  "J1745",
                  SiteOfCare.OFFICE,
                  (d, form, episode) -> {
                    // the 278 goes out and the payer stays silent past the follow-up target
                    long instance = renewalRequest(d, episode, d.uniqueNumber());
                    d.awaitActive(instance, "Task_ReceivePayerDecision");
                    String sla = d.variable(instance, "slaTargets");
                    String followUp =
                        sla.replaceAll(".*\"followUpAfter\"\\s*:\\s*\"([^\"]+)\".*", "$1");
                    d.advanceClock(Duration.parse(followUp).plusHours(1));
                    return d.awaitUserTask(form.elementId());
                  })),
          Map.entry(
              "provide-additional-information",
              new Scenario(
                  "COMMERCIAL_ACME",
                  "J1745",
                  SiteOfCare.OFFICE,
                  (d, form, episode) -> {
                    long requestId = d.uniqueNumber();
                    payerDecides(
                        d, requestId, Map.of("decision", "PENDED", "decisionReason", "0K"));
                    renewalRequest(d, episode, requestId);
                    return d.awaitUserTask(form.elementId());
                  })),
          Map.entry(
              "decide-on-denial",
              new Scenario(
                  "COMMERCIAL_ACME",
                  "J1745",
                  SiteOfCare.OFFICE,
                  (d, form, episode) -> {
                    long requestId = d.uniqueNumber();
                    payerDecides(
                        d, requestId, Map.of("decision", "DENIED", "decisionReason", "0U"));
                    renewalRequest(d, episode, requestId);
                    // the denial is decided on after the peer-to-peer outcome (issue 14 item 5);
                    // an appeal then counts from the denial's date (AppealCase, issue 17 item 5)
                    d.completesJobs(
                        "apply-peer-to-peer-outcome",
                        Map.of(
                            "denialDecidedOn",
                            LocalDate.now(EveryTaskFormBrowserTest.SITES).toString(),
                            "appealExpedited",
                            false));
                    d.complete(
                        d.awaitUserTask("Task_RecordPeerToPeerOutcome"),
                        Map.of("peerToPeerOutcome", "NOT_HELD"));
                    return d.awaitUserTask(form.elementId());
                  })),
          Map.entry(
              "record-peer-to-peer-outcome",
              new Scenario(
                  "COMMERCIAL_ACME",
                  "J1745",
                  SiteOfCare.OFFICE,
                  (d, form, episode) -> {
                    long requestId = d.uniqueNumber();
                    payerDecides(
                        d, requestId, Map.of("decision", "DENIED", "decisionReason", "0U"));
                    renewalRequest(d, episode, requestId);
                    return d.awaitUserTask(form.elementId());
                  })),
          Map.entry(
              "review-partial-approval",
              new Scenario(
                  "COMMERCIAL_ACME",
                  "J1745",
                  SiteOfCare.OFFICE,
                  (d, form, episode) -> {
                    long requestId = d.uniqueNumber();
                    LocalDate from = LocalDate.now().plusDays(7);
                    payerDecides(
                        d,
                        requestId,
                        Map.of(
                            "decision",
                            "PARTIAL",
                            "certificationNumber",
                            "SBX-" + requestId,
                            "approvedUnits",
                            4,
                            "approvedFrom",
                            from.toString(),
                            "approvedTo",
                            from.plusDays(97).toString()));
                    renewalRequest(d, episode, requestId);
                    return d.awaitUserTask(form.elementId());
                  })),
          Map.entry(
              "attach-clinical-response",
              new Scenario(
                  "COMMERCIAL_SUMMIT",
                  "J3380",
                  SiteOfCare.OFFICE,
                  (d, form, episode) -> {
                    // the renewal lead time has come: re-verification (PA still required), then the
                    // clinical response
                    eligibility(d, true);
                    d.completesJobs(
                        "record-benefit-verification",
                        Map.of("coverageOutcome", "MEDICAL_BENEFIT", "paRequiredByPayer", true));
                    Instant now = Instant.now();
                    monitored(d, episode, now.minusSeconds(60), now.plus(Duration.ofDays(30)));
                    return d.awaitUserTask(form.elementId());
                  })),
          Map.entry(
              "correct-claim",
              new Scenario(
                  "COMMERCIAL_ACME",
                  "J1745",
                  SiteOfCare.OFFICE,
                  (d, form, episode) -> {
                    // the scrubber finds an edit before the claim goes out
                    claim(d, episode, false, "claim-" + d.uniqueNumber() + "-a1");
                    return d.awaitUserTask(form.elementId());
                  })),
          Map.entry(
              "check-clearinghouse",
              new Scenario(
                  "COMMERCIAL_ACME",
                  "J1745",
                  SiteOfCare.OFFICE,
                  (d, form, episode) -> {
                    // the 837 goes out and no 999 comes back within 24 hours
                    long instance = claim(d, episode, true, "claim-" + d.uniqueNumber() + "-a1");
                    d.awaitActive(instance, "Task_ReceiveFunctionalAck");
                    d.advanceClock(Duration.ofHours(25));
                    return d.awaitUserTask(form.elementId());
                  })),
          Map.entry(
              "check-claim-status",
              new Scenario(
                  "COMMERCIAL_ACME",
                  "J1745",
                  SiteOfCare.OFFICE,
                  (d, form, episode) -> {
                    // 999 and 277CA accept the claim; the remittance does not come in time
                    String attempt = "claim-" + d.uniqueNumber() + "-a1";
                    d.publish(
                        "Message_ClaimFunctionalAckReceived",
                        attempt,
                        Map.of("functionalAckStatus", "ACCEPTED"));
                    d.publish(
                        "Message_ClaimAckReceived", attempt, Map.of("claimAckStatus", "ACCEPTED"));
                    long instance = claim(d, episode, true, attempt);
                    d.awaitActive(instance, "Task_AwaitRemittance");
                    d.advanceClock(Duration.ofDays(31));
                    return d.awaitUserTask(form.elementId());
                  })),
          Map.entry(
              "reconcile-provider-adjustment",
              new Scenario(
                  "COMMERCIAL_ACME",
                  "J1745",
                  SiteOfCare.OFFICE,
                  (d, form, episode) -> {
                    // an 835 recovers an earlier overpayment of the episode's claim (PLB WO)
                    d.start(
                        "ProviderAdjustmentReview",
                        with(
                            episode,
                            "plbAdjustmentId",
                            d.uniqueNumber(),
                            "remittanceId",
                            d.uniqueNumber(),
                            "traceNumber",
                            "EFT" + d.uniqueNumber(),
                            "plbReasonCode",
                            "WO",
                            "plbReasonText",
                            "Overpayment recovery",
                            "plbReference",
                            "PCCN0009",
                            "plbAmount",
                            120.50));
                    return d.awaitUserTask(form.elementId());
                  })),
          Map.entry(
              "review-underpayment",
              new Scenario(
                  "COMMERCIAL_ACME",
                  "J1745",
                  SiteOfCare.OFFICE,
                  (d, form, episode) -> underpaidClaim(d, episode))),
          Map.entry(
              "approve-underpayment-write-off",
              new Scenario(
                  "COMMERCIAL_ACME",
                  "J1745",
                  SiteOfCare.OFFICE,
                  (d, form, episode) -> {
                    // billing writes the $338.66 short on the J1745 line off: a manager approves
                    d.complete(
                        underpaidClaim(d, episode),
                        Map.of(
                            "underpaymentDecision",
                            "WRITE_OFF",
                            "underpaymentNote",
                            "J1745 paid at the 2026 contract rate; not worth a dispute"));
                    return d.awaitUserTask(form.elementId());
                  })),
          Map.entry(
              "document-administration",
              new Scenario(
                  "MEDICARE_ADVANTAGE_EXAMPLE",
                  "J1745",
                  SiteOfCare.OFFICE,
                  (d, form, episode) -> {
                    // a visit found ready on its day waits for the nurse's documentation
                    visitToday(d, episode, true);
                    return d.awaitUserTask(form.elementId());
                  })),
          Map.entry(
              "resolve-visit-readiness",
              new Scenario(
                  "MEDICARE_ADVANTAGE_EXAMPLE",
                  "J1745",
                  SiteOfCare.OFFICE,
                  (d, form, episode) -> {
                    // the authorization does not cover the visit's date
                    visitToday(d, episode, false);
                    return d.awaitUserTask(form.elementId());
                  })),
          Map.entry(
              "obtain-abn",
              new Scenario(
                  "MEDICARE_PART_B",
                  "J1745",
                  SiteOfCare.OFFICE,
                  (d, form, episode) -> {
                    // the order's diagnosis is not covered by infliximab's LCD (L35677)
                    visitToday(
                        d,
                        episode,
                        true,
                        with(
                            readiness(true),
                            "authorizationRequired",
                            false,
                            "lcdId",
                            "L35677",
                            "lcdArticleId",
                            "A56432",
                            "lcdCovered",
                            false,
                            "abnNeeded",
                            true));
                    return d.awaitUserTask(form.elementId());
                  })),
          Map.entry(
              "resolve-coding-edits",
              new Scenario(
                  "MEDICARE_ADVANTAGE_EXAMPLE",
                  "J1745",
                  SiteOfCare.OFFICE,
                  (d, form, episode) -> {
                    // documented, then coded with an ERROR edit the coder must resolve
                    visitToday(d, episode, true);
                    d.completesJobs(
                            "record-administration",
                            Map.of("documentationVersion", 1, "documentationProblem", ""))
                        .completesJobs(
                            "code-encounter",
                            Map.of(
                                "codingClean",
                                false,
                                "codedLines",
                                java.util.List.of(
                                    Map.of(
                                        "line",
                                        1,
                                        "code",
                                        "J1745",
                                        "units",
                                        37,
                                        "ruleId",
                                        "drug-units")),
                                "codingEdits",
                                java.util.List.of(
                                    Map.of(
                                        "severity", "ERROR",
                                        "code", "NDC_HCPCS_MISMATCH",
                                        "message", "NDC 00006302602 is billed under J9271",
                                        "line", "1",
                                        "ruleId", "drug-units"))));
                    d.complete(d.awaitUserTask("Task_DocumentAdministration"), documentation());
                    return d.awaitUserTask(form.elementId());
                  })),
          Map.entry(
              "work-denial",
              new Scenario(
                  "MEDICARE_PART_B",
                  "J1745",
                  SiteOfCare.OFFICE,
                  (d, form, episode) -> {
                    // posting opened a CO-50 on the drug line; the decision routes it to appeals
                    d.start(form.processId(), denial(d, episode, "CO", "50", false));
                    return d.awaitUserTask(form.elementId());
                  })),
          Map.entry(
              "request-retro-authorization",
              new Scenario(
                  "COMMERCIAL_ACME",
                  "J1745",
                  SiteOfCare.OFFICE,
                  (d, form, episode) -> {
                    // CO-197 with no authorization on file: the authorization group asks for one
                    d.start(
                        form.processId(),
                        denial(d, episode, "CO", "197", false, "RETRO_AUTH", "authorization"));
                    d.complete(
                        d.awaitUserTask("Task_WorkDenial"), Map.of("denialAction", "RETRO_AUTH"));
                    return d.awaitUserTask(form.elementId());
                  })),
          Map.entry(
              "approve-write-off",
              new Scenario(
                  "MEDICARE_PART_B",
                  "J1745",
                  SiteOfCare.OFFICE,
                  (d, form, episode) -> {
                    // CO-29: filed too late, a drug line: a manager approves the write-off
                    d.start(
                        form.processId(),
                        denial(d, episode, "CO", "29", true, "WRITE_OFF", "managers"));
                    d.complete(
                        d.awaitUserTask("Task_WorkDenial"), Map.of("denialAction", "WRITE_OFF"));
                    return d.awaitUserTask(form.elementId());
                  })),
          Map.entry(
              "review-and-submit-appeal",
              new Scenario(
                  "MEDICARE_PART_B",
                  "J1745",
                  SiteOfCare.OFFICE,
                  (d, form, episode) -> {
                    Instant deadline = Instant.now().plus(Duration.ofDays(125));
                    d.start(form.processId(), appeal(d, episode, deadline, deadline));
                    return d.awaitUserTask(form.elementId());
                  })),
          Map.entry(
              "appeal-deadline-missed",
              new Scenario(
                  "MEDICARE_PART_B",
                  "J1745",
                  SiteOfCare.OFFICE,
                  (d, form, episode) -> {
                    // nobody submitted the appeal: its deadline has passed
                    Instant deadline = Instant.now().minusSeconds(60);
                    d.start(form.processId(), appeal(d, episode, deadline, deadline));
                    return d.awaitUserTask(form.elementId());
                  })),
          Map.entry(
              "follow-up-appeal-decision",
              new Scenario(
                  "MEDICARE_PART_B",
                  "J1745",
                  SiteOfCare.OFFICE,
                  (d, form, episode) -> {
                    // submitted; the payer's decision time + 15 days passed without a decision
                    Instant deadline = Instant.now().plus(Duration.ofDays(125));
                    d.start(
                        form.processId(),
                        appeal(d, episode, deadline, Instant.now().minusSeconds(60)));
                    d.complete(d.awaitUserTask("Task_ReviewAndSubmitAppeal"), submitted());
                    return d.awaitUserTask(form.elementId());
                  })),
          Map.entry(
              "resolve-lapsed-authorization",
              new Scenario(
                  "COMMERCIAL_SUMMIT",
                  "J3380",
                  SiteOfCare.OFFICE,
                  (d, form, episode) -> {
                    // the authorization ended while its renewal is still open
                    d.completesJobs("flag-lapsed-authorization", Map.of());
                    Instant now = Instant.now();
                    monitored(d, episode, now.minusSeconds(120), now.minusSeconds(60));
                    return d.awaitUserTask(form.elementId());
                  })),
          Map.entry(
              "investigate-inventory-variance",
              new Scenario(
                  "COMMERCIAL_ACME",
                  "J1745",
                  SiteOfCare.OFFICE,
                  (d, form, episode) -> {
                    // the reconciliation found 5 units of a lot dispensed and never billed
                    d.completesJobs(
                        "reconcile-inventory",
                        Map.of(
                            "reconciliationId",
                            d.uniqueNumber(),
                            "findings",
                            java.util.List.of(
                                Map.of(
                                    "findingId",
                                    d.uniqueNumber(),
                                    "lotId",
                                    d.uniqueNumber(),
                                    "hcpcs",
                                    "J1745",
                                    "source",
                                    "BUY_AND_BILL",
                                    "varianceUnits",
                                    5.0,
                                    "expiredContainers",
                                    0.0,
                                    "expiringContainers",
                                    0.0))));
                    d.start(form.processId(), with(episode, "trigger", "ON_DEMAND"));
                    return d.awaitUserTask(form.elementId());
                  })));
}

package com.infusionbilling.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.infusionbilling.authorization.AuthorizationMonitoringService;
import com.infusionbilling.authorization.PriorAuthorizationService;
import com.infusionbilling.episode.Episode;
import com.infusionbilling.episode.EpisodeRepository;
import com.infusionbilling.episode.EpisodeStatus;
import com.infusionbilling.intake.ReferralRequest;
import com.infusionbilling.intake.ReferralService;
import com.infusionbilling.testing.ReferralBuilder;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile: a handful of realistic (fictional) referrals that run against the
 * sandbox payer, so that tasks appear in the worklist within a minute of starting the app:
 *
 * <ul>
 *   <li>infliximab, Acme Health Plan: 271 says PA required: "Collect clinical documentation"
 *   <li>ocrelizumab, Medicare Part B: no PA needed: therapy active
 *   <li>immune globulin (IVIG), Example Medicaid: documentation, then "Submit on payer portal"
 *   <li>pembrolizumab, Summit Mutual (lung cancer): documentation attached by the demo, 278,
 *       approved by the sandbox payer
 *   <li>vedolizumab, Example Medicare Advantage: documentation attached by the demo, approved
 *   <li>infliximab, Summit Mutual, terminated coverage: "Resolve coverage"
 *   <li>vedolizumab, Summit Mutual, an authorization approved earlier that ends in 10 days: its
 *       renewal timer (end date minus Summit's 30-day lead time) has passed, so the renewal starts
 *       at once: re-verification, then "Attach clinical response"
 * </ul>
 *
 * Idempotent: referral IDs are fixed, so restarting the demo adds nothing twice.
 */
@Component
@Profile("demo")
public class LifecycleDemoData implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(LifecycleDemoData.class);

  /** Referrals whose documentation the demo attaches itself, so they reach an approval. */
  static final Set<String> AUTO_DOCUMENTED = Set.of("DEMO-PEMBROLIZUMAB", "DEMO-VEDOLIZUMAB");

  private final ReferralService referrals;
  private final EpisodeRepository episodes;
  private final PriorAuthorizationService priorAuthorizations;
  private final AuthorizationMonitoringService monitoring;
  private final CamundaClient client;
  private final ObjectMapper json;
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  private final Set<Long> documented = ConcurrentHashMap.newKeySet();

  public LifecycleDemoData(
      ReferralService referrals,
      EpisodeRepository episodes,
      PriorAuthorizationService priorAuthorizations,
      AuthorizationMonitoringService monitoring,
      CamundaClient client,
      ObjectMapper json) {
    this.referrals = referrals;
    this.episodes = episodes;
    this.priorAuthorizations = priorAuthorizations;
    this.monitoring = monitoring;
    this.client = client;
    this.json = json;
  }

  record Demo(
      String id,
      String mrn,
      String first,
      String last,
      String dob,
      String sex,
      String payer,
      String member,
      String hcpcs,
      String doseBasis,
      String dose,
      String unit,
      String weight,
      int interval,
      int doses,
      String diagnosis,
      String site) {}

  static final List<Demo> DEMOS =
      List.of(
          new Demo(
              "DEMO-INFLIXIMAB",
              "MRN-D001",
              "Maria",
              "Alvarez",
              "1984-03-12",
              "F",
              "COMMERCIAL_ACME",
              "ACM100200300",
              "J1745",
              "PER_KG",
              "5",
              "MG",
              "68",
              56,
              6,
              "K50.90",
              "OFFICE"),
          new Demo(
              "DEMO-OCRELIZUMAB",
              "MRN-D002",
              "Thomas",
              "Becker",
              "1959-07-30",
              "M",
              "MEDICARE_PART_B",
              "1EG4TE5MK72",
              "J2350",
              "FIXED",
              "600",
              "MG",
              null,
              182,
              2,
              "G35",
              "AMBULATORY_INFUSION_CENTER"),
          new Demo(
              "DEMO-IVIG",
              "MRN-D003",
              "Aisha",
              "Khan",
              "1992-11-02",
              "F",
              "MEDICAID_EXAMPLE",
              "MCD77889900",
              "J1569",
              "PER_KG",
              "0.4",
              "G",
              "61",
              28,
              6,
              "D80.1",
              "HOME"),
          new Demo(
              "DEMO-PEMBROLIZUMAB",
              "MRN-D004",
              "Robert",
              "Okafor",
              "1956-01-21",
              "M",
              "COMMERCIAL_SUMMIT",
              "SUM555111222",
              "J9271",
              "FIXED",
              "200",
              "MG",
              null,
              21,
              8,
              "C34.90",
              "HOSPITAL_OUTPATIENT"),
          new Demo(
              "DEMO-VEDOLIZUMAB",
              "MRN-D005",
              "Linda",
              "Nguyen",
              "1950-05-17",
              "F",
              "MEDICARE_ADVANTAGE_EXAMPLE",
              "MA9988776655",
              "J3380",
              "FIXED",
              "300",
              "MG",
              null,
              56,
              6,
              "K51.90",
              "OFFICE"),
          new Demo(
              "DEMO-INACTIVE-COVERAGE",
              "MRN-D006",
              "James",
              "Carter",
              "1977-09-08",
              "M",
              "COMMERCIAL_SUMMIT",
              "INACT0099887",
              "J1745",
              "PER_KG",
              "5",
              "MG",
              "90",
              56,
              6,
              "M05.79",
              "OFFICE"));

  @Override
  public void run(ApplicationArguments args) {
    // the starter deploys bpmn/ and forms/ as the context starts; give it a moment, then seed
    scheduler.schedule(this::seed, 3, TimeUnit.SECONDS);
    scheduler.scheduleWithFixedDelay(this::attachDocumentation, 20, 10, TimeUnit.SECONDS);
  }

  void seed() {
    for (Demo d : DEMOS) {
      try {
        var intake = referrals.intake(json.readValue(referral(d), ReferralRequest.class));
        log.info("Demo referral {} -> episode {}", d.id(), intake.episodeId());
      } catch (Exception e) {
        log.warn("Demo referral {} not started: {}", d.id(), e.getMessage());
      }
    }
    try {
      renewalDue();
    } catch (Exception e) {
      log.warn("Demo renewal not started: {}", e.getMessage());
    }
  }

  String referral(Demo d) {
    return ReferralBuilder.referral(d.id())
        .patient(d.mrn(), d.first(), d.last())
        .born(d.dob(), d.sex())
        .address("100 Demo Street", "Springfield", "IL", "62701")
        .coverage(d.payer(), d.member())
        .coverageFrom(LocalDate.now(ZoneOffset.UTC).withDayOfYear(1).toString())
        .dose(d.hcpcs(), d.doseBasis(), d.dose(), d.unit(), d.weight())
        .schedule(
            "every " + d.interval() + " days",
            d.interval(),
            d.doses(),
            LocalDate.now(ZoneOffset.UTC).plusDays(14).toString())
        .diagnoses(d.diagnosis())
        .siteOfCare(d.site())
        .json();
  }

  /** An episode authorized earlier whose authorization ends in 10 days: renewal is due. */
  void renewalDue() throws Exception {
    Demo d =
        new Demo(
            "DEMO-RENEWAL-DUE",
            "MRN-D007",
            "Helen",
            "Park",
            "1968-02-14",
            "F",
            "COMMERCIAL_SUMMIT",
            "SUM333444555",
            "J3380",
            "FIXED",
            "300",
            "MG",
            null,
            56,
            6,
            "K50.90",
            "OFFICE");
    if (episodes.findByReferralId(d.id()).isPresent()) {
      return;
    }
    // stored as a referral, but its therapy is already running on an existing authorization
    var intake = referrals.intakeWithoutProcess(json.readValue(referral(d), ReferralRequest.class));
    Episode e = episodes.findById(intake.episodeId()).orElseThrow();
    e.moveTo(EpisodeStatus.ACTIVE);
    episodes.save(e);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    var auth =
        priorAuthorizations.importApproved(
            e.getId(),
            "SUM-PA-2026-0417",
            new BigDecimal("1800"),
            today.minusDays(88),
            today.plusDays(10));
    monitoring.startMonitoring(auth.getId());
    log.info(
        "Demo authorization {} ends {}: its renewal starts now", auth.getId(), auth.getValidTo());
  }

  /** Plays the coordinator for two referrals: attaches their documentation once asked. */
  void attachDocumentation() {
    try {
      var tasks =
          client
              .newUserTaskSearchRequest()
              .filter(
                  f ->
                      f.elementId("Task_CollectClinicalDocumentation").state(UserTaskState.CREATED))
              .send()
              .join()
              .items();
      for (var task : tasks) {
        Object episodeId =
            client
                .newUserTaskVariableSearchRequest(task.getUserTaskKey())
                .filter(f -> f.name("episodeId"))
                .send()
                .join()
                .items()
                .stream()
                .findFirst()
                .map(v -> v.getValue())
                .orElse(null);
        if (episodeId == null) {
          continue;
        }
        long id = Long.parseLong(episodeId.toString().replace("\"", ""));
        var episode = episodes.findById(id);
        if (episode.isEmpty()
            || !AUTO_DOCUMENTED.contains(episode.get().getReferralId())
            || !documented.add(task.getUserTaskKey())) {
          continue;
        }
        client
            .newCompleteUserTaskCommand(task.getUserTaskKey())
            .variables(
                Map.of(
                    "confirmedDiagnosisAttached", true,
                    "treatmentHistoryAttached", true,
                    "failedAlternativesAttached", true,
                    "failedAlternativesCount", 1,
                    "treatmentPlanAttached", true,
                    "labsAttached", true,
                    "labsCollectedOn", LocalDate.now(ZoneOffset.UTC).minusDays(3).toString(),
                    "documentReference", "DOC-DEMO-" + id))
            .send()
            .join();
        log.info("Demo: documentation attached for episode {}", id);
      }
    } catch (Exception e) {
      log.debug("Demo documentation pass skipped: {}", e.getMessage());
    }
  }
}

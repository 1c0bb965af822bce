package com.infusionbilling.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.infusionbilling.billing.BillingProperties;
import com.infusionbilling.billing.scrub.SiteOfCare;
import com.infusionbilling.episode.EpisodeRepository;
import com.infusionbilling.episode.EpisodeStatus;
import com.infusionbilling.intake.ReferralRequest;
import com.infusionbilling.intake.ReferralService;
import com.infusionbilling.inventory.InventoryService;
import com.infusionbilling.inventory.InventorySource;
import com.infusionbilling.inventory.NewReceipt;
import com.infusionbilling.testing.ReferralBuilder;
import com.infusionbilling.testing.RevenueCycleHistory;
import com.infusionbilling.visit.DrugSource;
import com.infusionbilling.visit.InfusionVisitProcess;
import com.infusionbilling.visit.VisitService;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
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
 * The {@code demo} profile, part 2a: four Medicare Part B referrals whose therapy starts today get
 * a visit scheduled as soon as their therapy is active (270/271 with the sandbox payer, no PA for
 * Part B). The demo plays the nurse for two of them, so that within two minutes of start-up they
 * run through a documented visit, coding, the claim, its 837 and the sandbox's 999 and 277CA to an
 * ACKNOWLEDGED claim:
 *
 * <ul>
 *   <li>infliximab 365 mg from 4 × 100 mg single-dose vials, office, 09:00–11:35: an 837P with
 *       J1745 × 37 and J1745-JW × 3 (35 mg discarded) and the administration codes
 *   <li>pembrolizumab 200 mg from 2 × 100 mg vials (nothing discarded: JZ), hospital outpatient: an
 *       837I with revenue codes
 * </ul>
 *
 * Part 2b: the sandbox's 835 pays both (the infliximab claim posts PAID, at Medicare's ASP + 6 % as
 * the billing engine expects); a fourth referral, infliximab for a member the sandbox pays 10 %
 * below it ({@code UNDERPAY…}), goes the same way and its posted payment opens "Review
 * underpayment" for {@code billing}. Four more infliximab referrals are for members the sandbox
 * denies ({@code DENY197…}, {@code DENY16…} and twice {@code DENY50…}): see {@link DenialDemoData}.
 * One more ({@link #SECONDARY_REFERRAL}) has a supplemental secondary plan: its claim goes to
 * Medicare, then to the supplement (SBR01 S), which the sandbox pays as secondary.
 *
 * <p>The lots the demo's nurse draws from are received first ({@link #lots}, one invoice), and each
 * documented visit's dispenses are recorded in their stock as soon as the visit has them, so the
 * Revenue page prices these doses at their acquisition cost instead of waiting for the next
 * reconciliation.
 *
 * <p>The vedolizumab referral, 300 mg in the office, waits in "Document administration" for {@code
 * nurse} (README walk-through). Idempotent: referral IDs are fixed, a lot already received is not
 * received again, a visit exists once per episode and start, and each task is completed once.
 */
@Component
@Profile("demo")
public class VisitDemoData implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(VisitDemoData.class);

  record VisitDemo(
      String referralId,
      String mrn,
      String first,
      String last,
      String dob,
      String sex,
      String member,
      String hcpcs,
      String milligrams,
      String diagnosis,
      SiteOfCare site,
      LocalTime start,
      Map<String, Object> documentation) {}

  static final String NURSE = "nurse";
  static final String INVOICE = "DEMO-VISITS-INV-2611";

  /**
   * The lots of {@link #demos()} as of {@code today}, each with enough vials for its visits,
   * including the one the README's walk-through has {@code nurse} draw the vedolizumab dose from
   * ({@link #NURSE_LOT}: without it that dose would come from no stock, be left out of the
   * reconciliation and cost nothing on the Revenue page). A vial costs about the seed's
   * illustrative ASP (V2_3: the payment limit is ASP + 6 %, so ASP = limit / 1.06): J1745 $35.00
   * per 10 mg -> $330.19 per 100 mg vial, J9271 $55.00 per mg -> $5,188.68 per 100 mg vial, J3380
   * $23.00 per mg -> $6,509.43 per 300 mg vial (the catalogue's WAC, V2_2, is above all three:
   * $1,300, $5,800 and $7,000).
   */
  static List<NewReceipt> lots(LocalDate today) {
    LocalDate received = today.minusDays(14);
    LocalDate expiry = today.plusMonths(10); // as documented by documentation(...)
    return List.of(
        lot(RevenueCycleHistory.REMICADE, "RMC2611A", expiry, 10, "330.19", received),
        lot(RevenueCycleHistory.REMICADE, "RMC2611B", expiry, 10, "330.19", received),
        lot(RevenueCycleHistory.REMICADE, "RMC2611C", expiry, 20, "330.19", received),
        lot("00006302602", "KEY4410B", expiry, 4, "5188.68", received),
        lot(NURSE_NDC11, NURSE_LOT, expiry, 2, "6509.43", received));
  }

  /** The Entyvio 300 mg vial of the nurse's walk-through: NDC 64764-300-20 as printed (5-3-2). */
  static final String NURSE_NDC11 = "64764030020";

  /** The lot the nurse documents for the vedolizumab visit (README walk-through). */
  static final String NURSE_LOT = "ENT2611A";

  private static NewReceipt lot(
      String ndc11, String lot, LocalDate expiry, int vials, String cost, LocalDate on) {
    return RevenueCycleHistory.receipt(
        INVOICE, ndc11, lot, expiry, vials, cost, on, InventorySource.BUY_AND_BILL);
  }

  /**
   * The referral whose patient has a supplemental (Medigap-like) plan behind Medicare: the
   * fictional Acme Health Plan, member {@code SUPP4TE5MK89}. Medicare's 835 leaves the patient
   * PR-1/PR-2, the practice bills the supplement with SBR01 S and Medicare's adjudication
   * (2320/2430), the sandbox pays that share as secondary, and posting settles it: the patient owes
   * nothing.
   */
  static final String SECONDARY_REFERRAL = "DEMO-SECONDARY-MEDIGAP";

  static final String SECONDARY_PAYER = "COMMERCIAL_ACME";
  static final String SECONDARY_MEMBER = "SUPP4TE5MK89";

  private final ReferralService referrals;
  private final EpisodeRepository episodes;
  private final VisitService visits;
  private final InventoryService inventory;
  private final CamundaClient client;
  private final ObjectMapper json;
  private final ZoneId zone;
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  private final Set<Long> documented = ConcurrentHashMap.newKeySet();
  private final Set<Long> stocked = ConcurrentHashMap.newKeySet();

  public VisitDemoData(
      ReferralService referrals,
      EpisodeRepository episodes,
      VisitService visits,
      InventoryService inventory,
      CamundaClient client,
      ObjectMapper json,
      BillingProperties billing) {
    this.referrals = referrals;
    this.episodes = episodes;
    this.visits = visits;
    this.inventory = inventory;
    this.client = client;
    this.json = json;
    this.zone = billing.zone();
  }

  List<VisitDemo> demos() {
    LocalDate today = LocalDate.now(zone);
    return List.of(
        new VisitDemo(
            "DEMO-VISIT-INFLIXIMAB",
            "MRN-D101",
            "Ruth",
            "Meyer",
            "1948-06-03",
            "F",
            "1EG4TE5MK81",
            "J1745",
            "365",
            "K50.90",
            SiteOfCare.OFFICE,
            LocalTime.of(9, 0),
            documentation(
                today,
                "J1745",
                "57894-030-01",
                "RMC2611A",
                365,
                35,
                100,
                4,
                "THERAPEUTIC",
                LocalTime.of(9, 0),
                LocalTime.of(11, 35))),
        new VisitDemo(
            "DEMO-VISIT-PEMBROLIZUMAB",
            "MRN-D102",
            "Walter",
            "Brooks",
            "1952-10-19",
            "M",
            "1EG4TE5MK82",
            "J9271",
            "200",
            "C34.90",
            SiteOfCare.HOSPITAL_OUTPATIENT,
            LocalTime.of(10, 0),
            documentation(
                today,
                "J9271",
                "00006-3026-02",
                "KEY4410B",
                200,
                0,
                100,
                2,
                "CHEMOTHERAPY",
                LocalTime.of(10, 0),
                LocalTime.of(10, 35))),
        // part 2b: the sandbox pays this member 10 % below the contract: "Review underpayment"
        new VisitDemo(
            "DEMO-VISIT-UNDERPAID",
            "MRN-D104",
            "Harold",
            "Nguyen",
            "1950-04-22",
            "M",
            "UNDERPAY4TE5MK84",
            "J1745",
            "365",
            "K50.90",
            SiteOfCare.OFFICE,
            LocalTime.of(11, 0),
            documentation(
                today,
                "J1745",
                "57894-030-01",
                "RMC2611B",
                365,
                35,
                100,
                4,
                "THERAPEUTIC",
                LocalTime.of(11, 0),
                LocalTime.of(13, 35))),
        // part 2b: denials, one per work group, and one the demo sends to appeal (DenialDemoData)
        infliximab(
            today, "DEMO-DENIAL-RETRO-AUTH", "MRN-D105", "Carol", "Fischer", "DENY1974TE5MK85"),
        infliximab(today, "DEMO-DENIAL-NDC", "MRN-D106", "Peter", "Lindqvist", "DENY164TE5MK86"),
        infliximab(today, "DEMO-DENIAL-NECESSITY", "MRN-D107", "Joan", "Ortiz", "DENY504TE5MK87"),
        infliximab(
            today,
            DenialDemoData.APPEALED_REFERRAL,
            "MRN-D108",
            "Samuel",
            "Reyes",
            "DENY504TE5MK88"),
        // coordination of benefits: Medicare primary, a supplemental (Medigap-like) secondary
        infliximab(today, SECONDARY_REFERRAL, "MRN-D109", "Walter", "Brennan", "SECONDARY4TE5MK89"),
        new VisitDemo(
            "DEMO-VISIT-NURSE",
            "MRN-D103",
            "Elena",
            "Garcia",
            "1957-02-11",
            "F",
            "1EG4TE5MK83",
            "J3380",
            "300",
            "K51.90",
            SiteOfCare.OFFICE,
            LocalTime.of(13, 0),
            null));
  }

  /** Infliximab 365 mg in the office, documented by the demo, for a member the sandbox denies. */
  static VisitDemo infliximab(
      LocalDate today, String referralId, String mrn, String first, String last, String member) {
    return new VisitDemo(
        referralId,
        mrn,
        first,
        last,
        "1949-08-14",
        "F",
        member,
        "J1745",
        "365",
        "K50.90",
        SiteOfCare.OFFICE,
        LocalTime.of(14, 0),
        documentation(
            today,
            "J1745",
            "57894-030-01",
            "RMC2611C",
            365,
            35,
            100,
            4,
            "THERAPEUTIC",
            LocalTime.of(14, 0),
            LocalTime.of(16, 35)));
  }

  public static Map<String, Object> documentation(
      LocalDate day,
      String hcpcs,
      String ndc,
      String lot,
      int given,
      int discarded,
      int vial,
      int vials,
      String category,
      LocalTime start,
      LocalTime stop) {
    Map<String, Object> drug = new java.util.HashMap<>();
    drug.put("hcpcs", hcpcs);
    drug.put("ndc", ndc);
    drug.put("lot", lot);
    drug.put("expiry", day.plusMonths(10).toString());
    drug.put("administeredAmount", given);
    drug.put("amountUnit", "mg");
    drug.put("discardedAmount", discarded);
    drug.put("singleDoseContainer", true);
    if (discarded > 0) {
      drug.put("wasteWitness", "RN Lee");
    }
    drug.put("containers", List.of(Map.of("size", vial, "unit", "mg", "count", vials)));
    return Map.of(
        "drugs",
        List.of(drug),
        "administrations",
        List.of(
            Map.of(
                "id",
                "a1",
                "route",
                "IV_INFUSION",
                "category",
                category,
                "drugHcpcs",
                hcpcs,
                "start",
                day.atTime(start).toString(),
                "stop",
                day.atTime(stop).toString(),
                "accessSite",
                "left forearm")),
        "nurseNpi",
        "1245319599",
        "primaryAdministrationId",
        "a1");
  }

  @Override
  public void run(ApplicationArguments args) {
    scheduler.schedule(this::seed, 4, TimeUnit.SECONDS);
    scheduler.scheduleWithFixedDelay(this::advance, 15, 5, TimeUnit.SECONDS);
  }

  void seed() {
    LocalDate today = LocalDate.now(zone);
    receiveLots(today);
    for (VisitDemo d : demos()) {
      try {
        ReferralBuilder referral =
            ReferralBuilder.referral(d.referralId())
                .patient(d.mrn(), d.first(), d.last())
                .born(d.dob(), d.sex())
                .address("100 Demo Street", "Springfield", "IL", "62701")
                .coverage("MEDICARE_PART_B", d.member());
        if (SECONDARY_REFERRAL.equals(d.referralId())) {
          referral.secondaryCoverage(SECONDARY_PAYER, SECONDARY_MEMBER);
        }
        String body =
            referral
                .coverageFrom(today.withDayOfYear(1).toString())
                .fixedDose(d.hcpcs(), d.milligrams())
                .schedule("every 8 weeks", 56, 6, today.toString())
                .diagnoses(d.diagnosis())
                .siteOfCare(d.site().name())
                .json();
        var intake = referrals.intake(json.readValue(body, ReferralRequest.class));
        log.info("Demo visit referral {} -> episode {}", d.referralId(), intake.episodeId());
      } catch (Exception e) {
        log.warn("Demo visit referral {} not started: {}", d.referralId(), e.getMessage());
      }
    }
  }

  /** Schedules today's visit once the therapy is active; plays the nurse for two of them. */
  void advance() {
    try {
      LocalDate today = LocalDate.now(zone);
      for (VisitDemo d : demos()) {
        var episode = episodes.findByReferralId(d.referralId());
        if (episode.isEmpty() || episode.get().getStatus() != EpisodeStatus.ACTIVE) {
          continue;
        }
        long episodeId = episode.get().getId();
        var scheduled =
            visits.schedule(
                episodeId,
                new VisitService.ScheduleRequest(
                    today.atTime(d.start()), d.site(), DrugSource.BUY_AND_BILL),
                "coordinator");
        if (scheduled.created()) {
          log.info("Demo: visit {} scheduled for episode {}", scheduled.visitId(), episodeId);
        }
        if (d.documentation() != null) {
          document(scheduled.visitId(), d.documentation());
          recordDispenses(scheduled.visitId());
        }
      }
    } catch (Exception e) {
      log.debug("Demo visit pass skipped: {}", e.getMessage());
    }
  }

  /** Receives the demo's lots not yet received (by NDC, lot and source), through one receipt. */
  void receiveLots(LocalDate today) {
    try {
      Set<String> stored =
          inventory.lots().stream()
              .map(l -> l.ndc11() + "|" + l.lot() + "|" + l.source())
              .collect(java.util.stream.Collectors.toSet());
      List<NewReceipt> missing =
          lots(today).stream()
              .filter(r -> !stored.contains(r.ndc() + "|" + r.lot() + "|" + r.source()))
              .toList();
      if (!missing.isEmpty()) {
        inventory.receive(missing, false, "demo");
        log.info("Demo: {} lots of the demo visits received ({})", missing.size(), INVOICE);
      }
    } catch (Exception e) {
      log.warn("Demo visit lots not received: {}", e.getMessage());
    }
  }

  /** Draws a documented visit's vials from stock once its dispenses are stored. */
  void recordDispenses(long visitId) {
    if (!stocked.contains(visitId) && inventory.recordDispensesOfVisit(visitId) > 0) {
      stocked.add(visitId);
      log.info("Demo: dispenses of visit {} recorded in inventory", visitId);
    }
  }

  void document(long visitId, Map<String, Object> documentation) {
    var tasks =
        client
            .newUserTaskSearchRequest()
            .filter(
                f ->
                    f.elementId(InfusionVisitProcess.ELEMENT_DOCUMENT_ADMINISTRATION)
                        .state(UserTaskState.CREATED)
                        .processInstanceVariables(
                            List.of(v -> v.name("visitId").value(String.valueOf(visitId)))))
            .send()
            .join()
            .items();
    for (var task : tasks) {
      if (!documented.add(task.getUserTaskKey())) {
        continue;
      }
      client.newAssignUserTaskCommand(task.getUserTaskKey()).assignee(NURSE).send().join();
      client
          .newCompleteUserTaskCommand(task.getUserTaskKey())
          .variables(documentation)
          .send()
          .join();
      log.info("Demo: the nurse documented visit {}", visitId);
    }
  }
}

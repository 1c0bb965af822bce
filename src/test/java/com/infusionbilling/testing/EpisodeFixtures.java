package com.infusionbilling.testing;

import com.infusionbilling.billing.scrub.SiteOfCare;
import com.infusionbilling.episode.DoseBasis;
import com.infusionbilling.episode.Episode;
import com.infusionbilling.episode.EpisodeRepository;
import com.infusionbilling.episode.NewTherapyOrder;
import com.infusionbilling.episode.TherapyOrder;
import com.infusionbilling.episode.TherapyOrderRepository;
import com.infusionbilling.intake.BenefitType;
import com.infusionbilling.intake.Coverage;
import com.infusionbilling.intake.CoverageRepository;
import com.infusionbilling.intake.Patient;
import com.infusionbilling.intake.PatientRepository;
import com.infusionbilling.intake.Prescriber;
import com.infusionbilling.intake.PrescriberRepository;
import io.camunda.client.api.response.ActivatedJob;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.mockito.Mockito;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stores an episode directly (no process), for tests of the services and workers. */
@Component
public class EpisodeFixtures {
  private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

  private final PatientRepository patients;
  private final PrescriberRepository prescribers;
  private final CoverageRepository coverages;
  private final EpisodeRepository episodes;
  private final TherapyOrderRepository orders;

  public EpisodeFixtures(
      PatientRepository patients,
      PrescriberRepository prescribers,
      CoverageRepository coverages,
      EpisodeRepository episodes,
      TherapyOrderRepository orders) {
    this.patients = patients;
    this.prescribers = prescribers;
    this.coverages = coverages;
    this.episodes = episodes;
    this.orders = orders;
  }

  /** An infliximab (J1745) episode: 5 mg/kg at 73 kg every 8 weeks, 6 doses, office. */
  @Transactional
  public Episode episode(String payerId, String memberId) {
    return episode(payerId, memberId, "J1745", SiteOfCare.OFFICE);
  }

  @Transactional
  public Episode episode(String payerId, String memberId, String hcpcs, SiteOfCare site) {
    return episode(payerId, memberId, hcpcs, site, List.of("K50.90"));
  }

  /** An episode whose order has the given ICD-10-CM diagnoses (principal first). */
  @Transactional
  public Episode episode(
      String payerId, String memberId, String hcpcs, SiteOfCare site, List<String> diagnoses) {
    long n = SEQ.incrementAndGet();
    Patient p =
        patients.save(
            new Patient(
                "MRN-T" + n,
                "Jane",
                "Doe",
                LocalDate.of(1970, 1, 1),
                "F",
                "1 Elm St",
                null,
                "Springfield",
                "IL",
                "62701"));
    Prescriber pr =
        prescribers
            .findByNpi("1245319599")
            .orElseGet(() -> prescribers.save(new Prescriber("1245319599", "John", "Smith")));
    Coverage c =
        coverages.save(
            new Coverage(
                p.getId(),
                payerId,
                memberId,
                "GRP100",
                null,
                LocalDate.of(2026, 1, 1),
                null,
                BenefitType.MEDICAL));
    Episode e = episodes.save(new Episode("T-" + n, p.getId(), pr.getId(), c.getId()));
    orders.save(
        new TherapyOrder(
            e.getId(),
            new NewTherapyOrder(
                hcpcs,
                DoseBasis.PER_KG,
                new BigDecimal("5"),
                "MG",
                new BigDecimal("73"),
                null,
                "every 8 weeks",
                56,
                6,
                diagnoses,
                site,
                LocalDate.now().plusDays(14))));
    return e;
  }

  /**
   * The episode's patient also has coverage with {@code payerId} as the secondary payer (billed
   * after the primary adjudicated a claim).
   */
  @Transactional
  public Episode withSecondaryCoverage(long episodeId, String payerId, String memberId) {
    Episode e = episodes.findById(episodeId).orElseThrow();
    Coverage c =
        coverages.save(
            new Coverage(
                e.getPatientId(),
                payerId,
                memberId,
                "SUPP200",
                "Supplement plan",
                LocalDate.of(2026, 1, 1),
                null,
                BenefitType.MEDICAL));
    e.useSecondaryCoverage(c.getId());
    return episodes.save(e);
  }

  /** The same job, as a worker would receive it each time it is delivered. */
  public static ActivatedJob job(long key, long processInstanceKey, Map<String, Object> variables) {
    ActivatedJob job = Mockito.mock(ActivatedJob.class);
    Mockito.when(job.getKey()).thenReturn(key);
    Mockito.when(job.getProcessInstanceKey()).thenReturn(processInstanceKey);
    Mockito.when(job.getRetries()).thenReturn(5);
    Mockito.when(job.getVariablesAsMap()).thenReturn(variables);
    return job;
  }

  public static long nextKey() {
    return 9_000_000_000L + SEQ.incrementAndGet();
  }

  /**
   * "Document administration" variables of an infliximab visit on {@code day}: 365 mg from four 100
   * mg vials of {@code lot} (35 mg discarded, witnessed), one IV infusion 09:00-11:35.
   */
  public static Map<String, Object> infliximabDocumentation(
      long visitId, String lot, LocalDate day) {
    Map<String, Object> v = new java.util.HashMap<>();
    v.put("visitId", visitId);
    v.put(
        "drugs",
        List.of(
            Map.of(
                "hcpcs",
                "J1745",
                "ndc",
                "57894-030-01",
                "lot",
                lot,
                "expiry",
                day.plusYears(1).toString(),
                "administeredAmount",
                365,
                "amountUnit",
                "mg",
                "discardedAmount",
                35,
                "singleDoseContainer",
                true,
                "wasteWitness",
                "RN Two",
                "containers",
                List.of(Map.of("size", 100, "unit", "mg", "count", 4)))));
    v.put(
        "administrations",
        List.of(
            Map.of(
                "id", "a1",
                "route", "IV_INFUSION",
                "category", "THERAPEUTIC",
                "drugHcpcs", "J1745",
                "start", day + "T09:00",
                "stop", day + "T11:35",
                "accessSite", "left forearm")));
    v.put("nurseNpi", "1245319599");
    return v;
  }
}

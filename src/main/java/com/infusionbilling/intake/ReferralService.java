package com.infusionbilling.intake;

import com.infusionbilling.episode.Episode;
import com.infusionbilling.episode.EpisodeQueries;
import com.infusionbilling.episode.EpisodeService;
import com.infusionbilling.episode.EpisodeService.OpenedEpisode;
import com.infusionbilling.episode.EpisodeTimeline;
import com.infusionbilling.episode.NewTherapyOrder;
import com.infusionbilling.episode.TherapyEpisodeStarter;
import com.infusionbilling.process.ProcessStarts;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Referral intake: validates, stores patient, prescriber, coverage, episode and therapy order, and
 * requests the episode's process through the process-start outbox, all in one transaction: the
 * instance is created after commit (never for a referral that rolled back), and retried until it
 * exists. Idempotent by {@code referralId}. Two referrals that arrive together with the same new
 * patient MRN or prescriber NPI both succeed: the one that loses the race on the unique key is run
 * again and finds the row the other committed.
 */
@Service
public class ReferralService {
  private static final Logger log = LoggerFactory.getLogger(ReferralService.class);

  private final ReferralValidator validator;
  private final PatientRepository patients;
  private final PrescriberRepository prescribers;
  private final CoverageRepository coverages;
  private final EpisodeQueries episodes;
  private final EpisodeService episodeService;
  private final EpisodeTimeline timeline;
  private final TherapyEpisodeStarter starter;
  private final ProcessStarts starts;
  private final TransactionTemplate tx;

  public ReferralService(
      ReferralValidator validator,
      PatientRepository patients,
      PrescriberRepository prescribers,
      CoverageRepository coverages,
      EpisodeQueries episodes,
      EpisodeService episodeService,
      EpisodeTimeline timeline,
      TherapyEpisodeStarter starter,
      ProcessStarts starts,
      PlatformTransactionManager transactions) {
    this.validator = validator;
    this.patients = patients;
    this.prescribers = prescribers;
    this.coverages = coverages;
    this.episodes = episodes;
    this.episodeService = episodeService;
    this.timeline = timeline;
    this.starter = starter;
    this.starts = starts;
    this.tx = new TransactionTemplate(transactions);
  }

  /**
   * The stored referral; {@code processInstanceKey} is null while the outbox has not started the
   * instance yet (the engine was unreachable: it is retried, and recorded on the episode then).
   */
  public record Intake(
      long episodeId, String referralId, Long processInstanceKey, boolean created) {}

  /** How often a referral that lost a race on a unique key (MRN, NPI, referral ID) is re-run. */
  static final int ATTEMPTS = 5;

  /**
   * Stores the referral and requests its process; joins the caller's transaction if there is one
   * (then the instance starts when that commits).
   */
  public Intake intake(ReferralRequest r) {
    validator.validate(r);
    for (int attempt = 1; ; attempt++) {
      try {
        Stored stored = tx.execute(s -> store(r, true));
        Long key =
            stored.startId() == null
                ? stored.intake().processInstanceKey()
                : starts.processInstanceKey(stored.startId()).orElse(null);
        Intake intake = stored.intake();
        return new Intake(intake.episodeId(), intake.referralId(), key, intake.created());
      } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
        if (attempt >= ATTEMPTS || TransactionSynchronizationManager.isActualTransactionActive()) {
          throw e;
        }
        // Another referral committed the same new patient, prescriber or referral ID first; the
        // next attempt finds its row. Only the constraint's kind is logged (the SQL error quotes
        // the MRN).
        log.info("Referral intake raced on a unique key ({}); attempt {}", kind(e), attempt + 1);
        pause(attempt);
      }
    }
  }

  private static String kind(RuntimeException e) {
    String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    for (String constraint :
        new String[] {"uk_patient_mrn", "uk_prescriber_npi", "uk_episode_referral"}) {
      if (text.contains(constraint)) {
        return constraint;
      }
    }
    return e.getClass().getSimpleName();
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(20L * attempt + (long) (Math.random() * 30));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private record Stored(Intake intake, Long startId) {}

  /**
   * Stores a referral whose therapy is already under way elsewhere (data migration, the demo): no
   * {@code TherapyEpisode} is started.
   */
  @Transactional
  public Intake intakeWithoutProcess(ReferralRequest r) {
    validator.validate(r);
    return store(r, false).intake();
  }

  private Stored store(ReferralRequest r, boolean startProcess) {
    if (r.referralId() != null) {
      var existing = episodes.byReferralId(r.referralId());
      if (existing.isPresent()) {
        Episode e = existing.get();
        return new Stored(
            new Intake(e.getId(), e.getReferralId(), e.getProcessInstanceKey(), false), null);
      }
    }
    var p = r.patient();
    Patient patient =
        patients
            .findByMrn(p.mrn())
            .orElseGet(
                () ->
                    patients.save(
                        new Patient(
                            p.mrn(),
                            p.firstName(),
                            p.lastName(),
                            p.dateOfBirth(),
                            p.sex(),
                            p.address().line1(),
                            p.address().line2(),
                            p.address().city(),
                            p.address().state(),
                            p.address().postalCode())));
    var pr = r.prescriber();
    Prescriber prescriber =
        prescribers
            .findByNpi(pr.npi())
            .orElseGet(
                () -> prescribers.save(new Prescriber(pr.npi(), pr.firstName(), pr.lastName())));
    var c = r.coverage();
    Coverage coverage =
        coverages.save(
            new Coverage(
                patient.getId(),
                c.payerId(),
                c.memberId().toUpperCase(Locale.ROOT),
                c.groupNumber(),
                c.planName(),
                c.effectiveFrom(),
                c.effectiveTo(),
                c.benefitType() == null ? BenefitType.MEDICAL : c.benefitType()));
    String referralId =
        r.referralId() != null ? r.referralId() : "REF-" + UUID.randomUUID().toString();
    var t = r.therapy();
    OpenedEpisode opened =
        episodeService.open(
            referralId,
            patient.getId(),
            prescriber.getId(),
            coverage.getId(),
            new NewTherapyOrder(
                t.hcpcs(),
                t.doseBasis(),
                t.doseAmount(),
                t.doseUnit(),
                t.weightKg(),
                t.bsaM2(),
                t.frequency(),
                t.intervalDays(),
                t.numberOfDoses(),
                t.diagnoses(),
                t.siteOfCare(),
                t.startDate()));
    Episode episode = opened.episode();
    var sc = r.secondaryCoverage();
    if (sc != null) {
      Coverage secondary =
          coverages.save(
              new Coverage(
                  patient.getId(),
                  sc.payerId(),
                  sc.memberId().toUpperCase(Locale.ROOT),
                  sc.groupNumber(),
                  sc.planName(),
                  sc.effectiveFrom(),
                  sc.effectiveTo(),
                  sc.benefitType() == null ? BenefitType.MEDICAL : sc.benefitType()));
      episodeService.useSecondaryCoverage(episode.getId(), secondary.getId());
    }
    timeline.record(
        episode.getId(),
        "REFERRAL_RECEIVED",
        "referral "
            + referralId
            + ": "
            + t.hcpcs()
            + ", "
            + t.numberOfDoses()
            + " doses, "
            + t.siteOfCare()
            + ", payer "
            + c.payerId()
            + (sc == null ? "" : ", secondary payer " + sc.payerId()),
        "referral-" + referralId);
    if (!startProcess) {
      return new Stored(new Intake(episode.getId(), referralId, null, true), null);
    }
    long startId = starter.start(episode, c.payerId(), opened.order());
    log.info(
        "Referral {} stored episode {} (process start {})", referralId, episode.getId(), startId);
    return new Stored(new Intake(episode.getId(), referralId, null, true), startId);
  }
}

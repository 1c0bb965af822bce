package com.infusionbilling.intake;

import com.infusionbilling.episode.Episode;
import com.infusionbilling.episode.EpisodeRepository;
import com.infusionbilling.episode.EpisodeTimeline;
import com.infusionbilling.episode.TherapyEpisodeStarter;
import com.infusionbilling.episode.TherapyOrder;
import com.infusionbilling.episode.TherapyOrderRepository;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referral intake: validates, stores patient, prescriber, coverage, episode and therapy order, and
 * starts the episode's process, all in one transaction (nothing is stored when the start fails).
 * Idempotent by {@code referralId}.
 */
@Service
public class ReferralService {
  private static final Logger log = LoggerFactory.getLogger(ReferralService.class);

  private final ReferralValidator validator;
  private final PatientRepository patients;
  private final PrescriberRepository prescribers;
  private final CoverageRepository coverages;
  private final EpisodeRepository episodes;
  private final TherapyOrderRepository orders;
  private final EpisodeTimeline timeline;
  private final TherapyEpisodeStarter starter;

  public ReferralService(
      ReferralValidator validator,
      PatientRepository patients,
      PrescriberRepository prescribers,
      CoverageRepository coverages,
      EpisodeRepository episodes,
      TherapyOrderRepository orders,
      EpisodeTimeline timeline,
      TherapyEpisodeStarter starter) {
    this.validator = validator;
    this.patients = patients;
    this.prescribers = prescribers;
    this.coverages = coverages;
    this.episodes = episodes;
    this.orders = orders;
    this.timeline = timeline;
    this.starter = starter;
  }

  public record Intake(
      long episodeId, String referralId, Long processInstanceKey, boolean created) {}

  @Transactional
  public Intake intake(ReferralRequest r) {
    return store(r, true);
  }

  /**
   * Stores a referral whose therapy is already under way elsewhere (data migration, the demo): no
   * {@code TherapyEpisode} is started.
   */
  @Transactional
  public Intake intakeWithoutProcess(ReferralRequest r) {
    return store(r, false);
  }

  private Intake store(ReferralRequest r, boolean startProcess) {
    validator.validate(r);
    if (r.referralId() != null) {
      var existing = episodes.findByReferralId(r.referralId());
      if (existing.isPresent()) {
        Episode e = existing.get();
        return new Intake(e.getId(), e.getReferralId(), e.getProcessInstanceKey(), false);
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
    Episode episode =
        episodes.save(
            new Episode(referralId, patient.getId(), prescriber.getId(), coverage.getId()));
    var t = r.therapy();
    TherapyOrder order =
        orders.save(
            new TherapyOrder(
                episode.getId(),
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
            + c.payerId(),
        "referral-" + referralId);
    if (!startProcess) {
      return new Intake(episode.getId(), referralId, null, true);
    }
    long key = starter.start(episode, c.payerId(), order);
    episode.startedAs(key);
    log.info(
        "Referral {} started episode {} (process instance {})", referralId, episode.getId(), key);
    return new Intake(episode.getId(), referralId, key, true);
  }
}

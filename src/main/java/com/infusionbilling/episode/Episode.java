package com.infusionbilling.episode;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A therapy episode (table {@code episode}): one referral of one patient for one therapy order,
 * from intake until the therapy ends. Its ID is what the {@code TherapyEpisode} process carries.
 */
@Entity
@Table(name = "episode")
public class Episode {
  public static final String BUY_AND_BILL = "BUY_AND_BILL";
  public static final String PATIENT_ASSISTANCE = "PATIENT_ASSISTANCE";
  public static final String WHITE_BAG = "WHITE_BAG";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The referral's own identifier (the referring system's, or generated); unique. */
  private String referralId;

  private Long patientId;
  private Long prescriberId;
  private Long coverageId;

  /**
   * The patient's secondary coverage (supplemental or other insurance), billed after the primary
   * adjudicated a claim; null when the patient has none (V5_50).
   */
  private Long secondaryCoverageId;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private EpisodeStatus status;

  private String endReason;

  /** Set when an authorization lapsed with therapy active: no dose may be scheduled. */
  private boolean authorizationLapsed;

  /**
   * Where the drug comes from: {@link #BUY_AND_BILL}, or a free-drug source ({@link
   * #PATIENT_ASSISTANCE}, {@link #WHITE_BAG}) under which no visit bills the drug line (the names
   * of {@code visit.DrugSource}).
   */
  @Column(length = 20)
  private String drugSource = BUY_AND_BILL;

  /**
   * Written once by {@code EpisodeRepository.recordInstance} when the instance exists, never by a
   * save of this entity: a worker's save of a copy loaded before the key was recorded would write
   * it back as null.
   */
  @Column(updatable = false)
  private Long processInstanceKey;

  private Instant receivedAt;
  private Instant updatedAt;

  protected Episode() {}

  public Episode(String referralId, Long patientId, Long prescriberId, Long coverageId) {
    this.referralId = referralId;
    this.patientId = patientId;
    this.prescriberId = prescriberId;
    this.coverageId = coverageId;
    this.status = EpisodeStatus.VERIFYING_BENEFITS;
    this.receivedAt = Instant.now();
    this.updatedAt = receivedAt;
  }

  public void moveTo(EpisodeStatus next) {
    this.status = next;
    this.updatedAt = Instant.now();
  }

  public void close(String reason) {
    this.status = EpisodeStatus.CLOSED;
    this.endReason = reason;
    this.updatedAt = Instant.now();
  }

  public void switchCoverage(Long newCoverageId) {
    this.coverageId = newCoverageId;
    this.updatedAt = Instant.now();
  }

  /** The patient's secondary coverage from now on (null: none). */
  public void useSecondaryCoverage(Long coverageId) {
    this.secondaryCoverageId = coverageId;
    this.updatedAt = Instant.now();
  }

  public void flagAuthorizationLapsed(boolean lapsed) {
    this.authorizationLapsed = lapsed;
    this.updatedAt = Instant.now();
  }

  /** The drug of this episode comes from {@code source} from now on. */
  public void useDrugSource(String source) {
    if (!BUY_AND_BILL.equals(source)
        && !PATIENT_ASSISTANCE.equals(source)
        && !WHITE_BAG.equals(source)) {
      throw new IllegalArgumentException("unknown drug source " + source);
    }
    this.drugSource = source;
    this.updatedAt = Instant.now();
  }

  public String getDrugSource() {
    return drugSource;
  }

  /** Is the drug free to the clinic (never billed on a claim's drug line)? */
  public boolean freeDrug() {
    return !BUY_AND_BILL.equals(drugSource);
  }

  public Long getId() {
    return id;
  }

  public String getReferralId() {
    return referralId;
  }

  public Long getPatientId() {
    return patientId;
  }

  public Long getPrescriberId() {
    return prescriberId;
  }

  public Long getCoverageId() {
    return coverageId;
  }

  public Long getSecondaryCoverageId() {
    return secondaryCoverageId;
  }

  public EpisodeStatus getStatus() {
    return status;
  }

  public String getEndReason() {
    return endReason;
  }

  public boolean isAuthorizationLapsed() {
    return authorizationLapsed;
  }

  public Long getProcessInstanceKey() {
    return processInstanceKey;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}

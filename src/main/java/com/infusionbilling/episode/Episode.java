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
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The referral's own identifier (the referring system's, or generated); unique. */
  private String referralId;

  private Long patientId;
  private Long prescriberId;
  private Long coverageId;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private EpisodeStatus status;

  private String endReason;

  /** Set when an authorization lapsed with therapy active: no dose may be scheduled. */
  private boolean authorizationLapsed;

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

  public void flagAuthorizationLapsed(boolean lapsed) {
    this.authorizationLapsed = lapsed;
    this.updatedAt = Instant.now();
  }

  public void startedAs(long processInstanceKey) {
    this.processInstanceKey = processInstanceKey;
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

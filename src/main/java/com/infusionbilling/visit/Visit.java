package com.infusionbilling.visit;

import com.infusionbilling.billing.scrub.SiteOfCare;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One scheduled dose of an episode (table {@code visit}): when and where, where the drug comes
 * from, and how far it got. Its ID is the {@code InfusionVisit} instance's correlation key.
 */
@Entity
@Table(name = "visit")
public class Visit {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long episodeId;

  /** Local wall-clock time at the site of care ({@code billing.zone}). */
  private LocalDateTime scheduledStart;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private SiteOfCare siteOfCare;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private DrugSource drugSource;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private VisitStatus status;

  private String readinessReason;
  private Instant readinessCheckedAt;
  private boolean billDrug;
  private Long authorizationId;
  private int documentationVersion;
  private Instant escalatedAt;
  private Instant processRequestedAt;
  private String createdBy;
  private Instant createdAt;
  private Instant updatedAt;

  /** The ABN (CMS-R-131) outcome when the drug's LCD does not cover the diagnoses; else null. */
  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private AbnStatus abnStatus;

  private String abnLcdId;
  private LocalDate abnSignedOn;

  protected Visit() {}

  public Visit(
      long episodeId,
      LocalDateTime scheduledStart,
      SiteOfCare siteOfCare,
      DrugSource drugSource,
      String createdBy) {
    this.episodeId = episodeId;
    this.scheduledStart = scheduledStart;
    this.siteOfCare = siteOfCare;
    this.drugSource = drugSource;
    this.status = VisitStatus.SCHEDULED;
    this.billDrug = drugSource.billsDrug();
    this.createdBy = createdBy;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  void moveTo(VisitStatus next) {
    this.status = next;
    this.updatedAt = Instant.now();
  }

  void readinessChecked(boolean ready, String reason, boolean billDrug, Long authorizationId) {
    this.readinessReason = reason;
    this.readinessCheckedAt = Instant.now();
    this.billDrug = billDrug;
    this.authorizationId = authorizationId;
    moveTo(ready ? VisitStatus.READY : VisitStatus.HELD);
  }

  void reschedule(LocalDateTime start) {
    this.scheduledStart = start;
    moveTo(VisitStatus.SCHEDULED);
  }

  void documented(int version) {
    this.documentationVersion = version;
    moveTo(VisitStatus.DOCUMENTED);
  }

  void processRequested() {
    if (processRequestedAt == null) {
      processRequestedAt = Instant.now();
    }
  }

  void escalated() {
    if (escalatedAt == null) {
      escalatedAt = Instant.now();
      updatedAt = escalatedAt;
    }
  }

  public LocalDate serviceDate() {
    return scheduledStart.toLocalDate();
  }

  public Long getId() {
    return id;
  }

  public Long getEpisodeId() {
    return episodeId;
  }

  /** Records the ABN outcome once: the first one stays (a completion delivered twice). */
  boolean recordAbn(AbnStatus status, String lcdId, LocalDate signedOn) {
    if (this.abnStatus != null) {
      return false;
    }
    this.abnStatus = status;
    this.abnLcdId = lcdId;
    this.abnSignedOn = status == AbnStatus.NOT_SIGNED ? null : signedOn;
    this.updatedAt = Instant.now();
    return true;
  }

  public AbnStatus getAbnStatus() {
    return abnStatus;
  }

  public String getAbnLcdId() {
    return abnLcdId;
  }

  public LocalDate getAbnSignedOn() {
    return abnSignedOn;
  }

  public LocalDateTime getScheduledStart() {
    return scheduledStart;
  }

  public SiteOfCare getSiteOfCare() {
    return siteOfCare;
  }

  public DrugSource getDrugSource() {
    return drugSource;
  }

  public VisitStatus getStatus() {
    return status;
  }

  public String getReadinessReason() {
    return readinessReason;
  }

  public Instant getReadinessCheckedAt() {
    return readinessCheckedAt;
  }

  public boolean isBillDrug() {
    return billDrug;
  }

  public Long getAuthorizationId() {
    return authorizationId;
  }

  public int getDocumentationVersion() {
    return documentationVersion;
  }

  public Instant getEscalatedAt() {
    return escalatedAt;
  }

  public Instant getProcessRequestedAt() {
    return processRequestedAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}

package com.infusionbilling.visit;

import com.infusionbilling.billing.scrub.SiteOfCare;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One documentation of a visit's administration (table {@code administration_record}): who gave it
 * and under whose supervision, the weight used, reactions; its drugs ({@link AdministrationDrug})
 * and administrations ({@link AdministrationEntry}) in the billing preview request's shape. A
 * correction is a new version; versions are never changed or deleted.
 */
@Entity
@Table(name = "administration_record")
public class AdministrationRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long visitId;
  private int version;
  private LocalDate serviceDate;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private SiteOfCare siteOfCare;

  private String nurseNpi;
  private String supervisingNpi;
  private BigDecimal weightKg;
  private LocalDate weighedOn;
  private String reaction;
  private String incompleteReason;
  private String primaryAdministrationId;
  private String documentedBy;
  private Instant documentedAt;
  private String contentHash;

  @OneToMany(cascade = CascadeType.ALL)
  @JoinColumn(name = "administration_record_id", nullable = false)
  @OrderBy("lineNo")
  private List<AdministrationDrug> drugs = new ArrayList<>();

  @OneToMany(cascade = CascadeType.ALL)
  @JoinColumn(name = "administration_record_id", nullable = false)
  @OrderBy("lineNo")
  private List<AdministrationEntry> administrations = new ArrayList<>();

  protected AdministrationRecord() {}

  AdministrationRecord(
      long visitId,
      int version,
      LocalDate serviceDate,
      SiteOfCare siteOfCare,
      String nurseNpi,
      String supervisingNpi,
      BigDecimal weightKg,
      LocalDate weighedOn,
      String reaction,
      String incompleteReason,
      String primaryAdministrationId,
      String documentedBy,
      String contentHash,
      List<AdministrationDrug> drugs,
      List<AdministrationEntry> administrations) {
    this.visitId = visitId;
    this.version = version;
    this.serviceDate = serviceDate;
    this.siteOfCare = siteOfCare;
    this.nurseNpi = nurseNpi;
    this.supervisingNpi = supervisingNpi;
    this.weightKg = weightKg;
    this.weighedOn = weighedOn;
    this.reaction = reaction;
    this.incompleteReason = incompleteReason;
    this.primaryAdministrationId = primaryAdministrationId;
    this.documentedBy = documentedBy;
    this.documentedAt = Instant.now();
    this.contentHash = contentHash;
    this.drugs = new ArrayList<>(drugs);
    this.administrations = new ArrayList<>(administrations);
  }

  public Long getId() {
    return id;
  }

  public Long getVisitId() {
    return visitId;
  }

  public int getVersion() {
    return version;
  }

  public LocalDate getServiceDate() {
    return serviceDate;
  }

  public SiteOfCare getSiteOfCare() {
    return siteOfCare;
  }

  public String getNurseNpi() {
    return nurseNpi;
  }

  public String getSupervisingNpi() {
    return supervisingNpi;
  }

  public BigDecimal getWeightKg() {
    return weightKg;
  }

  public LocalDate getWeighedOn() {
    return weighedOn;
  }

  public String getReaction() {
    return reaction;
  }

  public String getIncompleteReason() {
    return incompleteReason;
  }

  public String getPrimaryAdministrationId() {
    return primaryAdministrationId;
  }

  public String getDocumentedBy() {
    return documentedBy;
  }

  public Instant getDocumentedAt() {
    return documentedAt;
  }

  public String getContentHash() {
    return contentHash;
  }

  public List<AdministrationDrug> getDrugs() {
    return List.copyOf(drugs);
  }

  public List<AdministrationEntry> getAdministrations() {
    return List.copyOf(administrations);
  }
}

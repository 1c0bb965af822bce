package com.infusionbilling.episode;

import com.infusionbilling.billing.scrub.SiteOfCare;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The drug order of an episode (table {@code therapy_order}): HCPCS code, dose (fixed, per kg or
 * per m²), frequency, number of doses, ICD-10 diagnoses and site of care.
 */
@Entity
@Table(name = "therapy_order")
public class TherapyOrder {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long episodeId;
  private String hcpcs;

  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private DoseBasis doseBasis;

  private BigDecimal doseAmount;

  /** MG or G. */
  private String doseUnit;

  private BigDecimal weightKg;

  @Column(name = "bsa_m2")
  private BigDecimal bsaM2;

  /** As written ("every 8 weeks"); {@link #intervalDays} is what schedules count with. */
  private String frequency;

  private int intervalDays;
  private int numberOfDoses;

  /** ICD-10-CM codes, comma-separated, the principal first. */
  private String diagnosisCodes;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private SiteOfCare siteOfCare;

  private LocalDate startDate;

  protected TherapyOrder() {}

  public TherapyOrder(Long episodeId, NewTherapyOrder order) {
    this.episodeId = episodeId;
    this.hcpcs = order.hcpcs();
    this.doseBasis = order.doseBasis();
    this.doseAmount = order.doseAmount();
    this.doseUnit = order.doseUnit();
    this.weightKg = order.weightKg();
    this.bsaM2 = order.bsaM2();
    this.frequency = order.frequency();
    this.intervalDays = order.intervalDays();
    this.numberOfDoses = order.numberOfDoses();
    this.diagnosisCodes = String.join(",", order.diagnoses());
    this.siteOfCare = order.siteOfCare();
    this.startDate = order.startDate();
  }

  /** The dose of one administration in milligrams (weight- and BSA-based doses resolved). */
  public BigDecimal doseMilligrams() {
    BigDecimal amount =
        switch (doseBasis) {
          case FIXED -> doseAmount;
          case PER_KG -> doseAmount.multiply(weightKg);
          case PER_M2 -> doseAmount.multiply(bsaM2);
        };
    return "G".equals(doseUnit) ? amount.multiply(BigDecimal.valueOf(1000)) : amount;
  }

  /**
   * HCPCS units of one dose: the dose divided by the code's descriptor amount, rounded up, at least
   * 1 (HCPCS descriptor units; hcpro.com HIM-284459).
   */
  public BigDecimal unitsPerDose(BigDecimal descriptorMilligrams) {
    BigDecimal units = doseMilligrams().divide(descriptorMilligrams, 0, RoundingMode.CEILING);
    return units.max(BigDecimal.ONE);
  }

  public List<String> diagnoses() {
    return Arrays.stream(diagnosisCodes.split(",")).map(String::trim).toList();
  }

  public String principalDiagnosis() {
    return diagnoses().get(0);
  }

  public Long getId() {
    return id;
  }

  public Long getEpisodeId() {
    return episodeId;
  }

  public String getHcpcs() {
    return hcpcs;
  }

  public DoseBasis getDoseBasis() {
    return doseBasis;
  }

  public BigDecimal getDoseAmount() {
    return doseAmount;
  }

  public String getDoseUnit() {
    return doseUnit;
  }

  /** The ICD-10 codes as stored, comma-separated in claim order. */
  public String getDiagnosisCodes() {
    return diagnosisCodes;
  }

  public String getFrequency() {
    return frequency;
  }

  public int getIntervalDays() {
    return intervalDays;
  }

  public int getNumberOfDoses() {
    return numberOfDoses;
  }

  public SiteOfCare getSiteOfCare() {
    return siteOfCare;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  /** The therapy moves to another site of care (resolving a site-of-care restriction). */
  public void moveTo(SiteOfCare newSite) {
    this.siteOfCare = newSite;
  }

  public void change(BigDecimal newDoseAmount, int newIntervalDays, int newNumberOfDoses) {
    this.doseAmount = newDoseAmount;
    this.intervalDays = newIntervalDays;
    this.numberOfDoses = newNumberOfDoses;
  }
}

package com.infusionbilling.intake;

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

/**
 * A patient's coverage with one payer of the payer catalogue ({@code billing_payer}), table {@code
 * coverage}. The member ID is PHI: never log it or put it in a process variable.
 */
@Entity
@Table(name = "coverage")
public class Coverage {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long patientId;
  private String payerId;
  private String memberId;
  private String groupNumber;
  private String planName;
  private LocalDate effectiveFrom;
  private LocalDate effectiveTo;

  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private BenefitType benefitType;

  private Instant createdAt;

  protected Coverage() {}

  public Coverage(
      Long patientId,
      String payerId,
      String memberId,
      String groupNumber,
      String planName,
      LocalDate effectiveFrom,
      LocalDate effectiveTo,
      BenefitType benefitType) {
    this.patientId = patientId;
    this.payerId = payerId;
    this.memberId = memberId;
    this.groupNumber = groupNumber;
    this.planName = planName;
    this.effectiveFrom = effectiveFrom;
    this.effectiveTo = effectiveTo;
    this.benefitType = benefitType;
    this.createdAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public Long getPatientId() {
    return patientId;
  }

  public String getPayerId() {
    return payerId;
  }

  public String getMemberId() {
    return memberId;
  }

  public String getGroupNumber() {
    return groupNumber;
  }

  public String getPlanName() {
    return planName;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public LocalDate getEffectiveTo() {
    return effectiveTo;
  }

  public BenefitType getBenefitType() {
    return benefitType;
  }

  @Override
  public String toString() {
    return "Coverage[id=" + id + ", payer=" + payerId + ", PHI redacted]";
  }
}

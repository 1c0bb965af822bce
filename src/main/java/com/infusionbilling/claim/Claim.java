package com.infusionbilling.claim;

import com.infusionbilling.billing.coding.ClaimType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One version of a claim (table {@code claim}): version 1 is the original (frequency 1); later
 * versions replace (7) or void (8) it. Never deleted; every change is a {@link ClaimHistoryEntry}.
 */
@Entity
@EntityListeners(ClaimChangeListener.class)
@Table(name = "claim")
public class Claim {
  /** SBR01 P: the claim goes to the primary payer. */
  public static final String PRIMARY = "P";

  /** SBR01 S: the claim goes to the secondary payer with the primary's adjudication. */
  public static final String SECONDARY = "S";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long visitId;
  private Long episodeId;

  @Column(name = "version")
  private int claimVersion;

  private String frequencyCode;
  private Long originalClaimId;

  /** SBR01 of the payer it is addressed to: P primary, S secondary (V5_50). */
  @Column(length = 1)
  private String payerResponsibility = PRIMARY;

  /** A secondary claim: the primary claim version whose adjudication it carries (2320/2430). */
  private Long primaryClaimId;

  private String patientControlNumber;
  private String payerClaimControlNumber;

  @Enumerated(EnumType.STRING)
  private ClaimType claimType;

  private String payerId;
  private String siteOfCare;
  private LocalDate dateOfService;
  private String authorizationNumber;
  private String diagnosisCodes;
  private String renderingNpi;

  @Enumerated(EnumType.STRING)
  private ClaimStatus status;

  private LocalDate filingDeadline;
  private BigDecimal totalCharge;
  private BigDecimal totalExpectedAllowed;
  private int submissionAttempt;
  private String lastBatchKey;
  private String lastInterchangeControlNumber;
  private Instant lastSubmittedAt;
  private Instant filedAt;
  private String scrubEdits;

  /**
   * Written once by {@code ClaimRepository.recordInstance} when the instance exists, never by a
   * save of this entity: a worker's save of a copy loaded before the key was recorded would write
   * it back as null.
   */
  @Column(updatable = false)
  private Long processInstanceKey;

  private Instant createdAt;
  private Instant updatedAt;

  @Version private long rowVersion;

  protected Claim() {}

  Claim(
      long visitId,
      long episodeId,
      int version,
      String frequencyCode,
      ClaimType claimType,
      String payerId,
      String siteOfCare,
      LocalDate dateOfService,
      String authorizationNumber,
      List<String> diagnoses,
      String renderingNpi,
      LocalDate filingDeadline) {
    this.visitId = visitId;
    this.episodeId = episodeId;
    this.claimVersion = version;
    this.frequencyCode = frequencyCode;
    this.claimType = claimType;
    this.payerId = payerId;
    this.siteOfCare = siteOfCare;
    this.dateOfService = dateOfService;
    this.authorizationNumber = authorizationNumber;
    this.diagnosisCodes = String.join(",", diagnoses);
    this.renderingNpi = renderingNpi;
    this.filingDeadline = filingDeadline;
    this.status = ClaimStatus.DRAFT;
    this.totalCharge = BigDecimal.ZERO;
    // replaced by the ID-based number once the row has its ID
    this.patientControlNumber = "PENDING-" + visitId + "-" + version;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  /** CLM01: opaque, no PHI, unique per claim version; kept across resubmissions. */
  static String patientControlNumber(long claimId, int version) {
    return "IBW" + claimId + "V" + version;
  }

  void assignPatientControlNumber() {
    this.patientControlNumber = patientControlNumber(id, claimVersion);
  }

  /**
   * This version follows {@code original}: a replacement (frequency 7) names the payer's claim
   * number of the original in REF*F8; a new claim (frequency 1) after an unprocessable one does
   * not.
   */
  void follows(Claim original) {
    this.originalClaimId = original.getId();
    this.payerClaimControlNumber =
        "7".equals(frequencyCode) || "8".equals(frequencyCode)
            ? original.getPayerClaimControlNumber()
            : null;
  }

  /** This version bills the secondary payer after {@code primary} was adjudicated. */
  void billsSecondaryAfter(Claim primary) {
    this.payerResponsibility = SECONDARY;
    this.primaryClaimId = primary.getId();
  }

  void moveTo(ClaimStatus next) {
    this.status = next;
    this.updatedAt = Instant.now();
  }

  void totals(BigDecimal charge, BigDecimal expectedAllowed) {
    this.totalCharge = charge;
    this.totalExpectedAllowed = expectedAllowed;
    this.updatedAt = Instant.now();
  }

  void scrubbed(String edits) {
    this.scrubEdits = edits;
    this.updatedAt = Instant.now();
  }

  void submitted(int attempt, String batchKey, String interchangeControlNumber) {
    this.submissionAttempt = attempt;
    this.lastBatchKey = batchKey;
    this.lastInterchangeControlNumber = interchangeControlNumber;
    this.lastSubmittedAt = Instant.now();
    moveTo(ClaimStatus.SUBMITTED);
  }

  /** The interchange that carried the current attempt, once the gateway has written it. */
  void sentAs(String interchangeControlNumber) {
    this.lastInterchangeControlNumber = interchangeControlNumber;
    this.updatedAt = Instant.now();
  }

  void acknowledged(String payerClaimControlNumber) {
    this.payerClaimControlNumber = payerClaimControlNumber;
    this.filedAt = Instant.now();
    moveTo(ClaimStatus.ACKNOWLEDGED);
  }

  void corrected(String authorizationNumber, List<String> diagnoses, String renderingNpi) {
    this.authorizationNumber = authorizationNumber;
    this.diagnosisCodes = String.join(",", diagnoses);
    this.renderingNpi = renderingNpi;
    moveTo(ClaimStatus.DRAFT);
  }

  public ClaimRef ref() {
    return new ClaimRef(id, claimVersion);
  }

  public Long getId() {
    return id;
  }

  public Long getVisitId() {
    return visitId;
  }

  public Long getEpisodeId() {
    return episodeId;
  }

  public int getClaimVersion() {
    return claimVersion;
  }

  public String getFrequencyCode() {
    return frequencyCode;
  }

  public Long getOriginalClaimId() {
    return originalClaimId;
  }

  public String getPayerResponsibility() {
    return payerResponsibility == null ? PRIMARY : payerResponsibility;
  }

  public boolean isSecondary() {
    return SECONDARY.equals(payerResponsibility);
  }

  public Long getPrimaryClaimId() {
    return primaryClaimId;
  }

  public String getPatientControlNumber() {
    return patientControlNumber;
  }

  public String getPayerClaimControlNumber() {
    return payerClaimControlNumber;
  }

  public ClaimType getClaimType() {
    return claimType;
  }

  public String getPayerId() {
    return payerId;
  }

  public String getSiteOfCare() {
    return siteOfCare;
  }

  public LocalDate getDateOfService() {
    return dateOfService;
  }

  public String getAuthorizationNumber() {
    return authorizationNumber;
  }

  public List<String> getDiagnoses() {
    return diagnosisCodes == null || diagnosisCodes.isBlank()
        ? List.of()
        : Arrays.asList(diagnosisCodes.split(","));
  }

  public String getRenderingNpi() {
    return renderingNpi;
  }

  public ClaimStatus getStatus() {
    return status;
  }

  public LocalDate getFilingDeadline() {
    return filingDeadline;
  }

  public BigDecimal getTotalCharge() {
    return totalCharge;
  }

  public BigDecimal getTotalExpectedAllowed() {
    return totalExpectedAllowed;
  }

  public int getSubmissionAttempt() {
    return submissionAttempt;
  }

  public String getLastBatchKey() {
    return lastBatchKey;
  }

  public String getLastInterchangeControlNumber() {
    return lastInterchangeControlNumber;
  }

  public Instant getLastSubmittedAt() {
    return lastSubmittedAt;
  }

  public Instant getFiledAt() {
    return filedAt;
  }

  public String getScrubEdits() {
    return scrubEdits;
  }

  public Long getProcessInstanceKey() {
    return processInstanceKey;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  @Override
  public String toString() {
    return "Claim[" + id + " v" + claimVersion + ", " + status + "]";
  }
}

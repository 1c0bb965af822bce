package com.infusionbilling.denial;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One level of an appeal (table {@code appeal}): of a claim denial ({@code CLAIM}) or of a prior
 * authorization denial ({@code PA}); its deadline and the legal basis from {@code
 * Decision_AppealLevels}, what was submitted, and the payer's outcome.
 */
@Entity
@Table(name = "appeal")
public class Appeal {
  public static final String CLAIM = "CLAIM";
  public static final String PA = "PA";

  public static final String OPEN = "OPEN";
  public static final String SUBMITTED = "SUBMITTED";
  public static final String OVERTURNED = "OVERTURNED";
  public static final String UPHELD = "UPHELD";
  public static final String DEADLINE_MISSED = "DEADLINE_MISSED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String kind;
  private Long denialId;
  private Long authorizationRequestId;
  private Long claimId;
  private long episodeId;
  private String payerType;

  @Column(name = "appeal_level")
  private int level;

  private String levelName;
  private LocalDate decisionDate;
  private LocalDate deadline;
  private String deadlineBasis;
  private int decisionDays;
  private BigDecimal amountInControversy;
  private BigDecimal minimumAmount;
  private String status;
  private String policyReference;
  private String channel;
  private LocalDate submittedOn;
  private String trackingNumber;
  private String outcome;
  private String outcomeNote;
  private Instant outcomeAt;
  private Long processInstanceKey;
  private Instant createdAt;
  private Instant updatedAt;
  private String subjectKey;

  @Version private long rowVersion;

  protected Appeal() {}

  Appeal(
      String kind,
      Long denialId,
      Long authorizationRequestId,
      Long claimId,
      long episodeId,
      String payerType,
      int level,
      String levelName,
      LocalDate decisionDate,
      LocalDate deadline,
      String deadlineBasis,
      int decisionDays,
      BigDecimal amountInControversy,
      BigDecimal minimumAmount) {
    this.kind = kind;
    this.denialId = denialId;
    this.authorizationRequestId = authorizationRequestId;
    this.claimId = claimId;
    this.episodeId = episodeId;
    this.payerType = payerType;
    this.level = level;
    this.levelName = levelName;
    this.decisionDate = decisionDate;
    this.deadline = deadline;
    this.deadlineBasis = deadlineBasis;
    this.decisionDays = decisionDays;
    this.amountInControversy = amountInControversy;
    this.minimumAmount = minimumAmount;
    this.status = OPEN;
    this.subjectKey = subjectKey(kind, denialId, authorizationRequestId);
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  static String subjectKey(String kind, Long denialId, Long authorizationRequestId) {
    return PA.equals(kind) ? "pa-" + authorizationRequestId : "denial-" + denialId;
  }

  void submitted(String policy, String channel, LocalDate on, String tracking) {
    this.policyReference = policy;
    this.channel = channel;
    this.submittedOn = on;
    this.trackingNumber = tracking;
    this.status = SUBMITTED;
    this.updatedAt = Instant.now();
  }

  void decided(String outcome, String note) {
    this.outcome = outcome;
    this.outcomeNote = note;
    this.outcomeAt = Instant.now();
    this.status = outcome;
    this.updatedAt = outcomeAt;
  }

  void startedIn(long processInstanceKey) {
    this.processInstanceKey = processInstanceKey;
  }

  /** The correlation key of the {@code AppealDecision} message for this level. */
  public String appealKey() {
    return "appeal-" + id;
  }

  public Long getId() {
    return id;
  }

  public String getKind() {
    return kind;
  }

  public Long getDenialId() {
    return denialId;
  }

  public Long getAuthorizationRequestId() {
    return authorizationRequestId;
  }

  public Long getClaimId() {
    return claimId;
  }

  public long getEpisodeId() {
    return episodeId;
  }

  public String getPayerType() {
    return payerType;
  }

  public int getLevel() {
    return level;
  }

  public String getLevelName() {
    return levelName;
  }

  public LocalDate getDecisionDate() {
    return decisionDate;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public String getDeadlineBasis() {
    return deadlineBasis;
  }

  public int getDecisionDays() {
    return decisionDays;
  }

  public BigDecimal getAmountInControversy() {
    return amountInControversy;
  }

  public BigDecimal getMinimumAmount() {
    return minimumAmount;
  }

  public String getStatus() {
    return status;
  }

  public String getPolicyReference() {
    return policyReference;
  }

  public String getChannel() {
    return channel;
  }

  public LocalDate getSubmittedOn() {
    return submittedOn;
  }

  public String getTrackingNumber() {
    return trackingNumber;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getOutcomeNote() {
    return outcomeNote;
  }

  public Instant getOutcomeAt() {
    return outcomeAt;
  }

  public Long getProcessInstanceKey() {
    return processInstanceKey;
  }

  public String getSubjectKey() {
    return subjectKey;
  }
}

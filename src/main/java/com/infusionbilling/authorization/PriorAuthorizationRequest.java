package com.infusionbilling.authorization;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One prior authorization request to a payer (table {@code authorization_request}), initial or
 * renewal, through all its submissions; one per {@code PriorAuthorization} process instance.
 */
@Entity
@Table(name = "authorization_request")
public class PriorAuthorizationRequest {

  public static final String INITIAL = "INITIAL";
  public static final String RENEWAL = "RENEWAL";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long episodeId;
  private Long processInstanceKey;
  private String requestType;
  private Long renewalOf;

  /** OPEN, NOT_REQUIRED, SUBMITTED, APPROVED, PARTIAL, PENDED, DENIED. */
  private String status;

  /** X12 (278) or PORTAL. */
  private String channel;

  private int submissionCount;

  /**
   * Answers to pended reviews sent on the payer's reference (275/PWK, portal, fax), not as new
   * 278s.
   */
  private int informationRounds;

  private String traceNumber;
  private String portalReference;
  private String documentation;
  private String clinicalResponse;
  private String decision;
  private String decisionReason;
  private String certificationNumber;
  private BigDecimal approvedUnits;
  private LocalDate approvedFrom;
  private LocalDate approvedTo;
  private String payerReference;

  /** The requester asked for an expedited decision (SLA targets, 278 UM06 = U). */
  private boolean expedited;

  private String expediteReason;

  /**
   * The request asks for a site-of-care exception with this reason (null: none); part of the PA
   * package ("Resolve site of care").
   */
  private String siteOfCareExceptionReason;

  private Instant submittedAt;
  private Instant decidedAt;
  private Instant escalatedAt;
  private Instant createdAt;

  protected PriorAuthorizationRequest() {}

  public PriorAuthorizationRequest(
      Long episodeId, long processInstanceKey, String requestType, Long renewalOf) {
    this.episodeId = episodeId;
    this.processInstanceKey = processInstanceKey;
    this.requestType = requestType;
    this.renewalOf = renewalOf;
    this.status = "OPEN";
    this.createdAt = Instant.now();
  }

  void notRequired(String payerReference) {
    this.status = "NOT_REQUIRED";
    this.payerReference = payerReference;
    this.decidedAt = Instant.now();
  }

  /** The payer's reference for this review (278 REF*NT, a portal or call reference). */
  void payerReference(String reference) {
    this.payerReference = reference;
  }

  void documented(String documentation) {
    this.documentation = documentation;
  }

  void clinicalResponse(String response) {
    this.clinicalResponse = response;
  }

  void submitted(String channel, int attempt, String traceNumber, String portalReference) {
    this.channel = channel;
    this.submissionCount = Math.max(submissionCount, attempt);
    if (traceNumber != null) {
      this.traceNumber = traceNumber;
    }
    if (portalReference != null) {
      this.portalReference = portalReference;
    }
    this.status = "SUBMITTED";
    this.submittedAt = Instant.now();
  }

  void decided(
      String decision,
      String reason,
      String certificationNumber,
      BigDecimal approvedUnits,
      LocalDate from,
      LocalDate to) {
    this.decision = decision;
    this.status = decision;
    this.decisionReason = reason;
    if (certificationNumber != null) {
      this.certificationNumber = certificationNumber;
    }
    this.approvedUnits = approvedUnits;
    this.approvedFrom = from;
    this.approvedTo = to;
    this.decidedAt = Instant.now();
  }

  void expedite(String reason) {
    this.expedited = true;
    this.expediteReason = reason;
  }

  void requestSiteOfCareException(String reason) {
    this.siteOfCareExceptionReason = reason;
  }

  public String getSiteOfCareExceptionReason() {
    return siteOfCareExceptionReason;
  }

  /** Round {@code round} of additional information was sent (once per round). */
  void informationSent(int round) {
    this.informationRounds = Math.max(informationRounds, round);
  }

  public int getInformationRounds() {
    return informationRounds;
  }

  void escalated() {
    if (escalatedAt == null) {
      escalatedAt = Instant.now();
    }
  }

  public Long getId() {
    return id;
  }

  public Long getEpisodeId() {
    return episodeId;
  }

  public Long getProcessInstanceKey() {
    return processInstanceKey;
  }

  public String getRequestType() {
    return requestType;
  }

  public Long getRenewalOf() {
    return renewalOf;
  }

  public String getStatus() {
    return status;
  }

  public String getChannel() {
    return channel;
  }

  public int getSubmissionCount() {
    return submissionCount;
  }

  public String getTraceNumber() {
    return traceNumber;
  }

  public String getPortalReference() {
    return portalReference;
  }

  public String getDocumentation() {
    return documentation;
  }

  public String getClinicalResponse() {
    return clinicalResponse;
  }

  public String getDecision() {
    return decision;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public String getCertificationNumber() {
    return certificationNumber;
  }

  public BigDecimal getApprovedUnits() {
    return approvedUnits;
  }

  public LocalDate getApprovedFrom() {
    return approvedFrom;
  }

  public LocalDate getApprovedTo() {
    return approvedTo;
  }

  public String getPayerReference() {
    return payerReference;
  }

  public boolean isExpedited() {
    return expedited;
  }

  public String getExpediteReason() {
    return expediteReason;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public Instant getEscalatedAt() {
    return escalatedAt;
  }
}

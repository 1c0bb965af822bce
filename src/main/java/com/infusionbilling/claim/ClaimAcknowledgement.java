package com.infusionbilling.claim;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A 999 or 277CA outcome for one submission attempt of a claim (table {@code claim_ack}): accepted
 * or not, the codes as sent, the payer's own text and what they mean in plain English.
 */
@Entity
@EntityListeners(ClaimChangeListener.class)
@Table(name = "claim_ack")
public class ClaimAcknowledgement {
  public static final String TYPE_999 = "999";
  public static final String TYPE_277CA = "277CA";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long claimId;
  private int submissionAttempt;
  private String ackType;
  private boolean accepted;
  private String statusCode;
  private String codes;
  private String payerText;
  private String explanation;
  private String payerClaimControlNumber;
  private String sourceFile;
  private Instant receivedAt;

  protected ClaimAcknowledgement() {}

  ClaimAcknowledgement(
      long claimId,
      int submissionAttempt,
      String ackType,
      boolean accepted,
      String statusCode,
      String codes,
      String payerText,
      String explanation,
      String payerClaimControlNumber,
      String sourceFile) {
    this.claimId = claimId;
    this.submissionAttempt = submissionAttempt;
    this.ackType = ackType;
    this.accepted = accepted;
    this.statusCode = ClaimLine.truncate(statusCode, 20);
    this.codes = ClaimLine.truncate(codes, 200);
    this.payerText = ClaimLine.truncate(payerText, 500);
    this.explanation = ClaimLine.truncate(explanation, 2000);
    this.payerClaimControlNumber = payerClaimControlNumber;
    this.sourceFile = ClaimLine.truncate(sourceFile, 200);
    this.receivedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public Long getClaimId() {
    return claimId;
  }

  public int getSubmissionAttempt() {
    return submissionAttempt;
  }

  public String getAckType() {
    return ackType;
  }

  public boolean isAccepted() {
    return accepted;
  }

  public String getStatusCode() {
    return statusCode;
  }

  public String getCodes() {
    return codes;
  }

  public String getPayerText() {
    return payerText;
  }

  public String getExplanation() {
    return explanation;
  }

  public String getPayerClaimControlNumber() {
    return payerClaimControlNumber;
  }

  public String getSourceFile() {
    return sourceFile;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }
}

package com.infusionbilling.remittance;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One CLP of an 835 (table {@code remittance_claim}): the payer's adjudication of one of our claims
 * (CLP01 is our CLM01; {@code claimId} is null when it names no claim of ours). Stored once per
 * {@code dedupKey} (TRN02, CLP01, CLP07 and whether it is a CLP02 22 reversal) and posted once.
 */
@Entity
@EntityListeners(RemittanceChangeListener.class)
@Table(name = "remittance_claim")
public class RemittanceClaim {
  /** CLP02 22: reversal of a previous payment. */
  public static final String REVERSAL = "22";

  /** CLP02 4: denied. */
  public static final String DENIED = "4";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long remittanceId;
  private int sequenceNumber;
  private Long claimId;
  private String patientControlNumber;
  private String statusCode;
  private BigDecimal charge;
  private BigDecimal paid;
  private BigDecimal patientResponsibility;
  private String claimFilingIndicator;
  private String payerClaimControlNumber;
  private String dedupKey;
  private Instant postedAt;
  private String postingOutcome;
  private String postingDetail;

  /**
   * The claim this payment was matched to in the database when it was read or last written: if it
   * is re-matched, {@link RemittanceChangeListener} reports the change for that claim too (its
   * totals lose the payment). Entity listeners run before these callbacks, so they see the old one.
   */
  @Transient private Long storedClaimId;

  protected RemittanceClaim() {}

  @PostLoad
  @PostPersist
  @PostUpdate
  void stored() {
    this.storedClaimId = claimId;
  }

  /** The claim it was matched to before this change, if another one (a re-match), else null. */
  Long previousClaimId() {
    return storedClaimId != null && !storedClaimId.equals(claimId) ? storedClaimId : null;
  }

  RemittanceClaim(
      long remittanceId,
      int sequenceNumber,
      Long claimId,
      String patientControlNumber,
      String statusCode,
      BigDecimal charge,
      BigDecimal paid,
      BigDecimal patientResponsibility,
      String claimFilingIndicator,
      String payerClaimControlNumber,
      String dedupKey) {
    this.remittanceId = remittanceId;
    this.sequenceNumber = sequenceNumber;
    this.claimId = claimId;
    this.patientControlNumber = patientControlNumber;
    this.statusCode = statusCode;
    this.charge = charge;
    this.paid = paid;
    this.patientResponsibility = patientResponsibility;
    this.claimFilingIndicator = claimFilingIndicator;
    this.payerClaimControlNumber = payerClaimControlNumber;
    this.dedupKey = dedupKey;
  }

  /** TRN02 + CLP01 + CLP07, and R for a reversal (which repeats the original's CLP01 and CLP07). */
  static String dedupKey(String trace, String payerId, String clp01, String clp07, String clp02) {
    return trace
        + "|"
        + payerId
        + "|"
        + clp01
        + "|"
        + (clp07 == null ? "" : clp07)
        + (REVERSAL.equals(clp02) ? "|R" : "");
  }

  void posted(String outcome, String detail) {
    this.postedAt = Instant.now();
    this.postingOutcome = outcome;
    this.postingDetail =
        detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
  }

  public boolean isReversal() {
    return REVERSAL.equals(statusCode);
  }

  public boolean isPosted() {
    return postedAt != null;
  }

  public Long getId() {
    return id;
  }

  public Long getRemittanceId() {
    return remittanceId;
  }

  public int getSequenceNumber() {
    return sequenceNumber;
  }

  public Long getClaimId() {
    return claimId;
  }

  public String getPatientControlNumber() {
    return patientControlNumber;
  }

  public String getStatusCode() {
    return statusCode;
  }

  public BigDecimal getCharge() {
    return charge;
  }

  public BigDecimal getPaid() {
    return paid;
  }

  public BigDecimal getPatientResponsibility() {
    return patientResponsibility;
  }

  public String getClaimFilingIndicator() {
    return claimFilingIndicator;
  }

  public String getPayerClaimControlNumber() {
    return payerClaimControlNumber;
  }

  public String getDedupKey() {
    return dedupKey;
  }

  public Instant getPostedAt() {
    return postedAt;
  }

  public String getPostingOutcome() {
    return postingOutcome;
  }

  public String getPostingDetail() {
    return postingDetail;
  }
}

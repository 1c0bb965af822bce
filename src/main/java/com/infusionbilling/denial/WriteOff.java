package com.infusionbilling.denial;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A denied amount written off (table {@code write_off}), with who approved it. */
@Entity
@EntityListeners(DenialChangeListener.class)
@Table(name = "write_off")
public class WriteOff {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long denialId;
  private long claimId;
  private BigDecimal amount;
  private String reason;
  private boolean approvalRequired;
  private String approvedBy;
  private Instant createdAt;

  protected WriteOff() {}

  WriteOff(
      long denialId,
      long claimId,
      BigDecimal amount,
      String reason,
      boolean approvalRequired,
      String approvedBy) {
    this.denialId = denialId;
    this.claimId = claimId;
    this.amount = amount;
    this.reason = reason;
    this.approvalRequired = approvalRequired;
    this.approvedBy = approvedBy;
    this.createdAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public long getDenialId() {
    return denialId;
  }

  public long getClaimId() {
    return claimId;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getReason() {
    return reason;
  }

  public boolean isApprovalRequired() {
    return approvalRequired;
  }

  public String getApprovedBy() {
    return approvedBy;
  }
}

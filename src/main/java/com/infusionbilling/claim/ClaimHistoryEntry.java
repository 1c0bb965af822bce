package com.infusionbilling.claim;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One change of a claim (table {@code claim_status_history}): what happened, the status before and
 * after, who did it, and a detail with codes, figures and control numbers (never names or member
 * IDs). {@code dedupKey} makes every write idempotent.
 */
@Entity
@Table(name = "claim_status_history")
public class ClaimHistoryEntry {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long claimId;
  private Instant occurredAt;
  private String event;

  @Enumerated(EnumType.STRING)
  private ClaimStatus fromStatus;

  @Enumerated(EnumType.STRING)
  private ClaimStatus toStatus;

  private String detail;
  private String actor;
  private String dedupKey;

  protected ClaimHistoryEntry() {}

  ClaimHistoryEntry(
      long claimId,
      String event,
      ClaimStatus fromStatus,
      ClaimStatus toStatus,
      String detail,
      String actor,
      String dedupKey) {
    this.claimId = claimId;
    this.event = event;
    this.fromStatus = fromStatus;
    this.toStatus = toStatus;
    this.detail = ClaimLine.truncate(detail, 1000);
    this.actor = ClaimLine.truncate(actor, 100);
    this.dedupKey = dedupKey;
    this.occurredAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public Long getClaimId() {
    return claimId;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getEvent() {
    return event;
  }

  public ClaimStatus getFromStatus() {
    return fromStatus;
  }

  public ClaimStatus getToStatus() {
    return toStatus;
  }

  public String getDetail() {
    return detail;
  }

  public String getActor() {
    return actor;
  }

  public String getDedupKey() {
    return dedupKey;
  }
}

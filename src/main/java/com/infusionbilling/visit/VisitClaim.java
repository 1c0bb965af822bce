package com.infusionbilling.visit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A claim (version) created for a visit (table {@code visit_claim}); the claim package owns it. */
@Entity
@Table(name = "visit_claim")
public class VisitClaim {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long visitId;
  private Long claimId;
  private int claimVersion;
  private Instant createdAt;

  protected VisitClaim() {}

  VisitClaim(long visitId, long claimId, int claimVersion) {
    this.visitId = visitId;
    this.claimId = claimId;
    this.claimVersion = claimVersion;
    this.createdAt = Instant.now();
  }

  public Long getVisitId() {
    return visitId;
  }

  public Long getClaimId() {
    return claimId;
  }

  public int getClaimVersion() {
    return claimVersion;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}

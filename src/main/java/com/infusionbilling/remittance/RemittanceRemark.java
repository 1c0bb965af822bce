package com.infusionbilling.remittance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One RARC (table {@code remark}): MOA at claim level ({@code remittanceLineId} null) or LQ*HE. */
@Entity
@Table(name = "remark")
public class RemittanceRemark {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long remittanceClaimId;
  private Long remittanceLineId;
  private String rarc;

  protected RemittanceRemark() {}

  RemittanceRemark(long remittanceClaimId, Long remittanceLineId, String rarc) {
    this.remittanceClaimId = remittanceClaimId;
    this.remittanceLineId = remittanceLineId;
    this.rarc = rarc;
  }

  public Long getId() {
    return id;
  }

  public Long getRemittanceClaimId() {
    return remittanceClaimId;
  }

  public Long getRemittanceLineId() {
    return remittanceLineId;
  }

  public String getRarc() {
    return rarc;
  }
}

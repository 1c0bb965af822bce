package com.infusionbilling.remittance;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * One CAS adjustment (table {@code adjustment}): claim level ({@code remittanceLineId} null) or
 * line level; group (CO, PR, OA, PI, CR), CARC, amount and quantity as the payer sent them.
 */
@Entity
@EntityListeners(RemittanceChangeListener.class)
@Table(name = "adjustment")
public class RemittanceAdjustment {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long remittanceClaimId;
  private Long remittanceLineId;
  private String groupCode;
  private String carc;
  private BigDecimal amount;
  private BigDecimal quantity;

  protected RemittanceAdjustment() {}

  RemittanceAdjustment(
      long remittanceClaimId,
      Long remittanceLineId,
      String groupCode,
      String carc,
      BigDecimal amount,
      BigDecimal quantity) {
    this.remittanceClaimId = remittanceClaimId;
    this.remittanceLineId = remittanceLineId;
    this.groupCode = groupCode;
    this.carc = carc;
    this.amount = amount;
    this.quantity = quantity;
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

  public String getGroupCode() {
    return groupCode;
  }

  public String getCarc() {
    return carc;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public BigDecimal getQuantity() {
    return quantity;
  }
}

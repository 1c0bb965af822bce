package com.infusionbilling.billing.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A payer's rate per unit of a code ({@code billing_payer_rate}). */
@Entity
@Table(name = "billing_payer_rate")
public class PayerRateEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String payerId;
  private String code;
  private BigDecimal rate;
  private LocalDate effectiveFrom;
  private LocalDate effectiveTo;
  private String sourceNote;

  protected PayerRateEntity() {}

  public PayerRate toPayerRate() {
    return new PayerRate(payerId, code, rate, effectiveFrom, effectiveTo, sourceNote);
  }
}

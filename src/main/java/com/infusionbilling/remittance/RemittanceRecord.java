package com.infusionbilling.remittance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One 835 payment as received (table {@code remittance}): the reassociation trace (TRN02, check or
 * EFT number), the payer, the amount (BPR02), method (BPR04) and date (BPR16), and the file.
 */
@Entity
@Table(name = "remittance")
public class RemittanceRecord {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String traceNumber;
  private String payerId;
  private String payerName;
  private BigDecimal paymentAmount;
  private String paymentMethod;
  private LocalDate paymentDate;
  private String sourceFile;
  private Instant receivedAt;

  protected RemittanceRecord() {}

  RemittanceRecord(
      String traceNumber,
      String payerId,
      String payerName,
      BigDecimal paymentAmount,
      String paymentMethod,
      LocalDate paymentDate,
      String sourceFile) {
    this.traceNumber = traceNumber;
    this.payerId = payerId;
    this.payerName = payerName;
    this.paymentAmount = paymentAmount;
    this.paymentMethod = paymentMethod;
    this.paymentDate = paymentDate;
    this.sourceFile = sourceFile;
    this.receivedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public String getTraceNumber() {
    return traceNumber;
  }

  public String getPayerId() {
    return payerId;
  }

  public String getPayerName() {
    return payerName;
  }

  public BigDecimal getPaymentAmount() {
    return paymentAmount;
  }

  public String getPaymentMethod() {
    return paymentMethod;
  }

  public LocalDate getPaymentDate() {
    return paymentDate;
  }

  public String getSourceFile() {
    return sourceFile;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }
}

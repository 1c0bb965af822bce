package com.infusionbilling.authorization;

import com.infusionbilling.billing.reference.AuthorizationBasis;
import com.infusionbilling.billing.scrub.SiteOfCare;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An authorization a payer granted (table {@code payer_authorization}): number, HCPCS, approved
 * units or visits (the payer's {@link AuthorizationBasis}), used quantity, date span, site of care,
 * and {@code renewalOf} linking a renewal to the authorization it replaces.
 */
@Entity
@Table(name = "payer_authorization")
public class PayerAuthorization {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long episodeId;
  private Long requestId;
  private String payerId;
  private String authorizationNumber;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private AuthorizationStatus status;

  private String hcpcs;

  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private AuthorizationBasis basis;

  private BigDecimal approvedQuantity;
  private BigDecimal usedQuantity;
  private LocalDate validFrom;
  private LocalDate validTo;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private SiteOfCare siteOfCare;

  private String payerReference;
  private Long renewalOf;
  private Instant createdAt;
  private Instant updatedAt;

  protected PayerAuthorization() {}

  public PayerAuthorization(
      Long episodeId,
      Long requestId,
      String payerId,
      String authorizationNumber,
      AuthorizationStatus status,
      String hcpcs,
      AuthorizationBasis basis,
      BigDecimal approvedQuantity,
      LocalDate validFrom,
      LocalDate validTo,
      SiteOfCare siteOfCare,
      String payerReference,
      Long renewalOf) {
    this.episodeId = episodeId;
    this.requestId = requestId;
    this.payerId = payerId;
    this.authorizationNumber = authorizationNumber;
    this.status = status;
    this.hcpcs = hcpcs;
    this.basis = basis;
    this.approvedQuantity = approvedQuantity;
    this.usedQuantity = BigDecimal.ZERO;
    this.validFrom = validFrom;
    this.validTo = validTo;
    this.siteOfCare = siteOfCare;
    this.payerReference = payerReference;
    this.renewalOf = renewalOf;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  public BigDecimal remainingQuantity() {
    return approvedQuantity == null ? null : approvedQuantity.subtract(usedQuantity);
  }

  void use(BigDecimal quantity) {
    usedQuantity = usedQuantity.add(quantity);
    updatedAt = Instant.now();
  }

  void moveTo(AuthorizationStatus next) {
    status = next;
    updatedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public Long getEpisodeId() {
    return episodeId;
  }

  public Long getRequestId() {
    return requestId;
  }

  public String getPayerId() {
    return payerId;
  }

  public String getAuthorizationNumber() {
    return authorizationNumber;
  }

  public AuthorizationStatus getStatus() {
    return status;
  }

  public String getHcpcs() {
    return hcpcs;
  }

  public AuthorizationBasis getBasis() {
    return basis;
  }

  public BigDecimal getApprovedQuantity() {
    return approvedQuantity;
  }

  public BigDecimal getUsedQuantity() {
    return usedQuantity;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }

  public SiteOfCare getSiteOfCare() {
    return siteOfCare;
  }

  public String getPayerReference() {
    return payerReference;
  }

  public Long getRenewalOf() {
    return renewalOf;
  }
}

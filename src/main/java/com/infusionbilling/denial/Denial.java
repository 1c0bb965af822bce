package com.infusionbilling.denial;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One denied adjustment (table {@code denial}): the CAS as posted, the facts the routing decision
 * read, the route it chose, and what the people working it did.
 */
@Entity
@EntityListeners(DenialChangeListener.class)
@Table(name = "denial")
public class Denial {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long claimId;
  private Long claimLineId;
  private long lineKey;
  private long remittanceClaimId;
  private String groupCode;
  private String carc;
  private String rarcs;
  private BigDecimal amount;
  private BigDecimal expectedAllowed;
  private BigDecimal paid;
  private LocalDate remittanceDate;
  private Long remittanceId;
  private long episodeId;
  private String payerId;
  private String payerType;
  private String claimType;
  private String lineKind;
  private String lineCode;
  private boolean authorizationOnFile;
  private boolean abnOnFile;
  private boolean jwJzOnLine;
  private LocalDate dateOfService;
  private int daysSinceService;
  private String routedAction;
  private String routingRule;
  private String workGroup;
  private LocalDate workDeadline;
  private String action;
  private String overrideReason;
  private String resolution;

  @Enumerated(EnumType.STRING)
  private DenialStatus status;

  /**
   * Written once by {@code DenialRepository.recordInstance} when the instance exists, never by a
   * save of this entity: a worker's save of a copy loaded before the key was recorded would write
   * it back as null.
   */
  @Column(updatable = false)
  private Long processInstanceKey;

  private Instant createdAt;
  private Instant updatedAt;

  @Version private long rowVersion;

  protected Denial() {}

  Denial(OpenDenial d, DenialFacts facts) {
    this.claimId = d.claimId();
    this.claimLineId = d.claimLineId();
    this.lineKey = d.claimLineId() == null ? 0 : d.claimLineId();
    this.remittanceClaimId = d.remittanceClaimId();
    this.groupCode = d.groupCode();
    this.carc = d.carc();
    this.rarcs = d.rarcs().isEmpty() ? null : String.join(",", d.rarcs());
    this.amount = d.amount();
    this.expectedAllowed = d.expectedAllowed();
    this.paid = d.paid();
    this.remittanceDate = d.remittanceDate();
    this.remittanceId = d.remittanceId();
    this.episodeId = facts.episodeId();
    this.payerId = facts.payerId();
    this.payerType = facts.payerType();
    this.claimType = facts.claimType();
    this.lineKind = facts.lineKind();
    this.lineCode = facts.lineCode();
    this.authorizationOnFile = facts.authorizationOnFile();
    this.abnOnFile = facts.abnOnFile();
    this.jwJzOnLine = facts.jwJzOnLine();
    this.dateOfService = facts.dateOfService();
    this.daysSinceService = facts.daysSinceService();
    this.status = DenialStatus.OPEN;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  void routed(String action, String rule, String group, LocalDate deadline) {
    this.routedAction = action;
    this.routingRule = rule;
    this.workGroup = group;
    this.workDeadline = deadline;
    this.status = DenialStatus.ROUTED;
    touch();
  }

  void worked(String chosenAction, String overrideReason, String resolution, DenialStatus next) {
    this.action = chosenAction;
    this.overrideReason = overrideReason;
    this.resolution = resolution;
    this.status = next;
    touch();
  }

  void moveTo(DenialStatus next, String resolution) {
    this.status = next;
    if (resolution != null) {
      this.resolution = resolution;
    }
    touch();
  }

  private void touch() {
    this.updatedAt = Instant.now();
  }

  /** The key the routing and its rows are written once under: {@code denial-<id>}. */
  public String businessKey() {
    return "denial-" + id;
  }

  public Long getId() {
    return id;
  }

  public long getClaimId() {
    return claimId;
  }

  public Long getClaimLineId() {
    return claimLineId;
  }

  /** The 835 that denied it (null for denials opened before V5_20). */
  public Long getRemittanceId() {
    return remittanceId;
  }

  public long getRemittanceClaimId() {
    return remittanceClaimId;
  }

  public String getGroupCode() {
    return groupCode;
  }

  public String getCarc() {
    return carc;
  }

  public List<String> getRarcs() {
    return rarcs == null || rarcs.isBlank() ? List.of() : Arrays.asList(rarcs.split(","));
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public BigDecimal getExpectedAllowed() {
    return expectedAllowed;
  }

  public BigDecimal getPaid() {
    return paid;
  }

  public LocalDate getRemittanceDate() {
    return remittanceDate;
  }

  public long getEpisodeId() {
    return episodeId;
  }

  public String getPayerId() {
    return payerId;
  }

  public String getPayerType() {
    return payerType;
  }

  public String getClaimType() {
    return claimType;
  }

  public String getLineKind() {
    return lineKind;
  }

  public String getLineCode() {
    return lineCode;
  }

  public boolean isAuthorizationOnFile() {
    return authorizationOnFile;
  }

  public boolean isAbnOnFile() {
    return abnOnFile;
  }

  public boolean isJwJzOnLine() {
    return jwJzOnLine;
  }

  public LocalDate getDateOfService() {
    return dateOfService;
  }

  public int getDaysSinceService() {
    return daysSinceService;
  }

  public String getRoutedAction() {
    return routedAction;
  }

  public String getRoutingRule() {
    return routingRule;
  }

  public String getWorkGroup() {
    return workGroup;
  }

  public LocalDate getWorkDeadline() {
    return workDeadline;
  }

  public String getAction() {
    return action;
  }

  public String getOverrideReason() {
    return overrideReason;
  }

  public String getResolution() {
    return resolution;
  }

  public DenialStatus getStatus() {
    return status;
  }

  public Long getProcessInstanceKey() {
    return processInstanceKey;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}

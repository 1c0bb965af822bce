package com.infusionbilling.visit;

import com.infusionbilling.billing.coding.DrugCategory;
import com.infusionbilling.billing.coding.Route;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One administration (table {@code administration_entry}): route, category, drug, access site,
 * start and stop as local wall-clock times at the site. Hydration and pre-medications are
 * administrations of their own.
 */
@Entity
@Table(name = "administration_entry")
public class AdministrationEntry {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private int lineNo;

  @Column(name = "entry_id")
  private String entryId;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Route route;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private DrugCategory category;

  private String drugHcpcs;

  @Column(name = "start_at")
  private LocalDateTime start;

  @Column(name = "stop_at")
  private LocalDateTime stop;

  private String accessSite;

  protected AdministrationEntry() {}

  AdministrationEntry(
      int lineNo,
      String entryId,
      Route route,
      DrugCategory category,
      String drugHcpcs,
      LocalDateTime start,
      LocalDateTime stop,
      String accessSite) {
    this.lineNo = lineNo;
    this.entryId = entryId;
    this.route = route;
    this.category = category;
    this.drugHcpcs = drugHcpcs;
    this.start = start;
    this.stop = stop;
    this.accessSite = accessSite;
  }

  public int getLineNo() {
    return lineNo;
  }

  public String getEntryId() {
    return entryId;
  }

  public Route getRoute() {
    return route;
  }

  public DrugCategory getCategory() {
    return category;
  }

  public String getDrugHcpcs() {
    return drugHcpcs;
  }

  public LocalDateTime getStart() {
    return start;
  }

  public LocalDateTime getStop() {
    return stop;
  }

  public String getAccessSite() {
    return accessSite;
  }
}

package com.infusionbilling.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** Containers of one size opened for a drug (table {@code administration_container}). */
@Entity
@Table(name = "administration_container")
public class AdministrationContainer {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private int lineNo;
  private BigDecimal size;
  private String unit;

  @Column(name = "container_count")
  private int count;

  protected AdministrationContainer() {}

  AdministrationContainer(int lineNo, BigDecimal size, String unit, int count) {
    this.lineNo = lineNo;
    this.size = size;
    this.unit = unit;
    this.count = count;
  }

  public int getLineNo() {
    return lineNo;
  }

  public BigDecimal getSize() {
    return size;
  }

  public String getUnit() {
    return unit;
  }

  public int getCount() {
    return count;
  }
}

package com.infusionbilling.billing.coding;

import java.math.BigDecimal;

/**
 * The HCPCS units of one drug: administered units, discarded units for the JW line, and whether the
 * administered line carries JZ.
 *
 * @param administered amount administered in descriptor units (e.g. 7.7 for 77 mg of a 10 mg code)
 * @param discarded amount discarded in descriptor units, or null when not known
 * @param containerUnits whole descriptor units in the opened containers, or null when not known
 * @param jwJzUndetermined single-dose drug whose containers were not documented, so JW/JZ cannot be
 *     decided
 * @param wastageNote what happened to wastage, for the explanation
 * @param combinedUnits discarded units billed on the administered line (payers whose waste policy
 *     combines them), 0 otherwise
 */
public record DrugUnits(
    int administeredUnits,
    int jwUnits,
    boolean jz,
    BigDecimal administered,
    BigDecimal discarded,
    Integer containerUnits,
    boolean jwJzUndetermined,
    String wastageNote,
    int combinedUnits) {

  public DrugUnits(
      int administeredUnits,
      int jwUnits,
      boolean jz,
      BigDecimal administered,
      BigDecimal discarded,
      Integer containerUnits,
      boolean jwJzUndetermined,
      String wastageNote) {
    this(
        administeredUnits,
        jwUnits,
        jz,
        administered,
        discarded,
        containerUnits,
        jwJzUndetermined,
        wastageNote,
        0);
  }

  /** Units on the administered line: administered plus any combined discarded units. */
  public int billedUnits() {
    return administeredUnits + combinedUnits;
  }
}

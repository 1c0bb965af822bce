package com.infusionbilling.billing.coding;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * Units in which doses, containers and HCPCS descriptors are stated. Conversions are explicit and
 * only within one dimension (mass, volume, activity units, milliequivalents): a dose in mg never
 * silently becomes units or mL.
 */
public enum AmountUnit {
  G(Dimension.MASS, new BigDecimal("1000")),
  MG(Dimension.MASS, BigDecimal.ONE),
  MCG(Dimension.MASS, new BigDecimal("0.001")),
  L(Dimension.VOLUME, new BigDecimal("1000")),
  ML(Dimension.VOLUME, BigDecimal.ONE),
  UNITS(Dimension.ACTIVITY, BigDecimal.ONE),
  MEQ(Dimension.EQUIVALENTS, BigDecimal.ONE);

  /** What a unit measures; conversions never cross dimensions. */
  public enum Dimension {
    MASS,
    VOLUME,
    ACTIVITY,
    EQUIVALENTS
  }

  private final Dimension dimension;
  private final BigDecimal toBase;

  AmountUnit(Dimension dimension, BigDecimal toBase) {
    this.dimension = dimension;
    this.toBase = toBase;
  }

  public Dimension dimension() {
    return dimension;
  }

  /** Parses the common spellings (mg, g, gm, mcg, ug, ml, cc, l, units, unit, iu, meq). */
  public static Optional<AmountUnit> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return switch (text.trim().toUpperCase(Locale.ROOT)) {
      case "G", "GM", "GRAM", "GRAMS" -> Optional.of(G);
      case "MG", "MILLIGRAM", "MILLIGRAMS" -> Optional.of(MG);
      case "MCG", "UG", "µG", "MICROGRAM", "MICROGRAMS" -> Optional.of(MCG);
      case "L", "LITER", "LITRE" -> Optional.of(L);
      case "ML", "CC", "MILLILITER", "MILLILITRE" -> Optional.of(ML);
      case "UNITS", "UNIT", "IU" -> Optional.of(UNITS);
      case "MEQ" -> Optional.of(MEQ);
      default -> Optional.empty();
    };
  }

  public boolean convertsTo(AmountUnit other) {
    return dimension == other.dimension;
  }

  /**
   * Converts an amount from this unit to {@code target}. Exact: the factors are powers of ten.
   *
   * @throws IllegalArgumentException when the units measure different things
   */
  public BigDecimal convert(BigDecimal amount, AmountUnit target) {
    if (!convertsTo(target)) {
      throw new IllegalArgumentException(
          this
              + " ("
              + dimension
              + ") does not convert to "
              + target
              + " ("
              + target.dimension
              + ")");
    }
    if (this == target) {
      return amount;
    }
    return amount.multiply(toBase).divide(target.toBase);
  }

  /** The unit as written on a descriptor or an explanation, e.g. "mg". */
  public String label() {
    return switch (this) {
      case G -> "g";
      case MG -> "mg";
      case MCG -> "mcg";
      case L -> "L";
      case ML -> "mL";
      case UNITS -> "units";
      case MEQ -> "mEq";
    };
  }
}

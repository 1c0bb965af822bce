package com.infusionbilling.billing.coding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Drug units and JW/JZ wastage (HCPCS Level II descriptors; CMS "Discarded Drugs and Biologicals –
 * JW and JZ modifier policy"; Medicare Claims Processing Manual ch. 17 §40).
 *
 * <ul>
 *   <li>Administered units = administered amount ÷ descriptor, rounded up, at least 1.
 *   <li>Single-dose containers: JW units = whole descriptor units in the containers − administered
 *       units, when positive, on a separate JW line; otherwise JZ on the administered line.
 *   <li>Multi-dose containers, or a payer that does not use JW/JZ: no modifier, no waste billed.
 * </ul>
 */
public final class DrugUnitRules {
  private DrugUnitRules() {}

  /** One container size opened for the dose, {@code count} times. */
  public record Container(BigDecimal size, AmountUnit unit, int count) {}

  /** How a payer wants discarded units billed (mirrors billing.reference.WastePolicy). */
  public enum Waste {
    /** On their own line with JW. */
    JW_LINE,
    /** Added to the administered line, no JW. */
    COMBINED,
    /** Not billed. */
    NOT_BILLED
  }

  /**
   * Computes the units of one drug dose for a payer that either uses JW/JZ (waste on a JW line) or
   * not (waste not billed).
   */
  public static DrugUnits compute(
      BigDecimal administeredAmount,
      AmountUnit amountUnit,
      BigDecimal descriptorAmount,
      AmountUnit descriptorUnit,
      List<Container> containers,
      boolean singleDose,
      boolean payerUsesJwJz) {
    return compute(
        administeredAmount,
        amountUnit,
        descriptorAmount,
        descriptorUnit,
        containers,
        singleDose,
        payerUsesJwJz ? Waste.JW_LINE : Waste.NOT_BILLED,
        payerUsesJwJz);
  }

  /**
   * Computes the units of one drug dose.
   *
   * @param administeredAmount the amount given, in {@code amountUnit}
   * @param descriptorAmount the HCPCS descriptor amount, in {@code descriptorUnit}
   * @param containers the containers opened; may be empty when not documented
   * @param singleDose whether the containers are single-dose
   * @param waste the payer's waste policy
   * @param payerUsesJwJz whether the payer requires JW/JZ (JZ on lines with nothing discarded)
   * @throws IllegalArgumentException when a unit does not convert to the descriptor unit
   */
  public static DrugUnits compute(
      BigDecimal administeredAmount,
      AmountUnit amountUnit,
      BigDecimal descriptorAmount,
      AmountUnit descriptorUnit,
      List<Container> containers,
      boolean singleDose,
      Waste waste,
      boolean payerUsesJwJz) {
    BigDecimal administered =
        amountUnit
            .convert(administeredAmount, descriptorUnit)
            .divide(descriptorAmount, 6, RoundingMode.HALF_UP);
    int administeredUnits =
        Math.max(
            1,
            amountUnit
                .convert(administeredAmount, descriptorUnit)
                .divide(descriptorAmount, 0, RoundingMode.CEILING)
                .intValueExact());
    if (containers.isEmpty()) {
      String note =
          singleDose
              ? (payerUsesJwJz
                  ? "single-dose containers not documented: JW/JZ cannot be determined"
                  : "single-dose containers not documented; the payer does not use JW/JZ")
              : "multi-dose container: waste is never billed, no JW/JZ";
      return new DrugUnits(
          administeredUnits, 0, false, administered, null, null, singleDose && payerUsesJwJz, note);
    }
    BigDecimal total = BigDecimal.ZERO;
    for (Container c : containers) {
      total =
          total.add(
              c.unit().convert(c.size(), descriptorUnit).multiply(BigDecimal.valueOf(c.count())));
    }
    BigDecimal totalUnits = total.divide(descriptorAmount, 6, RoundingMode.HALF_UP);
    int containerUnits = total.divide(descriptorAmount, 0, RoundingMode.FLOOR).intValueExact();
    BigDecimal discarded = totalUnits.subtract(administered).max(BigDecimal.ZERO);
    if (!singleDose) {
      return new DrugUnits(
          administeredUnits,
          0,
          false,
          administered,
          discarded,
          containerUnits,
          false,
          "multi-dose container: waste is never billed, no JW/JZ");
    }
    int jwUnits = Math.max(0, containerUnits - administeredUnits);
    if (jwUnits > 0 && waste == Waste.COMBINED) {
      return new DrugUnits(
          administeredUnits,
          0,
          false,
          administered,
          discarded,
          containerUnits,
          false,
          containerUnits
              + " whole units in the single-dose containers - "
              + administeredUnits
              + " administered = "
              + jwUnits
              + " discarded units, combined on the administered line without JW (payer waste"
              + " policy COMBINED) -> "
              + (administeredUnits + jwUnits)
              + " units",
          jwUnits);
    }
    if (jwUnits > 0 && waste == Waste.NOT_BILLED) {
      return new DrugUnits(
          administeredUnits,
          0,
          false,
          administered,
          discarded,
          containerUnits,
          false,
          "the " + jwUnits + " discarded units are not billed (payer waste policy NOT_BILLED)");
    }
    if (!payerUsesJwJz && jwUnits == 0) {
      return new DrugUnits(
          administeredUnits,
          0,
          false,
          administered,
          discarded,
          containerUnits,
          false,
          "nothing discarded to bill; the payer does not use JW/JZ");
    }
    if (jwUnits > 0) {
      // a JW line, whether or not the payer also uses JZ
      return new DrugUnits(
          administeredUnits,
          jwUnits,
          false,
          administered,
          discarded,
          containerUnits,
          false,
          containerUnits
              + " whole units in the single-dose containers - "
              + administeredUnits
              + " administered = "
              + jwUnits
              + " discarded units on a JW line");
    }
    BigDecimal leftAfterRounding = totalUnits.subtract(BigDecimal.valueOf(administeredUnits));
    String note;
    if (discarded.signum() == 0) {
      note = "nothing discarded from the single-dose containers: JZ";
    } else if (leftAfterRounding.signum() > 0) {
      note =
          "the "
              + Amounts.plain(leftAfterRounding)
              + " unit left after rounding up is less than one billing unit: no JW line, JZ";
    } else {
      note = "the administered units, rounded up, cover the whole containers: no JW line, JZ";
    }
    return new DrugUnits(
        administeredUnits, 0, true, administered, discarded, containerUnits, false, note);
  }
}

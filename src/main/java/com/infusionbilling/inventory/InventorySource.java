package com.infusionbilling.inventory;

/**
 * Where a lot came from. Patient-assistance stock is kept apart (its own lots, even for the same
 * NDC and lot number) and is never billed: a billed unit of it is a high-severity variance.
 */
public enum InventorySource {
  /** Bought by the clinic from a distributor and billed with the visit (J-code line). */
  BUY_AND_BILL,
  /** Given by a manufacturer's patient-assistance program for named patients: never billed. */
  PATIENT_ASSISTANCE
}

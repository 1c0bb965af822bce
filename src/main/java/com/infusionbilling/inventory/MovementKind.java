package com.infusionbilling.inventory;

/** A change of a lot's stock ({@code inventory_movement.kind}). */
public enum MovementKind {
  /** Delivered (a distributor invoice line or a manual receipt): containers in. */
  RECEIPT,
  /** Drawn for a visit (copied from the visit's dispense): containers opened, drug given/wasted. */
  DISPENSE,
  /** Discarded outside a visit (broken vial, cold-chain failure). */
  WASTE,
  /** Sent back to the distributor. */
  RETURN,
  /** Taken out of stock because it expired. */
  EXPIRY,
  /** A count correction (positive or negative). */
  ADJUSTMENT
}

package com.infusionbilling.billing.coding;

/** How a drug or fluid was given, as documented on the administration record. */
public enum Route {
  IV_INFUSION,
  IV_PUSH,
  SUBCUTANEOUS,
  INTRAMUSCULAR
}

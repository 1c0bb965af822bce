package com.infusionbilling.billing.coding;

/** How serious an edit is: ERROR stops the claim from going out as is, WARNING asks for a look. */
public enum Severity {
  ERROR,
  WARNING
}

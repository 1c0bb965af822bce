package com.infusionbilling.billing.reference.imports;

/** A data row that was read but not loaded, and why (e.g. no payment limit published). */
public record RowRejection(long line, String reason) {}

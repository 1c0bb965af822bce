package com.infusionbilling.edi;

import java.util.List;

/**
 * The outcome of validating a whole file: the transaction sets found and every problem, in file
 * order.
 */
public record X12ValidationReport(List<TransactionSet> transactionSets, List<X12Error> errors) {

  public X12ValidationReport {
    transactionSets = List.copyOf(transactionSets);
    errors = List.copyOf(errors);
  }

  public boolean valid() {
    return errors.isEmpty();
  }

  /** One ST/SE: its type, version and control numbers, and whether it validated. */
  public record TransactionSet(
      String interchangeControlNumber,
      String groupControlNumber,
      String transactionSetId,
      String controlNumber,
      String version,
      boolean valid) {}

  /** A text report: one line per problem, suitable for the quarantine error file. */
  public String describe() {
    StringBuilder b = new StringBuilder();
    b.append(valid() ? "VALID" : "INVALID")
        .append(": ")
        .append(transactionSets.size())
        .append(" transaction set(s), ")
        .append(errors.size())
        .append(" error(s)\n");
    for (X12Error e : errors) {
      b.append("  ").append(e.describe()).append('\n');
    }
    return b.toString();
  }
}

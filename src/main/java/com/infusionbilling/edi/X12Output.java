package com.infusionbilling.edi;

import java.util.List;

/**
 * A validated X12 file ready to leave: its bytes and the control numbers it carries, with the
 * correlation identifiers (trace numbers or patient control numbers) of the messages in each
 * transaction set.
 */
public record X12Output(
    X12Transaction transaction,
    byte[] content,
    String interchangeControlNumber,
    String groupControlNumber,
    List<TransactionSet> transactionSets) {

  /** One ST/SE of the file: ST02 and the messages it carries. */
  public record TransactionSet(String controlNumber, List<String> correlationIds) {}

  /** Every message's correlation identifier, in file order. */
  public List<String> correlationIds() {
    return transactionSets.stream().flatMap(s -> s.correlationIds().stream()).toList();
  }

  /** A file name that sorts by time and never collides: {@code 837P-000000123.x12}. */
  public String suggestedFileName() {
    String kind =
        switch (transaction) {
          case PROFESSIONAL_CLAIM_837P -> "837P";
          case INSTITUTIONAL_CLAIM_837I -> "837I";
          case CLAIM_ACK_277CA -> "277CA";
          default -> transaction.transactionSetId();
        };
    return kind + "-" + interchangeControlNumber + ".x12";
  }
}

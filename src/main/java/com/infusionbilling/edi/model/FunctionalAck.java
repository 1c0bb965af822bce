package com.infusionbilling.edi.model;

import java.util.List;

/**
 * A 999 for one functional group we sent.
 *
 * @param groupControlNumber AK102, the GS06 of the group acknowledged: correlates with the batch
 * @param status AK901: A accepted, E accepted with errors, P partially accepted, R rejected
 */
public record FunctionalAck(
    String functionalId,
    String groupControlNumber,
    String version,
    String status,
    int transactionSetsIncluded,
    int transactionSetsReceived,
    int transactionSetsAccepted,
    List<TransactionSetAck> transactionSets)
    implements X12Message {

  public FunctionalAck {
    transactionSets = transactionSets == null ? List.of() : List.copyOf(transactionSets);
  }

  public boolean accepted() {
    return "A".equals(status) || "E".equals(status);
  }

  @Override
  public String correlationId() {
    return groupControlNumber;
  }

  /** AK2/IK5 for one transaction set: ST01, ST02, disposition and syntax errors. */
  public record TransactionSetAck(
      String transactionSetId,
      String controlNumber,
      String implementationReference,
      String status,
      List<String> errorCodes,
      List<SegmentNote> segmentErrors) {

    public TransactionSetAck {
      errorCodes = errorCodes == null ? List.of() : List.copyOf(errorCodes);
      segmentErrors = segmentErrors == null ? List.of() : List.copyOf(segmentErrors);
    }

    public boolean accepted() {
      return "A".equals(status) || "E".equals(status);
    }
  }

  /** IK3: a segment in error, with its IK4 element notes. */
  public record SegmentNote(
      String segmentId, int position, String loop, String errorCode, List<ElementNote> elements) {
    public SegmentNote {
      elements = elements == null ? List.of() : List.copyOf(elements);
    }
  }

  /** IK4: an element in error. */
  public record ElementNote(
      int position, int component, String dataElementReference, String errorCode) {}
}

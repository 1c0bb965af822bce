package com.infusionbilling.edi;

/**
 * One problem found while reading or writing X12: where it is (segment position counted from ST, or
 * from ISA outside a transaction set; segment ID; loop; element, component and repetition) and why.
 *
 * <p>{@code code} is StAEDI's {@code EDIStreamValidationError} name, or {@code SYNTAX} for a file
 * that cannot be tokenized. {@code value} is filled only for code values (qualifiers and control
 * numbers), never for names, identifiers or dates, so a report can be logged without PHI.
 */
public record X12Error(
    String transactionSetControlNumber,
    int segmentPosition,
    String segmentId,
    String loop,
    int elementPosition,
    int componentPosition,
    int repetition,
    String code,
    String reason,
    String value) {

  /** A one-line description, for example {@code segment 12 NM1 in loop 2010AA, element 8: ...}. */
  public String describe() {
    StringBuilder b = new StringBuilder();
    if (transactionSetControlNumber != null) {
      b.append("transaction ").append(transactionSetControlNumber).append(", ");
    }
    b.append("segment ").append(segmentPosition);
    if (segmentId != null) {
      b.append(' ').append(segmentId);
    }
    if (loop != null) {
      b.append(" in loop ").append(loop);
    }
    if (elementPosition > 0) {
      b.append(", element ")
          .append(String.format("%s%02d", segmentId == null ? "" : segmentId, elementPosition));
      if (componentPosition > 0) {
        b.append('-').append(componentPosition);
      }
      if (repetition > 1) {
        b.append(" repetition ").append(repetition);
      }
    }
    b.append(": ").append(reason).append(" [").append(code).append(']');
    if (value != null) {
      b.append(" value '").append(value).append('\'');
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return describe();
  }
}

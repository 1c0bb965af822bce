package com.infusionbilling.edi;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A file, or a document about to be written, does not conform to its implementation schema. Carries
 * every problem found; nothing of the invalid transaction set was handed on.
 */
public class X12ValidationException extends RuntimeException {

  private final transient List<X12Error> errors;

  public X12ValidationException(List<X12Error> errors) {
    super(summary(errors));
    this.errors = List.copyOf(errors);
  }

  public List<X12Error> errors() {
    return errors;
  }

  private static String summary(List<X12Error> errors) {
    String head = errors.size() == 1 ? "1 X12 error: " : errors.size() + " X12 errors: ";
    return head
        + errors.stream().limit(20).map(X12Error::describe).collect(Collectors.joining("; "))
        + (errors.size() > 20 ? "; ..." : "");
  }
}

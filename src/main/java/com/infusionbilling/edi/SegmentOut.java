package com.infusionbilling.edi;

import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.util.List;

/**
 * Writes segments through StAEDI's {@link EDIStreamWriter}. Element values are Strings (null or
 * empty = not sent), {@link Composite} for composite elements and {@link Repeated} for repeating
 * elements; trailing empty elements are dropped, as X12 requires. Counts the segments of the open
 * transaction set for SE01.
 */
public final class SegmentOut {

  /** A composite element; null components are sent empty, trailing ones dropped. */
  public record Composite(String... components) {}

  /** A repeating element (separated by ISA11). */
  public record Repeated(List<String> values) {}

  private final EDIStreamWriter writer;
  private int transactionSegments;

  SegmentOut(EDIStreamWriter writer) {
    this.writer = writer;
  }

  public static Composite comp(String... components) {
    return new Composite(components);
  }

  /** Writes one segment. */
  public SegmentOut seg(String id, Object... elements) {
    int last = elements.length - 1;
    while (last >= 0 && isEmpty(elements[last])) {
      last--;
    }
    try {
      writer.writeStartSegment(id);
      for (int i = 0; i <= last; i++) {
        Object e = elements[i];
        if (isEmpty(e)) {
          writer.writeEmptyElement();
        } else if (e instanceof Composite c) {
          writeComposite(c);
        } else if (e instanceof Repeated r) {
          writeRepeated(r);
        } else {
          writer.writeElement(e.toString());
        }
      }
      writer.writeEndSegment();
    } catch (EDIStreamException e) {
      throw new IllegalStateException("cannot write segment " + id + ": " + e.getMessage(), e);
    }
    transactionSegments++;
    return this;
  }

  private void writeComposite(Composite c) throws EDIStreamException {
    String[] parts = c.components();
    int last = parts.length - 1;
    while (last >= 0 && (parts[last] == null || parts[last].isEmpty())) {
      last--;
    }
    writer.writeStartElement();
    for (int i = 0; i <= last; i++) {
      if (parts[i] == null || parts[i].isEmpty()) {
        writer.writeEmptyComponent();
      } else {
        writer.writeComponent(parts[i]);
      }
    }
    writer.endElement();
  }

  private void writeRepeated(Repeated r) throws EDIStreamException {
    List<String> values = r.values();
    writer.writeElement(values.get(0));
    for (int i = 1; i < values.size(); i++) {
      writer.writeRepeatElement().writeElementData(values.get(i));
    }
  }

  private static boolean isEmpty(Object e) {
    if (e == null) {
      return true;
    }
    if (e instanceof String s) {
      return s.isEmpty();
    }
    if (e instanceof Composite c) {
      for (String p : c.components()) {
        if (p != null && !p.isEmpty()) {
          return false;
        }
      }
      return true;
    }
    if (e instanceof Repeated r) {
      return r.values() == null || r.values().isEmpty();
    }
    return false;
  }

  void startTransactionCount() {
    transactionSegments = 0;
  }

  int transactionSegments() {
    return transactionSegments;
  }

  EDIStreamWriter writer() {
    return writer;
  }
}

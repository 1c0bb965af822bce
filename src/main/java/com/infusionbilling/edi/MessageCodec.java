package com.infusionbilling.edi;

import com.infusionbilling.edi.model.X12Message;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Writes one kind of typed message as the body of transaction sets (between ST and SE). */
interface MessageCodec<T extends X12Message> {

  X12Transaction transaction();

  /** How messages are split into transaction sets; by default one message per set. */
  default List<List<T>> transactionSets(List<T> messages) {
    return messages.stream().map(List::of).toList();
  }

  void write(SegmentOut out, List<T> messages, WriteContext context);

  /** What the writer knows about the file being written. */
  record WriteContext(X12Parties parties, LocalDate date, LocalTime time, String reference) {}
}

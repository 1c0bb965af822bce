package com.infusionbilling.edi;

import com.infusionbilling.edi.model.X12Message;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes typed messages as one X12 5010 interchange with one functional group, allocating ISA13,
 * GS06 and ST02 from a {@link ControlNumberSource}, and validates the result against the control
 * and implementation schemas before returning it. An invalid document throws {@link
 * X12ValidationException} and nothing is returned, so nothing invalid can leave.
 *
 * <p>Delimiters: {@code ~} segment terminator (followed by a line break), {@code *} element, {@code
 * :} component, {@code ^} repetition.
 */
public final class X12Writer {

  private static final DateTimeFormatter ISA_DATE = DateTimeFormatter.ofPattern("yyMMdd");

  private final X12Schemas schemas;
  private final ControlNumberSource controlNumbers;
  private final Clock clock;
  private final EDIOutputFactory factory;

  public X12Writer(X12Schemas schemas, ControlNumberSource controlNumbers, Clock clock) {
    this.schemas = schemas;
    this.controlNumbers = controlNumbers;
    this.clock = clock;
    this.factory = EDIOutputFactory.newFactory();
    factory.setProperty(EDIStreamConstants.Delimiters.SEGMENT, '~');
    factory.setProperty(EDIStreamConstants.Delimiters.DATA_ELEMENT, '*');
    factory.setProperty(EDIStreamConstants.Delimiters.COMPONENT_ELEMENT, ':');
    factory.setProperty(EDIStreamConstants.Delimiters.REPETITION, '^');
    factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
  }

  /** Writes and validates; all messages must be of one type. */
  public <T extends X12Message> X12Output write(X12Parties parties, List<T> messages) {
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("nothing to write");
    }
    @SuppressWarnings("unchecked")
    MessageCodec<T> codec = (MessageCodec<T>) Codecs.forMessage(messages.get(0).getClass());
    for (T m : messages) {
      if (m.getClass() != messages.get(0).getClass()) {
        throw new IllegalArgumentException("one interchange carries one message type");
      }
    }
    List<List<T>> sets = codec.transactionSets(messages);
    LocalDateTime now = LocalDateTime.now(clock);
    long isa13 = controlNumbers.next(ControlNumberKind.INTERCHANGE);
    long gs06 = controlNumbers.next(ControlNumberKind.GROUP);
    long firstSt = controlNumbers.allocate(ControlNumberKind.TRANSACTION_SET, sets.size());
    String icn = String.format("%09d", isa13);
    X12Transaction t = codec.transaction();

    ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    List<X12Output.TransactionSet> written = new ArrayList<>(sets.size());
    try {
      EDIStreamWriter w = factory.createEDIStreamWriter(bytes);
      SegmentOut out = new SegmentOut(w);
      w.startInterchange();
      out.seg(
          "ISA",
          "00",
          "          ",
          "00",
          "          ",
          parties.senderQualifier(),
          X12Format.fixed(parties.senderId(), 15),
          parties.receiverQualifier(),
          X12Format.fixed(parties.receiverId(), 15),
          ISA_DATE.format(now),
          X12Format.time(now.toLocalTime()),
          "^",
          "00501",
          icn,
          "0",
          parties.production() ? "P" : "T",
          ":");
      out.seg(
          "GS",
          t.functionalId(),
          parties.senderId(),
          parties.receiverId(),
          X12Format.date(now.toLocalDate()),
          X12Format.time(now.toLocalTime()),
          Long.toString(gs06),
          "X",
          t.version());
      for (int i = 0; i < sets.size(); i++) {
        String st02 = String.format("%04d", (firstSt + i) % 1_000_000_000L);
        if (t.writesSt03()) {
          out.seg("ST", t.transactionSetId(), st02, t.version());
        } else {
          out.seg("ST", t.transactionSetId(), st02);
        }
        out.startTransactionCount();
        MessageCodec.WriteContext ctx =
            new MessageCodec.WriteContext(
                parties, now.toLocalDate(), now.toLocalTime(), gs06 + "-" + st02);
        codec.write(out, sets.get(i), ctx);
        written.add(
            new X12Output.TransactionSet(
                st02, sets.get(i).stream().map(X12Message::correlationId).toList()));
        int count = out.transactionSegments() + 2; // ST and SE
        out.seg("SE", Integer.toString(count), st02);
      }
      out.seg("GE", Integer.toString(sets.size()), Long.toString(gs06));
      out.seg("IEA", "1", icn);
      w.endInterchange();
      w.close();
    } catch (EDIStreamException e) {
      throw new IllegalStateException("cannot write X12: " + e.getMessage(), e);
    }
    byte[] content = bytes.toByteArray();
    validate(content);
    return new X12Output(t, content, icn, Long.toString(gs06), written);
  }

  private void validate(byte[] content) {
    X12ValidationReport report =
        new X12Validator(schemas).validate(new ByteArrayInputStream(content));
    if (!report.valid()) {
      throw new X12ValidationException(report.errors());
    }
  }
}

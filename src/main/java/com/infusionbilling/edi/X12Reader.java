package com.infusionbilling.edi;

import com.infusionbilling.edi.model.X12Message;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads X12 files into typed messages ({@link X12Message}), validating as it reads.
 *
 * <p>{@link #read} streams: a transaction set's messages are handed on only after its SE was read
 * and the set validated, so nothing half-parsed is passed on; memory is bounded by one transaction
 * set. The first invalid transaction set (or envelope) ends the read with {@link
 * X12ValidationException}. For all-or-nothing processing of a whole file, validate it first with
 * {@link X12Validator} (the mailbox does) or use {@link #readAll}.
 */
public final class X12Reader {

  /** Receives each message with the envelope that carried it. */
  @FunctionalInterface
  public interface Listener {
    void onMessage(X12Envelope envelope, X12Message message);
  }

  /** A message with its envelope. */
  public record Received(X12Envelope envelope, X12Message message) {}

  private final X12Schemas schemas;

  public X12Reader(X12Schemas schemas) {
    this.schemas = schemas;
  }

  public X12Reader() {
    this(X12Schemas.get());
  }

  /** Streams the file's messages to {@code listener}; throws on the first invalid part. */
  public void read(InputStream in, Listener listener) {
    TypedHandler handler = new TypedHandler(listener);
    List<X12Error> fileErrors = new X12SegmentReader(schemas).read(in, handler);
    if (!fileErrors.isEmpty()) {
      throw new X12ValidationException(fileErrors);
    }
  }

  /** Reads the whole file and returns its messages only if all of it is valid. */
  public List<Received> readAll(InputStream in) {
    List<Received> out = new ArrayList<>();
    read(in, (env, msg) -> out.add(new Received(env, msg)));
    return out;
  }

  /** Reads the whole file and returns the messages of one type, only if all of it is valid. */
  public <T extends X12Message> List<T> readAll(InputStream in, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Received r : readAll(in)) {
      if (type.isInstance(r.message())) {
        out.add(type.cast(r.message()));
      }
    }
    return out;
  }

  private final class TypedHandler implements X12SegmentReader.Handler {
    private final Listener listener;
    private String senderId;
    private String receiverId;
    private String isa13;
    private String gs06;
    private X12Transaction transaction;
    private MessageParser parser;
    private RuntimeException parseFailure;

    TypedHandler(Listener listener) {
      this.listener = listener;
    }

    @Override
    public void startInterchange(X12Segment isa) {
      senderId = trim(isa.get(6));
      receiverId = trim(isa.get(8));
      isa13 = isa.get(13);
    }

    @Override
    public void startGroup(X12Segment gs) {
      gs06 = gs.get(6);
    }

    @Override
    public void startTransaction(X12Transaction t, X12Segment st) {
      transaction = t;
      parser = t == null ? null : Codecs.parser(t);
      parseFailure = null;
    }

    private void map(X12Segment segment, String loop) {
      if (parser != null && parseFailure == null) {
        try {
          parser.segment(segment, loop);
        } catch (RuntimeException e) {
          // an invalid value (already reported by validation) can upset the typed mapping
          parseFailure = e;
        }
      }
    }

    @Override
    public void segment(X12Segment segment, String loop, int depth) {
      map(segment, loop);
    }

    @Override
    public void endTransaction(X12Segment se, List<X12Error> errors) {
      if (!errors.isEmpty()) {
        throw new X12ValidationException(errors);
      }
      if (parser == null) {
        return;
      }
      if (parseFailure != null) {
        throw new X12ValidationException(
            List.of(
                new X12Error(
                    se.get(2),
                    0,
                    null,
                    null,
                    0,
                    0,
                    0,
                    "MAPPING",
                    "transaction set cannot be mapped: " + parseFailure.getMessage(),
                    null)));
      }
      X12Envelope env = new X12Envelope(senderId, receiverId, isa13, gs06, se.get(2), transaction);
      for (X12Message m : parser.finish()) {
        listener.onMessage(env, m);
      }
      parser = null;
    }
  }

  private static String trim(String s) {
    return s == null ? null : s.trim();
  }
}

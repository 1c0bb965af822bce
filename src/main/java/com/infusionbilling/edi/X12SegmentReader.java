package com.infusionbilling.edi;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Streams an X12 file through StAEDI with the control schema and, per transaction set, the
 * implementation schema of its transaction, and hands complete segments with their loop to a {@link
 * Handler}. Validation errors are collected per transaction set and reported with segment position
 * (counted from ST = 1), segment ID, loop, element and reason.
 *
 * <p>Memory use is one segment plus the loop stack, whatever the file size. Delimiters come from
 * the ISA segment of each interchange.
 */
public final class X12SegmentReader {

  /** Receives the file's structure as it is read. */
  public interface Handler {
    default void startInterchange(X12Segment isa) {}

    default void startGroup(X12Segment gs) {}

    /** {@code transaction} is null when the ST01/version pair is not one this project supports. */
    default void startTransaction(X12Transaction transaction, X12Segment st) {}

    /** A loop starts; its first segment follows. {@code depth} counts from 1. */
    default void startLoop(String loop, int depth) {}

    /** A segment inside a transaction set (not ST or SE); {@code loop} is null at header level. */
    default void segment(X12Segment segment, String loop, int depth) {}

    /** The SE segment; {@code errors} are this transaction set's problems (empty when valid). */
    default void endTransaction(X12Segment se, List<X12Error> errors) {}

    default void endGroup(X12Segment ge) {}

    default void endInterchange(X12Segment iea) {}

    /** A control segment (ISA, GS, GE, IEA) or a segment outside any transaction set. */
    default void controlSegment(X12Segment segment) {}
  }

  private static final EDIInputFactory FACTORY = newFactory();

  private final X12Schemas schemas;

  public X12SegmentReader(X12Schemas schemas) {
    this.schemas = schemas;
  }

  private static EDIInputFactory newFactory() {
    EDIInputFactory f = EDIInputFactory.newFactory();
    f.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
    f.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_CODE_VALUES, true);
    return f;
  }

  /**
   * Reads the whole stream. Returns the problems found outside transaction sets (envelope counts,
   * control numbers, syntax); transaction-set problems go to {@link Handler#endTransaction}. A file
   * that cannot be tokenized any further (bad ISA, truncated) ends the read with a SYNTAX error.
   */
  public List<X12Error> read(InputStream in, Handler handler) {
    Run run = new Run(handler);
    try (EDIStreamReader reader = FACTORY.createEDIStreamReader(in, schemas.controlSchema())) {
      run.loop(reader);
    } catch (HandlerAbort e) {
      throw e.cause;
    } catch (EDIStreamException e) {
      run.syntax(e.getMessage(), e.getLocation());
    } catch (IOException e) {
      run.syntax("cannot read file: " + e.getMessage(), null);
    } catch (RuntimeException e) {
      // StAEDI signals some structural faults (for example data after IEA) as runtime exceptions.
      run.syntax(String.valueOf(e.getMessage()), null);
    }
    if (run.txErrors != null) {
      // a transaction set that never reached SE: its problems are the file's problems
      run.fileErrors.addAll(0, run.txErrors);
    }
    return run.fileErrors;
  }

  private final class Run {
    final Handler handler;
    final List<X12Error> fileErrors = new ArrayList<>();
    final Deque<String> loops = new ArrayDeque<>();
    List<X12Error> txErrors;
    X12Segment current;
    String currentSt02;
    int txSegmentPosition;
    int fileSegmentPosition;
    boolean inTransaction;
    boolean sawInterchange;
    boolean interchangeOpen;
    int pendingErrorsBeforeSegment;

    Run(Handler handler) {
      this.handler = handler;
    }

    void loop(EDIStreamReader r) throws EDIStreamException {
      while (r.hasNext()) {
        EDIStreamEvent event = r.next();
        switch (event) {
          case START_INTERCHANGE -> {
            sawInterchange = true;
            interchangeOpen = true;
          }
          case END_INTERCHANGE -> interchangeOpen = false;
          case START_TRANSACTION -> {
            inTransaction = true;
            txErrors = new ArrayList<>();
            txSegmentPosition = 0;
            currentSt02 = null;
            loops.clear();
          }
          case END_TRANSACTION -> inTransaction = false;
          case START_LOOP -> {
            loops.push(r.getReferenceCode());
            try {
              handler.startLoop(r.getReferenceCode(), loops.size());
            } catch (RuntimeException e) {
              throw new HandlerAbort(e);
            }
          }
          case END_LOOP -> {
            if (!loops.isEmpty()) {
              loops.pop();
            }
          }
          case START_SEGMENT -> {
            fileSegmentPosition++;
            if (inTransaction) {
              txSegmentPosition++;
            }
            current = new X12Segment(r.getText());
          }
          case ELEMENT_DATA -> {
            Location l = r.getLocation();
            if (current != null) {
              current.set(
                  l.getElementPosition(),
                  l.getComponentPosition(),
                  l.getElementOccurrence(),
                  r.getText());
            }
          }
          case END_SEGMENT -> {
            if (current != null && current.is("ST")) {
              chooseSchema(r);
            }
            endSegment();
          }
          case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> error(r, event);
          default -> {
            // composites and binary data need no handling
          }
        }
      }
      if (!sawInterchange) {
        fileErrors.add(
            new X12Error(null, 0, null, null, 0, 0, 0, "SYNTAX", "no ISA interchange found", null));
      } else if (interchangeOpen || inTransaction) {
        syntax("file ends before the IEA interchange trailer (truncated)", null);
      }
    }

    X12Transaction pendingTransaction;
    String unsupported;
    String groupVersion;

    /** The implementation schema follows from ST01 and ST03 (or GS08 when ST03 is absent). */
    void chooseSchema(EDIStreamReader r) {
      String st01 = current.get(1);
      String version = current.get(3) != null ? current.get(3) : groupVersion;
      X12Transaction t = X12Transaction.find(st01, version).orElse(null);
      pendingTransaction = t;
      unsupported = null;
      if (t != null) {
        r.setTransactionSchema(schemas.schema(t));
      } else {
        unsupported = st01 + " " + version;
      }
    }

    void endSegment() {
      try {
        dispatch();
      } catch (RuntimeException e) {
        throw new HandlerAbort(e);
      }
    }

    void dispatch() {
      X12Segment s = current;
      current = null;
      if (s == null) {
        return;
      }
      switch (s.id()) {
        case "ISA" -> handler.startInterchange(s);
        case "GS" -> {
          groupVersion = s.get(8);
          handler.startGroup(s);
        }
        case "ST" -> {
          currentSt02 = s.get(2);
          // errors reported before ST02 was known belong to this transaction
          if (unsupported != null) {
            txErrors.add(
                new X12Error(
                    currentSt02,
                    1,
                    "ST",
                    null,
                    1,
                    0,
                    0,
                    "UNSUPPORTED_TRANSACTION",
                    "transaction set " + unsupported + " is not supported",
                    s.get(1)));
            unsupported = null;
          }
          handler.startTransaction(pendingTransaction, s);
        }
        case "SE" -> {
          handler.endTransaction(s, txErrors);
          txErrors = null;
        }
        case "GE" -> handler.endGroup(s);
        case "IEA" -> handler.endInterchange(s);
        default -> {
          if (txErrors != null) {
            handler.segment(s, loops.peek(), loops.size());
          } else {
            handler.controlSegment(s);
          }
        }
      }
    }

    void error(EDIStreamReader r, EDIStreamEvent event) {
      EDIStreamValidationError type = r.getErrorType();
      Location l = r.getLocation();
      String segId = l.getSegmentTag();
      if (event == EDIStreamEvent.SEGMENT_ERROR && r.hasText()) {
        segId = r.getText();
      }
      boolean segmentLevel = event == EDIStreamEvent.SEGMENT_ERROR;
      String value = null;
      if (!segmentLevel && r.hasText() && showsValue(type)) {
        value = r.getText();
      }
      boolean txLevel = txErrors != null && !isControlSegment(segId);
      int position = txLevel ? txSegmentPosition : fileSegmentPosition;
      if (segmentLevel && current == null) {
        // the error concerns the segment about to start (unexpected) or a missing one
        position = position + 1;
      }
      X12Error e =
          new X12Error(
              txLevel ? currentSt02 : null,
              position,
              segId,
              loops.peek(),
              segmentLevel ? 0 : Math.max(l.getElementPosition(), 0),
              segmentLevel ? 0 : Math.max(l.getComponentPosition(), 0),
              segmentLevel ? 0 : Math.max(l.getElementOccurrence(), 0),
              type.name(),
              reason(type),
              value);
      if (txLevel) {
        txErrors.add(e);
      } else {
        fileErrors.add(e);
      }
    }

    void syntax(String message, Location l) {
      int position = fileSegmentPosition;
      String segId = l != null ? l.getSegmentTag() : null;
      String msg = message == null ? "unreadable X12" : message;
      if (!sawInterchange || position == 0) {
        // StAEDI could not even read the interchange header
        position = 1;
        segId = "ISA";
        msg = "invalid ISA interchange header (fixed widths, delimiters, version): " + msg;
      }
      fileErrors.add(
          new X12Error(
              inTransaction ? currentSt02 : null,
              inTransaction ? txSegmentPosition : position,
              segId,
              loops.peek(),
              l != null ? Math.max(l.getElementPosition(), 0) : 0,
              0,
              0,
              "SYNTAX",
              msg,
              null));
    }
  }

  /** Carries an exception thrown by the handler past the StAEDI error handling. */
  private static final class HandlerAbort extends RuntimeException {
    final RuntimeException cause;

    HandlerAbort(RuntimeException cause) {
      super(null, null, false, false);
      this.cause = cause;
    }
  }

  private static boolean isControlSegment(String id) {
    return "ISA".equals(id) || "GS".equals(id) || "GE".equals(id) || "IEA".equals(id);
  }

  private static boolean showsValue(EDIStreamValidationError type) {
    return switch (type) {
      case INVALID_CODE_VALUE,
          IMPLEMENTATION_INVALID_CODE_VALUE,
          CONTROL_REFERENCE_MISMATCH,
          CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT ->
          true;
      default -> false;
    };
  }

  /** A reason a support person can act on, for each StAEDI validation error. */
  public static String reason(EDIStreamValidationError type) {
    return switch (type) {
      case UNRECOGNIZED_SEGMENT_ID -> "unrecognized segment ID";
      case UNEXPECTED_SEGMENT -> "segment not expected here";
      case MANDATORY_SEGMENT_MISSING -> "required segment missing";
      case LOOP_OCCURS_OVER_MAXIMUM_TIMES -> "loop repeats more often than allowed";
      case SEGMENT_EXCEEDS_MAXIMUM_USE -> "segment repeats more often than allowed";
      case SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET -> "segment not defined in this transaction set";
      case SEGMENT_NOT_IN_PROPER_SEQUENCE -> "segment out of sequence";
      case SEGMENT_HAS_DATA_ELEMENT_ERRORS -> "segment has data element errors";
      case IMPLEMENTATION_UNUSED_SEGMENT_PRESENT -> "segment not used by this implementation guide";
      case IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING -> "situational segment missing";
      case IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES ->
          "required loop missing or repeats too few times";
      case IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE ->
          "required segment missing or repeats too few times";
      case IMPLEMENTATION_DEPENDENT_UNUSED_SEGMENT_PRESENT ->
          "situational segment not allowed here";
      case CONDITIONAL_REQUIRED_SEGMENT_MISSING -> "conditionally required segment missing";
      case SEGMENT_EXCLUSION_CONDITION_VIOLATED -> "segments that exclude each other both present";
      case REQUIRED_DATA_ELEMENT_MISSING -> "required element missing";
      case CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING -> "conditionally required element missing";
      case TOO_MANY_DATA_ELEMENTS -> "too many elements";
      case EXCLUSION_CONDITION_VIOLATED -> "elements that exclude each other both present";
      case TOO_MANY_REPETITIONS -> "element repeats too often";
      case TOO_MANY_COMPONENTS -> "too many components";
      case IMPLEMENTATION_DEPENDENT_DATA_ELEMENT_MISSING -> "situational element missing";
      case IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT ->
          "element not used by this implementation guide";
      case IMPLEMENTATION_TOO_FEW_REPETITIONS -> "element repeats too few times";
      case IMPLEMENTATION_DEPENDENT_UNUSED_DATA_ELEMENT_PRESENT ->
          "situational element not allowed here";
      case DATA_ELEMENT_TOO_SHORT -> "value too short";
      case DATA_ELEMENT_TOO_LONG -> "value too long";
      case INVALID_CHARACTER_DATA -> "invalid characters for the element's data type";
      case INVALID_CODE_VALUE -> "code value not in the X12 code list";
      case INVALID_DATE -> "invalid date (CCYYMMDD expected)";
      case INVALID_TIME -> "invalid time (HHMM expected)";
      case IMPLEMENTATION_INVALID_CODE_VALUE ->
          "code value or qualifier not allowed by the implementation guide here";
      case IMPLEMENTATION_PATTERN_MATCH_FAILURE -> "value does not match the required pattern";
      case CONTROL_REFERENCE_MISMATCH -> "control number does not match its header";
      case CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT -> "control count does not match actual count";
      default -> type.name().toLowerCase().replace('_', ' ');
    };
  }
}

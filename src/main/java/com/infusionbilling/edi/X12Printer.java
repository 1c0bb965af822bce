package com.infusionbilling.edi;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints an X12 file as readable loops and segments, indented by nesting, with the validation
 * report at the end. The output shows the file's contents, PHI included: it is for support staff
 * looking at a file they are allowed to see.
 */
public final class X12Printer {

  private final X12Schemas schemas;

  public X12Printer(X12Schemas schemas) {
    this.schemas = schemas;
  }

  public X12Printer() {
    this(X12Schemas.get());
  }

  /** Prints the file and returns its validation report. */
  public X12ValidationReport print(InputStream in, PrintWriter out) {
    var collected = new java.util.ArrayList<X12Error>();
    var sets = new java.util.ArrayList<X12ValidationReport.TransactionSet>();
    X12SegmentReader.Handler handler =
        new X12SegmentReader.Handler() {
          String isa13;
          String gs06;
          String version;

          @Override
          public void startInterchange(X12Segment isa) {
            isa13 = isa.get(13);
            out.println(isa.toText());
          }

          @Override
          public void startGroup(X12Segment gs) {
            gs06 = gs.get(6);
            version = gs.get(8);
            out.println("  " + gs.toText());
          }

          @Override
          public void startTransaction(X12Transaction transaction, X12Segment st) {
            String name = transaction == null ? "unsupported" : transaction.name();
            out.println("    " + st.toText() + "    (" + name + ")");
          }

          @Override
          public void startLoop(String loop, int depth) {
            out.println("      " + "  ".repeat(depth - 1) + "[" + loop + "]");
          }

          @Override
          public void segment(X12Segment segment, String loop, int depth) {
            out.println("      " + "  ".repeat(depth) + segment.toText());
          }

          @Override
          public void endTransaction(X12Segment se, List<X12Error> errors) {
            out.println(
                "    "
                    + se.toText()
                    + (errors.isEmpty() ? "" : "    <- " + errors.size() + " error(s)"));
            sets.add(
                new X12ValidationReport.TransactionSet(
                    isa13, gs06, null, se.get(2), version, errors.isEmpty()));
            collected.addAll(errors);
          }

          @Override
          public void endGroup(X12Segment ge) {
            out.println("  " + ge.toText());
          }

          @Override
          public void endInterchange(X12Segment iea) {
            out.println(iea.toText());
          }
        };
    collected.addAll(new X12SegmentReader(schemas).read(in, handler));
    X12ValidationReport report = new X12ValidationReport(sets, collected);
    out.println();
    out.print(report.describe());
    out.flush();
    return report;
  }
}

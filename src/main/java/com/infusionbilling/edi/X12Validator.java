package com.infusionbilling.edi;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates a whole X12 file (envelopes, control numbers and counts, and each transaction set
 * against its implementation schema) in one streaming pass, building no typed objects.
 */
public final class X12Validator {

  private final X12Schemas schemas;

  public X12Validator(X12Schemas schemas) {
    this.schemas = schemas;
  }

  public X12Validator() {
    this(X12Schemas.get());
  }

  public X12ValidationReport validate(InputStream in) {
    List<X12Error> errors = new ArrayList<>();
    List<X12ValidationReport.TransactionSet> sets = new ArrayList<>();
    X12SegmentReader.Handler handler =
        new X12SegmentReader.Handler() {
          String isa13;
          String gs06;
          String st01;
          String st03;

          @Override
          public void startInterchange(X12Segment isa) {
            isa13 = isa.get(13);
          }

          @Override
          public void startGroup(X12Segment gs) {
            gs06 = gs.get(6);
            st03 = gs.get(8);
          }

          @Override
          public void startTransaction(X12Transaction transaction, X12Segment st) {
            st01 = st.get(1);
          }

          @Override
          public void endTransaction(X12Segment se, List<X12Error> txErrors) {
            sets.add(
                new X12ValidationReport.TransactionSet(
                    isa13, gs06, st01, se.get(2), st03, txErrors.isEmpty()));
            errors.addAll(txErrors);
          }
        };
    List<X12Error> fileErrors = new X12SegmentReader(schemas).read(in, handler);
    errors.addAll(fileErrors);
    return new X12ValidationReport(sets, errors);
  }
}

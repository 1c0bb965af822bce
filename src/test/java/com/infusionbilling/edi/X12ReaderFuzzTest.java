package com.infusionbilling.edi;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/**
 * Fuzzing the X12 readers (issue 19, docs/reliability.md): whatever bytes a clearinghouse sends,
 * the reader either hands on the transaction sets (270, 271, 277CA, 278, 835, 837I/P, 999 each have
 * a seed in {@code X12ReaderFuzzTestInputs}) or rejects the file with an {@link
 * X12ValidationException}; the validator always answers with a report. Any other exception, a hang
 * or a crash is a finding. In a normal test run only the seeds (and regression inputs) run; {@code
 * JAZZER_FUZZ=1} fuzzes for {@code maxDuration}.
 */
class X12ReaderFuzzTest {
  private static final X12Reader READER = new X12Reader();
  private static final X12Validator VALIDATOR = new X12Validator();

  @FuzzTest(maxDuration = "5m")
  void readsOrRejects(byte[] file) {
    try {
      READER.readAll(new ByteArrayInputStream(file));
    } catch (X12ValidationException rejected) {
      // a clear refusal naming segment, loop and element: what the inbound poller quarantines
    }
  }

  @FuzzTest(maxDuration = "5m")
  void validatorAlwaysReports(byte[] file) {
    VALIDATOR.validate(new ByteArrayInputStream(file));
  }
}

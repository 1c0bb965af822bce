package com.infusionbilling.edi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.infusionbilling.edi.model.X12Message;
import com.infusionbilling.testing.X12Samples;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Malformed files each give a clear error (segment position, loop, element, reason) and hand on
 * nothing of the invalid transaction set.
 */
class X12MalformedInputTest {

  private static InputStream file(String name) {
    return X12MalformedInputTest.class.getResourceAsStream("/x12/malformed/" + name);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "bad-isa.x12|segment 1 ISA: invalid ISA interchange header",
        "wrong-se-count.x12|transaction 0001, segment 67 SE, element SE01: control count does not match actual count [CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT] value '65'",
        "wrong-ge-count.x12|segment 70 GE, element GE01: control count does not match actual count [CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT] value '2'",
        "wrong-iea-count.x12|segment 71 IEA, element IEA01: control count does not match actual count",
        "wrong-iea-control-number.x12|segment 71 IEA, element IEA02: control number does not match its header [CONTROL_REFERENCE_MISMATCH] value '000000009'",
        "unknown-qualifier.x12|transaction 0001, segment 18 NM1 in loop 2010BB, element NM108: code value or qualifier not allowed by the implementation guide here [IMPLEMENTATION_INVALID_CODE_VALUE] value 'ZZ'",
        "truncated.x12|transaction 0001, segment 37 SV1 in loop 2400, element SV101: EDIE005 - Unexpected end of stream",
      })
  void eachMalformedFileGivesAClearError(String name, String expected) {
    X12ValidationReport report = new X12Validator().validate(file(name));

    assertThat(report.valid()).isFalse();
    assertThat(report.errors())
        .extracting(X12Error::describe)
        .anySatisfy(d -> assertThat(d).startsWith(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"bad-isa.x12", "wrong-se-count.x12", "unknown-qualifier.x12", "truncated.x12"})
  void nothingOfAnInvalidTransactionSetIsHandedOn(String name) {
    List<X12Message> delivered = new ArrayList<>();

    assertThatThrownBy(() -> new X12Reader().read(file(name), (env, m) -> delivered.add(m)))
        .isInstanceOf(X12ValidationException.class);
    assertThat(delivered).isEmpty();
  }

  @Test
  void envelopeErrorsAfterValidTransactionSetsStillFailTheWholeFileRead() {
    // the transaction set is fine but GE01 is wrong: readAll is all-or-nothing
    assertThatThrownBy(() -> new X12Reader().readAll(file("wrong-ge-count.x12")))
        .isInstanceOf(X12ValidationException.class)
        .hasMessageContaining("GE01");
  }

  @Test
  void unsupportedTransactionSetIsReportedNotSilentlySkipped() {
    String purchaseOrder =
        "ISA*00*          *00*          *ZZ*A              *ZZ*B              *260115*1200*^*00501*000000001*0*T*:~"
            + "GS*PO*A*B*20260115*1200*1*X*005010~ST*850*0001~BEG*00*SA*1**20260115~SE*3*0001~GE*1*1~IEA*1*000000001~";
    X12ValidationReport report =
        new X12Validator()
            .validate(new ByteArrayInputStream(purchaseOrder.getBytes(StandardCharsets.US_ASCII)));

    assertThat(report.valid()).isFalse();
    assertThat(report.errors().get(0).code()).isEqualTo("UNSUPPORTED_TRANSACTION");
  }

  @Test
  void notX12AtAll() {
    X12ValidationReport report =
        new X12Validator()
            .validate(new ByteArrayInputStream("hello, world".getBytes(StandardCharsets.US_ASCII)));

    assertThat(report.valid()).isFalse();
    assertThat(report.errors().get(0).segmentId()).isEqualTo("ISA");
  }

  @Test
  void writerRefusesAnInvalidDocumentWithLoopAndElement() {
    var bad =
        X12Samples.infliximabOfficeClaim("PCN" + "X".repeat(40), X12Samples.JANE); // CLM01 max 38

    assertThatThrownBy(
            () -> X12Samples.writer().write(X12Samples.PROVIDER_TO_CLEARINGHOUSE, List.of(bad)))
        .isInstanceOf(X12ValidationException.class)
        .hasMessageContaining("CLM in loop 2300, element CLM01: value too long");
  }
}

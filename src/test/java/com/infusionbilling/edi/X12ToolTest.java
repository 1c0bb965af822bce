package com.infusionbilling.edi;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.edi.cli.X12Tool;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The command-line validator prints loops and segments and exits 0 (valid) or 1 (invalid). */
class X12ToolTest {

  private static String path(String resource) throws URISyntaxException {
    return Path.of(X12ToolTest.class.getResource(resource).toURI()).toString();
  }

  @Test
  void printShowsLoopsAndSegmentsOfAValidFile() throws Exception {
    StringWriter out = new StringWriter();
    int code =
        X12Tool.run(
            new String[] {"print", path("/x12/golden/837P-infusion.x12")}, new PrintWriter(out));

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("ST*837*0001*005010X222A1    (PROFESSIONAL_CLAIM_837P)")
        .contains("[2010AA]")
        .contains("[2410]")
        .contains("LIN**N4*57894003001")
        .contains("VALID: 1 transaction set(s), 0 error(s)");
  }

  @Test
  void validateReportsErrorsAndExitsOne() throws Exception {
    StringWriter out = new StringWriter();
    int code =
        X12Tool.run(
            new String[] {
              "validate",
              path("/x12/malformed/unknown-qualifier.x12"),
              path("/x12/golden/837I-infusion.x12")
            },
            new PrintWriter(out));

    assertThat(code).isEqualTo(1);
    assertThat(out.toString())
        .contains("unknown-qualifier.x12: INVALID")
        .contains("NM1 in loop 2010BB, element NM108")
        .contains("837I-infusion.x12: VALID");
  }

  @Test
  void usage() {
    StringWriter out = new StringWriter();
    assertThat(X12Tool.run(new String[] {"frobnicate"}, new PrintWriter(out))).isEqualTo(2);
    assertThat(out.toString()).startsWith("usage:");
  }
}

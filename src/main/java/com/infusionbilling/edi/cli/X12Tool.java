package com.infusionbilling.edi.cli;

import com.infusionbilling.edi.X12Printer;
import com.infusionbilling.edi.X12ValidationReport;
import com.infusionbilling.edi.X12Validator;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Command-line X12 validator and pretty-printer (no Spring context, no database):
 *
 * <pre>
 *   x12 validate FILE...   validate each file against the schemas; exit 1 if any is invalid
 *   x12 print FILE         print loops and segments, then the validation report
 * </pre>
 *
 * See docs/x12.md for how to run it from the built jar.
 */
public final class X12Tool {

  /** StAEDI logs every unused schema type at INFO (java.util.logging); keep the console clean. */
  private static final java.util.logging.Logger STAEDI_LOG = quiet();

  private static java.util.logging.Logger quiet() {
    java.util.logging.Logger l = java.util.logging.Logger.getLogger("io.xlate");
    l.setLevel(java.util.logging.Level.WARNING);
    return l;
  }

  private X12Tool() {}

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    int status = run(args, out);
    out.flush();
    System.exit(status);
  }

  /** Runs the tool; returns the process exit code (0 valid, 1 invalid, 2 usage or I/O error). */
  public static int run(String[] args, PrintWriter out) {
    if (args.length < 2 || !(args[0].equals("validate") || args[0].equals("print"))) {
      out.println("usage: x12 validate FILE...   |   x12 print FILE");
      return 2;
    }
    boolean allValid = true;
    for (int i = 1; i < args.length; i++) {
      Path file = Path.of(args[i]);
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
        X12ValidationReport report;
        if (args[0].equals("print")) {
          report = new X12Printer().print(in, out);
        } else {
          report = new X12Validator().validate(in);
          out.print(file.getFileName() + ": " + report.describe());
        }
        allValid &= report.valid();
      } catch (IOException e) {
        out.println(file + ": cannot read: " + e.getMessage());
        return 2;
      }
    }
    out.flush();
    return allValid ? 0 : 1;
  }
}

package com.infusionbilling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every benchmark command of {@code docs/benchmarks.md} still runs: each benchmark class the
 * document names is started as its command starts it (a JVM of its own on the test class path, with
 * the command's JVM options), at a tiny size, and must finish and print its figures. Numbers are
 * never asserted (benchmarks are commands, not timed tests); a benchmark that no longer starts,
 * fails on its own input or is no longer where the document says makes the build fail.
 */
class BenchmarkCommandsTest {
  static final Path DOC = Path.of("docs/benchmarks.md");

  /** Class, tiny arguments, and a line its output must contain. */
  static Stream<Arguments> benchmarks() {
    return Stream.of(
        Arguments.of(
            "com.infusionbilling.billing.preview.BillingEngineBenchmark",
            List.of("200", "1"),
            "encounters"),
        Arguments.of("com.infusionbilling.edi.X12Benchmark", List.of("1", "20", "1"), "837P write"),
        Arguments.of(
            "com.infusionbilling.runtime.benchmark.RuntimeBenchmark",
            List.of("--instances", "10", "--warmup", "3", "--db", "h2", "--in-flight", "4"),
            "completed tasks/s"),
        Arguments.of(
            "com.infusionbilling.runtime.benchmark.SearchHistoryBenchmark",
            List.of(
                "--sizes", "200", "--db", "h2", "--open", "10", "--warmup", "5", "--samples", "10"),
            "check: instances with episodeId"),
        Arguments.of(
            "com.infusionbilling.worklist.WorklistBenchmark",
            List.of("20", "10", "2"),
            "dashboard"),
        Arguments.of(
            "com.infusionbilling.reports.ReportsBenchmark",
            List.of("300", "60", "2"),
            "drug economics"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("benchmarks")
  void theDocumentedCommandRunsAtATinySize(String benchmark, List<String> args, String prints)
      throws Exception {
    String doc = Files.readString(DOC);
    String documented = documentedCommand(doc, benchmark);
    assertThat(documented)
        .as(
            "the command for %s is one line that compiles the tests and skips the front end (whose"
                + " node build would otherwise receive -Dexec.args)",
            benchmark)
        .startsWith("./mvnw ")
        .contains(" -Dfrontend.skip ", " test-compile ");
    List<String> jvmOptions = documentedJvmOptions(documented, benchmark);

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(benchmark);
    command.addAll(args);
    Path log = Files.createTempFile("benchmark-", ".log");
    Process run =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean finished = run.waitFor(10, TimeUnit.MINUTES);
    if (!finished) {
      run.destroyForcibly().waitFor();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(finished).as(benchmark + " finished; output:\n" + output).isTrue();
    assertThat(run.exitValue()).as(benchmark + " exit code; output:\n" + output).isZero();
    assertThat(output).as(benchmark + " prints its figures").contains(prints);
  }

  /**
   * The one line of the document that runs this benchmark (a copy-and-paste command, no line
   * continuations); fails when the document has none.
   */
  static String documentedCommand(String doc, String benchmark) {
    return doc.lines()
        .filter(line -> line.startsWith("./mvnw ") && line.contains(benchmark))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "docs/benchmarks.md has no one-line ./mvnw command for " + benchmark));
  }

  /**
   * The JVM options of the document's command for this class (the {@code -X...} options before
   * {@code -cp %classpath} in {@code -Dexec.args}); fails when the document has no command for it.
   */
  static List<String> documentedJvmOptions(String doc, String benchmark) throws IOException {
    Matcher exec =
        Pattern.compile("-Dexec\\.args=\"([^\"]*)-cp %classpath " + Pattern.quote(benchmark))
            .matcher(doc);
    if (exec.find()) {
      return List.of(exec.group(1).trim().split("\\s+")).stream()
          .filter(o -> !o.isEmpty())
          .toList();
    }
    assertThat(doc)
        .as("docs/benchmarks.md has a command for " + benchmark)
        .contains("-Dexec.mainClass=" + benchmark);
    return List.of();
  }
}

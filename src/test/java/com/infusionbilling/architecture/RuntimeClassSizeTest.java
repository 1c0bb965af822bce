package com.infusionbilling.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No class of the embedded runtime grows into a god class (issue 13: "no runtime class is over 500
 * lines"). A file over the limit holds more than one responsibility: split it along one (an element
 * family, an aggregate, a command family, a family of gRPC calls), not at an arbitrary line.
 */
class RuntimeClassSizeTest {

  static final Path RUNTIME = Path.of("src/main/java/com/infusionbilling/runtime");
  static final int MAX_LINES = 500;

  @Test
  void noRuntimeClassIsOver500Lines() throws IOException {
    Map<String, Integer> tooLong = new TreeMap<>();
    List<Path> sources;
    try (Stream<Path> files = Files.walk(RUNTIME)) {
      sources = files.filter(f -> f.toString().endsWith(".java")).toList();
    }
    assertThat(sources).as("runtime sources under %s", RUNTIME).isNotEmpty();
    for (Path source : sources) {
      int lines = lineCount(source);
      if (lines > MAX_LINES) {
        tooLong.put(source.toString(), lines);
      }
    }
    assertThat(tooLong)
        .as("runtime classes over %d lines (file → lines); split them by responsibility", MAX_LINES)
        .isEmpty();
  }

  private static int lineCount(Path source) {
    try (Stream<String> lines = Files.lines(source)) {
      return (int) lines.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

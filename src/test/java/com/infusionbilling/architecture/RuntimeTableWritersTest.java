package com.infusionbilling.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each {@code rt_*} table of the embedded runtime has exactly one writer (issue 13: "one repository
 * per aggregate owns each rt_* table"): the SQL that inserts, updates or deletes its rows stands in
 * one class (the runtime writes its SQL keywords in capitals). Reads may come from anywhere inside
 * the runtime. The cluster purge ({@code ClusterManagement}), which empties every table by name, is
 * the one deliberate exception and names no table in its SQL.
 */
class RuntimeTableWritersTest {

  static final Path RUNTIME = Path.of("src/main/java/com/infusionbilling/runtime");

  static final Pattern WRITE =
      Pattern.compile(
          "\\b(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|MERGE\\s+INTO|REPLACE\\s+INTO)\\s+(rt_[a-z_]+)");

  @Test
  void everyRuntimeTableHasExactlyOneWriter() throws IOException {
    Map<String, Set<String>> writers = new TreeMap<>();
    List<Path> sources;
    try (Stream<Path> files = Files.walk(RUNTIME)) {
      sources = files.filter(f -> f.toString().endsWith(".java")).toList();
    }
    for (Path source : sources) {
      Matcher matcher = WRITE.matcher(read(source));
      while (matcher.find()) {
        writers
            .computeIfAbsent(matcher.group(1).toLowerCase(), t -> new TreeSet<>())
            .add(RUNTIME.relativize(source).toString());
      }
    }
    assertThat(writers).as("rt_* tables and the classes whose SQL writes them").isNotEmpty();
    Map<String, Set<String>> shared = new TreeMap<>();
    writers.forEach(
        (table, classes) -> {
          if (classes.size() > 1) {
            shared.put(table, classes);
          }
        });
    assertThat(shared)
        .as(
            "rt_* tables written by more than one class (table → writers); route the writes"
                + " through the table's one repository")
        .isEmpty();
  }

  private static String read(Path source) {
    try {
      return Files.readString(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

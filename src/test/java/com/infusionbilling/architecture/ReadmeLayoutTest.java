package com.infusionbilling.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README's layout table names every package of the application and every docs page. */
class ReadmeLayoutTest {

  static String layout() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("## Layout");
    assertThat(start).as("README has a Layout section").isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    return end < 0 ? readme.substring(start) : readme.substring(start, end);
  }

  @Test
  void everyTopLevelPackageIsInTheLayoutTable() throws IOException {
    String layout = layout();
    List<String> packages;
    try (Stream<Path> dirs = Files.list(Path.of("src/main/java/com/infusionbilling"))) {
      packages =
          dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(packages).isNotEmpty();
    for (String pkg : packages) {
      assertThat(
              layout.contains("…/" + pkg + "/") || layout.contains("infusionbilling/" + pkg + "/"))
          .as("README layout names package " + pkg + "/ (add a row for it)")
          .isTrue();
    }
  }

  @Test
  void everyDocsPageIsLinkedFromTheLayoutTable() throws IOException {
    String layout = layout();
    try (Stream<Path> docs = Files.list(Path.of("docs"))) {
      for (Path page : docs.filter(p -> p.toString().endsWith(".md")).toList()) {
        assertThat(layout).as("README layout links " + page).contains("(" + page + ")");
      }
    }
  }
}

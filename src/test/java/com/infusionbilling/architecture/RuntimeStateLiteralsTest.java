package com.infusionbilling.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A runtime state is spelled in its enum only (issue 13: "states are enums"): the runtime's SQL
 * renders states from the enums ({@code state.SqlStates}) instead of quoting their names, so that
 * renaming or adding a state cannot leave a statement behind. The test looks for a state name in
 * single quotes, as SQL writes a literal, anywhere in the runtime's sources.
 */
class RuntimeStateLiteralsTest {

  static final Path RUNTIME = RuntimeTableWritersTest.RUNTIME;

  /** The enums whose names the runtime's {@code state} (and {@code lifecycle}) columns hold. */
  static final List<String> STATE_ENUMS =
      List.of(
          "com.infusionbilling.runtime.engine.ProcessInstanceState",
          "com.infusionbilling.runtime.engine.ElementInstanceState",
          "com.infusionbilling.runtime.engine.Lifecycle",
          "com.infusionbilling.runtime.engine.JobState",
          "com.infusionbilling.runtime.engine.IncidentState",
          "com.infusionbilling.runtime.engine.UserTaskState",
          "com.infusionbilling.runtime.engine.SubscriptionState",
          "com.infusionbilling.runtime.engine.TimerState",
          "com.infusionbilling.runtime.engine.Compensations$State");

  /** Files still allowed a quoted state, each with why: none. */
  static final Map<String, String> PENDING = Map.of();

  @Test
  void noRuntimeSqlQuotesAStateName() throws IOException {
    Pattern literal = stateLiteral();
    Map<String, Set<String>> found = new TreeMap<>();
    List<Path> sources;
    try (Stream<Path> files = Files.walk(RUNTIME)) {
      sources = files.filter(f -> f.toString().endsWith(".java")).toList();
    }
    assertThat(sources).isNotEmpty();
    for (Path source : sources) {
      Matcher matcher = literal.matcher(read(source));
      while (matcher.find()) {
        found
            .computeIfAbsent(RUNTIME.relativize(source).toString(), f -> new TreeSet<>())
            .add(matcher.group());
      }
    }
    assertThat(found.keySet())
        .as(
            "files whose SQL quotes a state name (file → literals: %s); render it with"
                + " SqlStates.of(TheState.NAME) instead",
            found)
        .containsExactlyInAnyOrderElementsOf(PENDING.keySet());
  }

  @Test
  void theLiteralPatternFindsAQuotedStateOfEveryEnum() throws ClassNotFoundException {
    Pattern literal = stateLiteral();
    assertThat(literal.matcher("SELECT 1 FROM rt_job WHERE state = 'TIMED_OUT'").find()).isTrue();
    assertThat(literal.matcher("WHERE state IN ('CREATED', 'TRIGGERED')").find()).isTrue();
    assertThat(literal.matcher("WHERE kind = 'MESSAGE' AND state = ?").find()).isFalse();
    assertThat(literal.matcher("WHERE state = 'ACTIVE_X'").find()).isFalse();
    for (String name : STATE_ENUMS) {
      Object[] states = Class.forName(name).getEnumConstants();
      assertThat(states).as(name).isNotEmpty();
      assertThat(literal.matcher("'" + states[0] + "'").find()).as(name).isTrue();
    }
  }

  private static Pattern stateLiteral() {
    Set<String> names = new TreeSet<>();
    for (String name : STATE_ENUMS) {
      try {
        Arrays.stream(Class.forName(name).getEnumConstants())
            .map(state -> ((Enum<?>) state).name())
            .forEach(names::add);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("state enum " + name + " moved: update this test", e);
      }
    }
    return Pattern.compile(
        names.stream().map(Pattern::quote).collect(Collectors.joining("|", "'(?:", ")'")));
  }

  private static String read(Path source) {
    try {
      return Files.readString(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package com.infusionbilling.runtime.state;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * States as SQL literals, rendered from their enums, so that a state's spelling lives in its enum
 * only ({@code RuntimeStateLiteralsTest} refuses a quoted state name in the runtime's SQL): {@code
 * "... AND state = " + SqlStates.of(IncidentState.ACTIVE)} compares with the quoted name of {@code
 * IncidentState.ACTIVE}, and {@code SqlStates.of(JobState.COMPLETED, JobState.CANCELED)} gives both
 * names, quoted and separated by a comma, for an {@code IN} list. An enum's name is an identifier,
 * so it never needs escaping.
 */
public final class SqlStates {

  private SqlStates() {}

  /** The states' names, each quoted, separated by commas. */
  public static String of(Enum<?>... states) {
    if (states.length == 0) {
      throw new IllegalArgumentException("at least one state");
    }
    return Arrays.stream(states).map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));
  }
}

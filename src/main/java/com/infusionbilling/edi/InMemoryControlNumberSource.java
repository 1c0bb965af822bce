package com.infusionbilling.edi;

import java.util.EnumMap;
import java.util.Map;

/**
 * Control numbers kept in memory. Only for unit tests, benchmarks and the command-line tools that
 * write nothing to a mailbox; the application always uses {@link JdbcControlNumberSource}.
 */
public final class InMemoryControlNumberSource implements ControlNumberSource {

  private final Map<ControlNumberKind, Long> next = new EnumMap<>(ControlNumberKind.class);

  @Override
  public synchronized long allocate(ControlNumberKind kind, int count) {
    long start = next.getOrDefault(kind, 1L);
    if (start + count - 1 > JdbcControlNumberSource.MAX) {
      start = 1;
    }
    next.put(kind, start + count);
    return start;
  }
}

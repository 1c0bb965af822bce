package com.infusionbilling.runtime.testing;

import com.infusionbilling.runtime.EmbeddedRuntime;
import com.infusionbilling.runtime.RuntimeProperties;
import java.time.Duration;

/**
 * The embedded runtime shared by every test of a JVM: REST on 8088 and gRPC on 26500, as Camunda
 * Process Test's remote-mode configuration expects, on the database named by {@code TEST_DB_URL}
 * (MariaDB in CI) or an in-memory H2 database.
 */
public final class TestRuntime {

  public static final String DEFAULT_URL =
      "jdbc:h2:mem:ibw;MODE=MySQL;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";

  private static EmbeddedRuntime runtime;

  private TestRuntime() {}

  public static synchronized EmbeddedRuntime get() {
    if (runtime == null) {
      runtime = EmbeddedRuntime.acquire(properties(8088, 26500));
    }
    return runtime;
  }

  public static synchronized void release() {
    if (runtime != null) {
      runtime.close();
      runtime = null;
    }
  }

  /** Settings for the test database, with the given ports (0 = any free port). */
  public static RuntimeProperties properties(int restPort, int grpcPort) {
    return new RuntimeProperties(
        restPort,
        grpcPort,
        null,
        "127.0.0.1",
        env("TEST_DB_URL", DEFAULT_URL),
        env("TEST_DB_USER", "sa"),
        env("TEST_DB_PASSWORD", ""),
        Duration.ofSeconds(10),
        Duration.ofMillis(100),
        16);
  }

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}

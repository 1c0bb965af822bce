package com.infusionbilling.runtime.testing;

import com.infusionbilling.runtime.EmbeddedRuntime;
import com.infusionbilling.runtime.RuntimeProperties;
import java.time.Duration;

/**
 * The embedded runtime shared by every test of a JVM: REST on 8088 and gRPC on 26500 (or
 * TEST_RUNTIME_REST_PORT / TEST_RUNTIME_GRPC_PORT), as Camunda Process Test's remote-mode
 * configuration expects, on the database named by {@code TEST_DB_URL} (MariaDB in CI) or an
 * in-memory H2 database.
 */
public final class TestRuntime {

  public static final String DEFAULT_URL =
      "jdbc:h2:mem:ibw;MODE=MySQL;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";

  private static EmbeddedRuntime runtime;

  private TestRuntime() {}

  public static synchronized EmbeddedRuntime get() {
    if (runtime == null) {
      runtime = EmbeddedRuntime.acquire(properties(restPort(), grpcPort()));
    }
    return runtime;
  }

  public static synchronized void release() {
    if (runtime != null) {
      runtime.close();
      runtime = null;
    }
  }

  /** 8088 unless TEST_RUNTIME_REST_PORT says otherwise (parallel builds on one machine). */
  public static int restPort() {
    return Integer.parseInt(env("TEST_RUNTIME_REST_PORT", "8088"));
  }

  /** 26500 unless TEST_RUNTIME_GRPC_PORT says otherwise. */
  public static int grpcPort() {
    return Integer.parseInt(env("TEST_RUNTIME_GRPC_PORT", "26500"));
  }

  /**
   * Settings for the test database, with the given ports (0 = any free port). Authentication is
   * off, explicitly: Camunda Process Test's remote clients and the tests' own clients connect
   * without credentials (the application's default, credentials required, is tested on its own
   * runtime by EmbeddedRuntimeAuthDefaultTest). Multi-tenancy is on, for Camunda's example
   * MultiTenancyTest; requests without a tenant stay in {@code <default>} as before.
   */
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
            16)
        .withAuth(RuntimeProperties.BasicAuth.NONE)
        .withMultiTenancy(true);
  }

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}

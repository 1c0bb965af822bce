package com.infusionbilling.runtime;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the embedded runtime on its own, without the billing application:
 *
 * <pre>
 * java -cp target/classes:... com.infusionbilling.runtime.RuntimeMain
 * </pre>
 *
 * Configuration by system properties or environment variables: {@code RUNTIME_JDBC_URL} (default an
 * H2 file database under ./data), {@code RUNTIME_JDBC_USER}, {@code RUNTIME_JDBC_PASSWORD}, {@code
 * RUNTIME_REST_PORT} (8088), {@code RUNTIME_GRPC_PORT} (26500), {@code RUNTIME_BIND_ADDRESS}
 * (127.0.0.1), {@code RUNTIME_AUTH_USERNAME} and {@code RUNTIME_AUTH_PASSWORD} (HTTP basic auth on
 * REST and gRPC when both are set).
 */
public final class RuntimeMain {
  private RuntimeMain() {}

  public static void main(String[] args) throws InterruptedException {
    RuntimeProperties properties =
        new RuntimeProperties(
            Integer.parseInt(setting("RUNTIME_REST_PORT", "8088")),
            Integer.parseInt(setting("RUNTIME_GRPC_PORT", "26500")),
            null,
            setting("RUNTIME_BIND_ADDRESS", "127.0.0.1"),
            setting(
                "RUNTIME_JDBC_URL",
                "jdbc:h2:file:./data/runtime;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE"),
            setting("RUNTIME_JDBC_USER", "sa"),
            setting("RUNTIME_JDBC_PASSWORD", ""),
            null,
            null,
            0,
            new RuntimeProperties.BasicAuth(
                setting("RUNTIME_AUTH_USERNAME", ""), setting("RUNTIME_AUTH_PASSWORD", "")));
    EmbeddedRuntime runtime = EmbeddedRuntime.start(properties);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  runtime.close();
                  stopped.countDown();
                }));
    stopped.await();
  }

  private static String setting(String name, String fallback) {
    String value = System.getProperty(name, System.getenv(name));
    return value == null || value.isBlank() ? fallback : value;
  }
}

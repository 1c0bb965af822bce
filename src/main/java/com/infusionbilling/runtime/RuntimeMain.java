package com.infusionbilling.runtime;

import com.infusionbilling.runtime.auth.GeneratedSecret;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * (127.0.0.1), {@code RUNTIME_TIMER_POLL_INTERVAL} (an ISO 8601 duration, PT0.2S), {@code
 * RUNTIME_AUTH_USERNAME} and {@code RUNTIME_AUTH_PASSWORD} (HTTP basic auth on REST and gRPC).
 * Without them a password is generated into {@code RUNTIME_AUTH_SECRET_FILE} (default
 * ./data/runtime.secret, readable by this user only; user name {@code infusion-billing}), as the
 * application does; {@code RUNTIME_AUTH_ENABLED=false} switches authentication off, with a warning.
 * {@code RUNTIME_MULTI_TENANCY_ENABLED=true} lets requests name tenants created with {@code POST
 * /v2/tenants}.
 */
public final class RuntimeMain {
  private static final Logger LOG = LoggerFactory.getLogger(RuntimeMain.class);

  private RuntimeMain() {}

  public static void main(String[] args) throws InterruptedException {
    RuntimeProperties properties =
        new RuntimeProperties(
            Integer.parseInt(
                setting("RUNTIME_REST_PORT", String.valueOf(RuntimeProperties.DEFAULT_REST_PORT))),
            Integer.parseInt(
                setting("RUNTIME_GRPC_PORT", String.valueOf(RuntimeProperties.DEFAULT_GRPC_PORT))),
            null,
            setting("RUNTIME_BIND_ADDRESS", RuntimeProperties.DEFAULT_BIND_ADDRESS),
            setting(
                "RUNTIME_JDBC_URL",
                "jdbc:h2:file:./data/runtime;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE"),
            setting("RUNTIME_JDBC_USER", "sa"),
            setting("RUNTIME_JDBC_PASSWORD", ""),
            null,
            java.time.Duration.parse(
                setting(
                    "RUNTIME_TIMER_POLL_INTERVAL",
                    RuntimeProperties.DEFAULT_JOB_SWEEP_INTERVAL.toString())),
            0,
            auth(),
            Boolean.parseBoolean(setting("RUNTIME_MULTI_TENANCY_ENABLED", "false")));
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

  private static RuntimeProperties.BasicAuth auth() {
    if ("false".equalsIgnoreCase(setting("RUNTIME_AUTH_ENABLED", "true"))) {
      LOG.warn(
          "RUNTIME_AUTH_ENABLED=false: the runtime accepts every request without credentials, from"
              + " every user of this machine");
      return RuntimeProperties.BasicAuth.NONE;
    }
    String username = setting("RUNTIME_AUTH_USERNAME", "");
    String password = setting("RUNTIME_AUTH_PASSWORD", "");
    if (!username.isEmpty() && !password.isEmpty()) {
      return new RuntimeProperties.BasicAuth(username, password);
    }
    Path file = Path.of(setting("RUNTIME_AUTH_SECRET_FILE", "./data/runtime.secret"));
    GeneratedSecret.Secret secret = GeneratedSecret.readOrCreate(file);
    LOG.info(
        "Basic auth on: user {}, password in {} (readable by this user only)",
        GeneratedSecret.USERNAME,
        file.toAbsolutePath());
    return new RuntimeProperties.BasicAuth(GeneratedSecret.USERNAME, secret.password());
  }

  private static String setting(String name, String fallback) {
    String value = System.getProperty(name, System.getenv(name));
    return value == null || value.isBlank() ? fallback : value;
  }
}

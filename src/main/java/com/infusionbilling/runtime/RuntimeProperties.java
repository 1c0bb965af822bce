package com.infusionbilling.runtime;

import java.time.Duration;

/**
 * Settings of the embedded runtime ({@code runtime.embedded.*} in the application's configuration).
 * Ports may be 0 to pick free ones (tests).
 *
 * @param restPort REST API v2 and management endpoints (Camunda's compose maps 8088)
 * @param grpcPort Zeebe gRPC gateway (26500)
 * @param monitoringPort optional separate port for /actuator/clock and /actuator/cluster; null
 *     serves them on the REST port
 * @param bindAddress interface to listen on; 127.0.0.1 keeps the engine private to this host
 * @param jdbcUrl database of the runtime's tables (the app's database by default)
 * @param longPollingTimeout how long an activation request with requestTimeout 0 waits for jobs
 * @param jobSweepInterval how often due timers fire and expired job timeouts and back-offs are
 *     swept ({@code runtime.embedded.timer-poll-interval}); the clock moving fires timers at once
 * @param auth HTTP basic credentials every REST request and gRPC call must carry; null or {@link
 *     BasicAuth#NONE} leaves the runtime open (it binds to 127.0.0.1 by default)
 * @param multiTenancy whether requests may name tenants ({@code
 *     runtime.embedded.multi-tenancy-enabled}); off, everything is in {@code <default>} and another
 *     tenant id is refused, as Camunda does
 */
public record RuntimeProperties(
    int restPort,
    int grpcPort,
    Integer monitoringPort,
    String bindAddress,
    String jdbcUrl,
    String username,
    String password,
    Duration longPollingTimeout,
    Duration jobSweepInterval,
    int maxPoolSize,
    BasicAuth auth,
    boolean multiTenancy) {

  public static final String VERSION = "8.8.14";

  /**
   * The defaults, in one place: the Spring settings and {@link RuntimeMain} leave them to these.
   */
  public static final int DEFAULT_REST_PORT = 8088;

  public static final int DEFAULT_GRPC_PORT = 26500;
  public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
  public static final Duration DEFAULT_LONG_POLLING_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_JOB_SWEEP_INTERVAL = Duration.ofMillis(200);
  public static final int DEFAULT_MAX_POOL_SIZE = 16;

  public RuntimeProperties {
    if (jdbcUrl == null || jdbcUrl.isBlank()) {
      throw new IllegalArgumentException("runtime.embedded: a JDBC URL is required");
    }
    bindAddress = bindAddress == null || bindAddress.isBlank() ? DEFAULT_BIND_ADDRESS : bindAddress;
    longPollingTimeout =
        longPollingTimeout == null ? DEFAULT_LONG_POLLING_TIMEOUT : longPollingTimeout;
    jobSweepInterval = jobSweepInterval == null ? DEFAULT_JOB_SWEEP_INTERVAL : jobSweepInterval;
    if (jobSweepInterval.isNegative() || jobSweepInterval.isZero()) {
      throw new IllegalArgumentException(
          "runtime.embedded.timer-poll-interval must be positive, but was " + jobSweepInterval);
    }
    maxPoolSize = maxPoolSize <= 0 ? DEFAULT_MAX_POOL_SIZE : maxPoolSize;
    username = username == null ? "" : username;
    password = password == null ? "" : password;
    auth = auth == null ? BasicAuth.NONE : auth;
  }

  /**
   * Settings without authentication and multi-tenancy; {@link #withAuth} and {@link
   * #withMultiTenancy} add them.
   */
  public RuntimeProperties(
      int restPort,
      int grpcPort,
      Integer monitoringPort,
      String bindAddress,
      String jdbcUrl,
      String username,
      String password,
      Duration longPollingTimeout,
      Duration jobSweepInterval,
      int maxPoolSize) {
    this(
        restPort,
        grpcPort,
        monitoringPort,
        bindAddress,
        jdbcUrl,
        username,
        password,
        longPollingTimeout,
        jobSweepInterval,
        maxPoolSize,
        BasicAuth.NONE,
        false);
  }

  /**
   * HTTP basic credentials of the runtime's clients; authentication is on when both are set.
   *
   * @param username the user name clients send
   * @param password the password clients send (never logged; {@link #toString} hides it)
   */
  public record BasicAuth(String username, String password) {
    public static final BasicAuth NONE = new BasicAuth(null, null);

    public BasicAuth {
      username = username == null || username.isEmpty() ? null : username;
      password = password == null || password.isEmpty() ? null : password;
    }

    public boolean enabled() {
      return username != null && password != null;
    }

    @Override
    public String toString() {
      return enabled() ? "BasicAuth[username=" + username + ", password=***]" : "BasicAuth[off]";
    }
  }

  /** Everything but the database password, so these settings can be logged safely. */
  @Override
  public String toString() {
    return "RuntimeProperties[restPort=%d, grpcPort=%d, monitoringPort=%s, bindAddress=%s, jdbcUrl=%s, username=%s, password=***, longPollingTimeout=%s, jobSweepInterval=%s, maxPoolSize=%d, auth=%s, multiTenancy=%s]"
        .formatted(
            restPort,
            grpcPort,
            monitoringPort,
            bindAddress,
            jdbcUrl,
            username,
            longPollingTimeout,
            jobSweepInterval,
            maxPoolSize,
            auth,
            multiTenancy);
  }

  public RuntimeProperties withAuth(BasicAuth basicAuth) {
    return with(basicAuth, multiTenancy);
  }

  public RuntimeProperties withMultiTenancy(boolean enabled) {
    return with(auth, enabled);
  }

  private RuntimeProperties with(BasicAuth basicAuth, boolean tenants) {
    return new RuntimeProperties(
        restPort,
        grpcPort,
        monitoringPort,
        bindAddress,
        jdbcUrl,
        username,
        password,
        longPollingTimeout,
        jobSweepInterval,
        maxPoolSize,
        basicAuth,
        tenants);
  }

  public static RuntimeProperties defaults(String jdbcUrl, String username, String password) {
    return new RuntimeProperties(
        DEFAULT_REST_PORT,
        DEFAULT_GRPC_PORT,
        null,
        DEFAULT_BIND_ADDRESS,
        jdbcUrl,
        username,
        password,
        null,
        null,
        0);
  }
}

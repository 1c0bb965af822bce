package com.infusionbilling.runtime.spring;

import com.infusionbilling.runtime.RuntimeProperties;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code runtime.embedded.*}: the embedded Camunda 8 runtime the application starts by default.
 *
 * @param enabled false when the application talks to a real Camunda 8 cluster
 * @param restPort REST API v2 and management endpoints
 * @param grpcPort Zeebe gRPC gateway
 * @param monitoringPort optional extra port for /actuator/clock and /actuator/cluster
 * @param bindAddress 127.0.0.1 keeps the engine private to this host
 * @param datasource the runtime's database; defaults to the application's spring.datasource
 * @param longPollingTimeout how long job activation waits when the worker sends requestTimeout 0
 * @param timerPollInterval how often due timers fire and jobs whose back-off or timeout ended are
 *     handed to waiting workers, besides every clock move (a shorter interval fires timers closer
 *     to their due date, a longer one queries the database less)
 * @param auth HTTP basic auth on REST and gRPC, on by default (see {@link Auth})
 * @param multiTenancyEnabled whether deployments, instances, jobs and searches may name tenants
 *     (created with {@code POST /v2/tenants}); off by default: everything is in {@code <default>}
 */
@ConfigurationProperties("runtime.embedded")
public record EmbeddedRuntimeSettings(
    @DefaultValue("true") boolean enabled,
    Integer restPort,
    Integer grpcPort,
    Integer monitoringPort,
    String bindAddress,
    Datasource datasource,
    Duration longPollingTimeout,
    Duration timerPollInterval,
    Integer maxPoolSize,
    @DefaultValue Auth auth,
    boolean multiTenancyEnabled) {

  /**
   * What is not set takes {@link RuntimeProperties}' defaults (ports 8088 and 26500, 127.0.0.1, 10
   * s, 200 ms, 16 connections), which are written only there.
   */
  public EmbeddedRuntimeSettings {
    restPort = restPort == null ? RuntimeProperties.DEFAULT_REST_PORT : restPort;
    grpcPort = grpcPort == null ? RuntimeProperties.DEFAULT_GRPC_PORT : grpcPort;
    bindAddress =
        bindAddress == null || bindAddress.isBlank()
            ? RuntimeProperties.DEFAULT_BIND_ADDRESS
            : bindAddress;
    longPollingTimeout =
        longPollingTimeout == null
            ? RuntimeProperties.DEFAULT_LONG_POLLING_TIMEOUT
            : longPollingTimeout;
    timerPollInterval =
        timerPollInterval == null
            ? RuntimeProperties.DEFAULT_JOB_SWEEP_INTERVAL
            : timerPollInterval;
    maxPoolSize = maxPoolSize == null ? RuntimeProperties.DEFAULT_MAX_POOL_SIZE : maxPoolSize;
  }

  public record Datasource(String url, String username, String password) {}

  /**
   * {@code runtime.embedded.auth.*}: every REST request and gRPC call must carry these HTTP basic
   * credentials, and the application's own client sends them ({@link EmbeddedRuntimeClientAuth}).
   * Without a username and password, a password is generated at the first start and kept in {@code
   * secretFile}, readable only by the application's user. {@code enabled: false} leaves the runtime
   * open to every local user, and says so in the log (tests that run it on their own may).
   *
   * @param enabled false to switch authentication off explicitly
   * @param username the user name clients send (with password; otherwise {@code infusion-billing})
   * @param password the password clients send (never logged)
   * @param secretFile where a generated password is kept
   */
  public record Auth(
      @DefaultValue("true") boolean enabled,
      String username,
      String password,
      @DefaultValue("./data/embedded-runtime.secret") String secretFile) {
    @Override
    public String toString() {
      return "Auth[enabled=" + enabled + ", username=" + username + ", password=***]";
    }
  }
}

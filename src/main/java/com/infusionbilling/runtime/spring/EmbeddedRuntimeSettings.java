package com.infusionbilling.runtime.spring;

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
 * @param auth optional HTTP basic auth on REST and gRPC; on when username and password are both set
 */
@ConfigurationProperties("runtime.embedded")
public record EmbeddedRuntimeSettings(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("8088") int restPort,
    @DefaultValue("26500") int grpcPort,
    Integer monitoringPort,
    @DefaultValue("127.0.0.1") String bindAddress,
    Datasource datasource,
    @DefaultValue("10s") Duration longPollingTimeout,
    @DefaultValue("16") int maxPoolSize,
    Auth auth) {

  public record Datasource(String url, String username, String password) {}

  public record Auth(String username, String password) {
    @Override
    public String toString() {
      return "Auth[username=" + username + ", password=***]";
    }
  }
}

package com.infusionbilling.runtime.spring;

import com.infusionbilling.runtime.EmbeddedRuntime;
import com.infusionbilling.runtime.RuntimeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded runtime inside the application (unless {@code runtime.embedded.enabled} is
 * false), before the Camunda client deploys resources and opens job workers. When the test harness
 * or another context of this JVM already runs it on the same port, that one is shared.
 */
@AutoConfiguration(beforeName = "io.camunda.client.spring.configuration.CamundaAutoConfiguration")
@ConditionalOnProperty(
    prefix = "runtime.embedded",
    name = "enabled",
    havingValue = "true",
    matchIfMissing = true)
@EnableConfigurationProperties(EmbeddedRuntimeSettings.class)
public class EmbeddedRuntimeAutoConfiguration {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedRuntimeAutoConfiguration.class);

  @Bean(destroyMethod = "close")
  public EmbeddedRuntime embeddedRuntime(
      EmbeddedRuntimeSettings settings, Environment environment) {
    EmbeddedRuntimeSettings.Datasource db = settings.datasource();
    String url =
        db != null && db.url() != null
            ? db.url()
            : environment.getProperty("spring.datasource.url");
    String user =
        db != null && db.username() != null
            ? db.username()
            : environment.getProperty("spring.datasource.username", "");
    String password =
        db != null && db.password() != null
            ? db.password()
            : environment.getProperty("spring.datasource.password", "");
    return EmbeddedRuntime.acquire(
        new RuntimeProperties(
            settings.restPort(),
            settings.grpcPort(),
            settings.monitoringPort(),
            settings.bindAddress(),
            url,
            user,
            password,
            settings.longPollingTimeout(),
            settings.timerPollInterval(),
            settings.maxPoolSize(),
            basicAuth(settings.auth()),
            settings.multiTenancyEnabled()));
  }

  /**
   * The credentials {@link EmbeddedRuntimeClientAuth} settled on (configured or generated), or none
   * when switched off explicitly, which is logged as a warning.
   */
  static RuntimeProperties.BasicAuth basicAuth(EmbeddedRuntimeSettings.Auth auth) {
    if (!auth.enabled()) {
      LOG.warn(
          "runtime.embedded.auth.enabled=false: the embedded runtime accepts every REST request and"
              + " gRPC call without credentials, from every user of this machine (deploy, complete"
              + " user tasks, move the clock). Use this only for tests.");
      return RuntimeProperties.BasicAuth.NONE;
    }
    RuntimeProperties.BasicAuth basic =
        new RuntimeProperties.BasicAuth(auth.username(), auth.password());
    if (!basic.enabled()) {
      throw new IllegalStateException(
          "runtime.embedded.auth: no credentials (EmbeddedRuntimeClientAuth did not run); set"
              + " runtime.embedded.auth.username and .password, or .enabled=false");
    }
    return basic;
  }
}

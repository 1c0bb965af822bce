package com.infusionbilling.runtime.spring;

import com.infusionbilling.runtime.EmbeddedRuntime;
import com.infusionbilling.runtime.RuntimeProperties;
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
            null,
            settings.maxPoolSize(),
            settings.auth() == null
                ? null
                : new RuntimeProperties.BasicAuth(
                    settings.auth().username(), settings.auth().password())));
  }
}

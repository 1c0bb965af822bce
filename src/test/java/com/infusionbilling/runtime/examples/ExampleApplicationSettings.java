package com.infusionbilling.runtime.examples;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Settings for Camunda's public process test example (io.camunda.*, see its NOTICE.md), which runs
 * unchanged in this project's test JVM against the embedded runtime. The test profile switches the
 * Camunda client's deployments off for the application's own contexts (their tests deploy what they
 * need); the example's application relies on its {@code @Deployment}, so for its contexts they are
 * on again. The example tests' own properties still win.
 */
public class ExampleApplicationSettings implements EnvironmentPostProcessor, Ordered {

  static final String EXAMPLE_APPLICATION = "io.camunda.MySpringBootApplication";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    boolean example =
        application.getAllSources().stream()
            .anyMatch(
                source ->
                    source instanceof Class<?> type && EXAMPLE_APPLICATION.equals(type.getName()));
    if (!example) {
      return;
    }
    MapPropertySource settings =
        new MapPropertySource(
            "camundaProcessTestExample", Map.of("camunda.client.deployment.enabled", "true"));
    String systemEnvironment = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
    if (environment.getPropertySources().contains(systemEnvironment)) {
      // above the configuration files (application-test.yaml), below the tests' own properties
      environment.getPropertySources().addAfter(systemEnvironment, settings);
    } else {
      environment.getPropertySources().addFirst(settings);
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE; // after the configuration files are read
  }
}

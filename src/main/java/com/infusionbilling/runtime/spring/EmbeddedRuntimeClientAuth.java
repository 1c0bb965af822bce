package com.infusionbilling.runtime.spring;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When the application starts the embedded runtime with {@code runtime.embedded.auth.username} and
 * {@code runtime.embedded.auth.password}, its own Camunda client sends the same credentials ({@code
 * camunda.client.auth.method=basic} with that user name and password), unless the configuration
 * already names {@code camunda.client.auth.username} explicitly.
 */
public class EmbeddedRuntimeClientAuth implements EnvironmentPostProcessor {

  static final String SOURCE = "embeddedRuntimeClientAuth";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.getProperty("runtime.embedded.enabled", Boolean.class, true)) {
      return;
    }
    String username = environment.getProperty("runtime.embedded.auth.username");
    String password = environment.getProperty("runtime.embedded.auth.password");
    if (username == null || username.isEmpty() || password == null || password.isEmpty()) {
      return;
    }
    if (environment.containsProperty("camunda.client.auth.username")) {
      return;
    }
    Map<String, Object> client = new HashMap<>();
    client.put("camunda.client.auth.method", "basic");
    client.put("camunda.client.auth.username", username);
    client.put("camunda.client.auth.password", password);
    environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, client));
  }
}

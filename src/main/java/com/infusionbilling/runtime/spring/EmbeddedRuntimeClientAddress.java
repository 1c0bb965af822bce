package com.infusionbilling.runtime.spring;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With the embedded runtime on, the application's own Camunda client talks to it wherever it
 * listens: {@code camunda.client.rest-address} and {@code grpc-address} follow {@code
 * runtime.embedded.rest-port}, {@code grpc-port} and {@code bind-address} (127.0.0.1 when it binds
 * to every interface), so moving the runtime is one setting. An address the configuration sets
 * explicitly (a property, {@code CAMUNDA_CLIENT_REST_ADDRESS}, ...) is kept.
 */
public class EmbeddedRuntimeClientAddress implements EnvironmentPostProcessor {

  static final String SOURCE = "embeddedRuntimeClientAddress";
  static final String REST_ADDRESS = "camunda.client.rest-address";
  static final String GRPC_ADDRESS = "camunda.client.grpc-address";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    EmbeddedRuntimeSettings runtime =
        Binder.get(environment).bindOrCreate("runtime.embedded", EmbeddedRuntimeSettings.class);
    if (!runtime.enabled()) {
      return;
    }
    String host = runtime.bindAddress();
    if (host == null || host.isBlank() || host.equals("0.0.0.0") || host.equals("::")) {
      host = "127.0.0.1";
    } else if (host.contains(":")) {
      host = "[" + host + "]";
    }
    Map<String, Object> client = new HashMap<>();
    if (!environment.containsProperty(REST_ADDRESS)) {
      client.put(REST_ADDRESS, "http://" + host + ":" + runtime.restPort());
    }
    if (!environment.containsProperty(GRPC_ADDRESS)) {
      client.put(GRPC_ADDRESS, "http://" + host + ":" + runtime.grpcPort());
    }
    if (!client.isEmpty()) {
      environment.getPropertySources().addLast(new MapPropertySource(SOURCE, client));
    }
  }
}

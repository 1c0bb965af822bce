package com.infusionbilling.runtime.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.mock.env.MockEnvironment;

/** One port setting: the app's client follows the embedded runtime unless told otherwise. */
class EmbeddedRuntimeClientAddressTest {

  static ConfigurableEnvironment environment(String... properties) {
    MockEnvironment environment = new MockEnvironment();
    for (int i = 0; i < properties.length; i += 2) {
      environment.setProperty(properties[i], properties[i + 1]);
    }
    ConfigurationPropertySources.attach(environment);
    new EmbeddedRuntimeClientAddress().postProcessEnvironment(environment, null);
    return environment;
  }

  @Test
  void clientAddressesFollowTheRuntimePorts() {
    var env =
        environment("runtime.embedded.rest-port", "18123", "runtime.embedded.grpc-port", "36123");

    assertThat(env.getProperty("camunda.client.rest-address")).isEqualTo("http://127.0.0.1:18123");
    assertThat(env.getProperty("camunda.client.grpc-address")).isEqualTo("http://127.0.0.1:36123");
  }

  @Test
  void withoutSettingsTheClientUsesTheRuntimeDefaults() {
    var env = environment();

    assertThat(env.getProperty("camunda.client.rest-address")).isEqualTo("http://127.0.0.1:8088");
    assertThat(env.getProperty("camunda.client.grpc-address")).isEqualTo("http://127.0.0.1:26500");
  }

  @Test
  void aSpecificBindAddressIsWhereTheClientConnects() {
    var env =
        environment(
            "runtime.embedded.bind-address", "10.1.2.3", "runtime.embedded.rest-port", "9000");

    assertThat(env.getProperty("camunda.client.rest-address")).isEqualTo("http://10.1.2.3:9000");
  }

  @Test
  void anExplicitClientAddressIsKept() {
    var env =
        environment(
            "runtime.embedded.rest-port", "18123",
            "camunda.client.rest-address", "http://runtime.example:8088");

    assertThat(env.getProperty("camunda.client.rest-address"))
        .isEqualTo("http://runtime.example:8088");
    assertThat(env.getProperty("camunda.client.grpc-address")).isEqualTo("http://127.0.0.1:26500");
  }

  @Test
  void withTheEmbeddedRuntimeOffNothingIsSet() {
    var env =
        environment("runtime.embedded.enabled", "false", "runtime.embedded.rest-port", "18123");

    assertThat(env.containsProperty("camunda.client.rest-address")).isFalse();
    assertThat(env.containsProperty("camunda.client.grpc-address")).isFalse();
  }
}

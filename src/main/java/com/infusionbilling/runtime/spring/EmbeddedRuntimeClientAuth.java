package com.infusionbilling.runtime.spring;

import com.infusionbilling.runtime.auth.GeneratedSecret;
import com.infusionbilling.runtime.config.RuntimeConfiguration;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The embedded runtime requires credentials unless {@code runtime.embedded.auth.enabled} is false,
 * and the application's own Camunda client sends them. Configured ones ({@code
 * runtime.embedded.auth.username} and {@code .password}) are used as they are; without them a
 * password is generated at the first start into {@code runtime.embedded.auth.secret-file} (the data
 * folder, owner-readable only) and reused afterwards. The client gets {@code
 * camunda.client.auth.method=basic} with them, unless the configuration names {@code
 * camunda.client.auth.username} explicitly.
 */
public class EmbeddedRuntimeClientAuth implements EnvironmentPostProcessor {

  static final String SOURCE = "embeddedRuntimeClientAuth";

  private final Log log;

  public EmbeddedRuntimeClientAuth(DeferredLogFactory logs) {
    this.log = logs.getLog(EmbeddedRuntimeClientAuth.class);
  }

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (application != null && application.getAllSources().contains(RuntimeConfiguration.class)) {
      return; // the runtime's own application context: it gets its settings from the host
    }
    EmbeddedRuntimeSettings runtime =
        Binder.get(environment).bindOrCreate("runtime.embedded", EmbeddedRuntimeSettings.class);
    if (!runtime.enabled() || !runtime.auth().enabled()) {
      return;
    }
    String username = runtime.auth().username();
    String password = runtime.auth().password();
    boolean hasUser = username != null && !username.isEmpty();
    boolean hasPassword = password != null && !password.isEmpty();
    if (hasUser != hasPassword) {
      throw new IllegalStateException(
          "runtime.embedded.auth: set both username and password, or neither (a password is then"
              + " generated into runtime.embedded.auth.secret-file)");
    }
    Map<String, Object> properties = new HashMap<>();
    if (!hasUser) {
      Path file = Path.of(runtime.auth().secretFile());
      GeneratedSecret.Secret secret = GeneratedSecret.readOrCreate(file);
      username = GeneratedSecret.USERNAME;
      password = secret.password();
      properties.put("runtime.embedded.auth.username", username);
      properties.put("runtime.embedded.auth.password", password);
      if (secret.created()) {
        log.info(
            "Embedded runtime: generated its password into "
                + file.toAbsolutePath()
                + " (readable by this user only; user name "
                + username
                + ")");
      } else if (secret.permissionsNarrowed()) {
        log.warn(
            "Embedded runtime: "
                + file.toAbsolutePath()
                + " was readable by other users; narrowed to its owner");
      }
    }
    if (!environment.containsProperty("camunda.client.auth.username")) {
      properties.put("camunda.client.auth.method", "basic");
      properties.put("camunda.client.auth.username", username);
      properties.put("camunda.client.auth.password", password);
    }
    environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, properties));
  }
}

package com.infusionbilling.runtime;

import com.infusionbilling.runtime.config.GrpcServerHolder;
import com.infusionbilling.runtime.config.RuntimeConfiguration;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.web.context.support.StandardServletEnvironment;

/**
 * The embedded Camunda-8-compatible runtime: REST API v2 (and the management endpoints) on one
 * port, the Zeebe gRPC gateway on another, state in a relational database. It runs in its own
 * application context and can be started without the billing application, e.g. by tests before
 * their Spring context exists, or from {@link RuntimeMain}.
 *
 * <p>One runtime per port runs per JVM: {@link #acquire} returns the running one (counting
 * references) so the application and the test harness can share it.
 */
public final class EmbeddedRuntime implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedRuntime.class);
  private static final Map<Integer, EmbeddedRuntime> RUNNING = new HashMap<>();

  private final ConfigurableApplicationContext context;
  private final RuntimeProperties properties;
  private final int restPort;
  private final int grpcPort;
  private int references = 1;

  private EmbeddedRuntime(ConfigurableApplicationContext context, RuntimeProperties properties) {
    this.context = context;
    this.properties = properties;
    this.restPort = ((WebServerApplicationContext) context).getWebServer().getPort();
    this.grpcPort = context.getBean(GrpcServerHolder.class).port();
  }

  /** Starts a new runtime. Prefer {@link #acquire} to share one per JVM and port. */
  public static EmbeddedRuntime start(RuntimeProperties properties) {
    Map<String, Object> settings = new HashMap<>();
    settings.put("server.port", properties.restPort());
    settings.put("server.address", properties.bindAddress());
    settings.put("server.shutdown", "immediate");
    settings.put("spring.main.banner-mode", "off");
    settings.put("spring.jmx.enabled", "false");
    settings.put("spring.servlet.multipart.max-file-size", "32MB");
    settings.put("spring.servlet.multipart.max-request-size", "64MB");
    settings.put("spring.jackson.deserialization.fail-on-unknown-properties", "false");
    settings.put("spring.jackson.default-property-inclusion", "non_null");
    settings.put("spring.mvc.async.request-timeout", "-1");
    settings.put("spring.config.location", "optional:classpath:/embedded-runtime-none.yaml");
    settings.put("spring.application.name", "embedded-runtime");
    if (properties.monitoringPort() != null) {
      settings.put("runtime.monitoring-port", properties.monitoringPort());
    }
    // A fresh environment, so the runtime reads none of the host application's configuration.
    StandardServletEnvironment environment = new StandardServletEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("embeddedRuntime", settings));
    SpringApplicationBuilder builder = new SpringApplicationBuilder(RuntimeConfiguration.class);
    // A guest in the host's JVM: leave logging (JVM-wide) and other libraries' listeners alone.
    builder
        .application()
        .setListeners(
            builder.application().getListeners().stream()
                .filter(l -> l.getClass().getName().startsWith("org.springframework.boot."))
                .filter(l -> !(l instanceof LoggingApplicationListener))
                .toList());
    ConfigurableApplicationContext context =
        builder
            .environment(environment)
            .web(WebApplicationType.SERVLET)
            .bannerMode(Banner.Mode.OFF)
            .logStartupInfo(false)
            .registerShutdownHook(false)
            .initializers(
                ctx -> ctx.getBeanFactory().registerSingleton("runtimeProperties", properties))
            .run();
    EmbeddedRuntime runtime = new EmbeddedRuntime(context, properties);
    LOG.info(
        "Embedded Camunda 8 runtime listening: REST {} and gRPC {}:{} (basic auth {})",
        runtime.restAddress(),
        properties.bindAddress(),
        runtime.grpcPort,
        properties.auth().enabled() ? "on" : "off");
    return runtime;
  }

  /** Returns the runtime already running on the requested REST port, or starts one. */
  public static synchronized EmbeddedRuntime acquire(RuntimeProperties properties) {
    if (properties.restPort() > 0) {
      EmbeddedRuntime running = RUNNING.get(properties.restPort());
      if (running != null && running.context.isActive()) {
        running.references++;
        return running;
      }
    }
    EmbeddedRuntime runtime = start(properties);
    RUNNING.put(runtime.restPort, runtime);
    return runtime;
  }

  public int restPort() {
    return restPort;
  }

  public int grpcPort() {
    return grpcPort;
  }

  public URI restAddress() {
    return URI.create("http://" + properties.bindAddress() + ":" + restPort);
  }

  public URI grpcAddress() {
    return URI.create("http://" + properties.bindAddress() + ":" + grpcPort);
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  /** Releases one reference; the last one stops the runtime. */
  @Override
  public void close() {
    synchronized (EmbeddedRuntime.class) {
      if (--references > 0) {
        return;
      }
      RUNNING.remove(restPort, this);
    }
    context.close();
    LOG.info("Embedded Camunda 8 runtime on port {} stopped", restPort);
  }
}

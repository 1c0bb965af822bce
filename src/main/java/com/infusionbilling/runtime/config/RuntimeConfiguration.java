package com.infusionbilling.runtime.config;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.MultipartAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The embedded runtime's own application context: its database pool and schema, the engine, the
 * REST API (on its own Tomcat) and the gRPC gateway. Only the auto-configurations listed here are
 * used, so nothing of the host application leaks in. Each part has a configuration of its own:
 *
 * <ul>
 *   <li>{@link RuntimeDatabaseConfiguration}: pools, schema, driver tuning;
 *   <li>{@link RuntimeEngineConfiguration}: clock, definitions, decisions, instance store, job
 *       dispatch, the command executor;
 *   <li>{@link RuntimeEventConfiguration}: messages, signals, timers;
 *   <li>{@link RuntimeCommandConfiguration}: the command families the transports translate into;
 *   <li>{@link RuntimeSearchConfiguration}: the read side;
 *   <li>{@link RuntimeWebConfiguration} and {@link RuntimeGrpcConfiguration}: the two transports.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({
  PropertyPlaceholderAutoConfiguration.class,
  ServletWebServerFactoryAutoConfiguration.class,
  DispatcherServletAutoConfiguration.class,
  WebMvcAutoConfiguration.class,
  HttpMessageConvertersAutoConfiguration.class,
  JacksonAutoConfiguration.class,
  MultipartAutoConfiguration.class
})
@Import({
  RuntimeDatabaseConfiguration.class,
  RuntimeEngineConfiguration.class,
  RuntimeEventConfiguration.class,
  RuntimeCommandConfiguration.class,
  RuntimeSearchConfiguration.class,
  RuntimeWebConfiguration.class,
  RuntimeGrpcConfiguration.class
})
public class RuntimeConfiguration {}

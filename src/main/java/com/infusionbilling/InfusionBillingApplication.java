package com.infusionbilling;

import io.camunda.client.annotation.Deployment;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * Infusion Billing Workflows: the Camunda 8 process application for specialty-drug billing.
 *
 * <p>At start-up it deploys every process, decision and form of {@code bpmn/} and {@code forms/}
 * (unchanged models, the same on the embedded runtime and on Camunda 8.8). The patterns match files
 * only: in the packaged jar, {@code /bpmn/**} would also match the directory entries, which no
 * engine accepts as a resource (PackagedJarIT starts the jar).
 *
 * <p>The embedded runtime ({@code com.infusionbilling.runtime}) runs in its own application
 * context, started by its auto-configuration; it is excluded from this application's scan.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(
    excludeFilters = {
      @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
      @ComponentScan.Filter(
          type = FilterType.CUSTOM,
          classes = AutoConfigurationExcludeFilter.class),
      @ComponentScan.Filter(
          type = FilterType.REGEX,
          pattern = "com\\.infusionbilling\\.runtime\\..*")
    })
@ConfigurationPropertiesScan
@Deployment(
    resources = {
      "classpath*:/bpmn/**/*.bpmn",
      "classpath*:/bpmn/**/*.dmn",
      "classpath*:/forms/**/*.form"
    })
public class InfusionBillingApplication {

  public static void main(String[] args) {
    SpringApplication.run(InfusionBillingApplication.class, args);
  }
}

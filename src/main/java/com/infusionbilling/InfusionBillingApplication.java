package com.infusionbilling;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Infusion Billing Workflows: the Camunda 8 process application for specialty-drug billing. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InfusionBillingApplication {

  public static void main(String[] args) {
    SpringApplication.run(InfusionBillingApplication.class, args);
  }
}

package com.infusionbilling.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description behind Swagger UI ({@code /swagger-ui.html}): every operation needs HTTP
 * basic, so Swagger UI offers "Authorize" with a user name and password and sends them with "Try it
 * out" (in a signed-in browser the session works too: Swagger UI sends the CSRF token, {@code
 * springdoc.swagger-ui.csrf}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {
  static final String BASIC = "basicAuth";

  @Bean
  OpenAPI infusionBillingOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Infusion Billing Workflows API")
                .description(
                    "Referrals, episodes, authorizations, visits, claims, billing preview and"
                        + " reference data. Sign in with HTTP basic (your user name and password)."))
        .components(
            new Components()
                .addSecuritySchemes(
                    BASIC,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("basic")
                        .description("the application's users (README, \"First sign-in\")")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }
}

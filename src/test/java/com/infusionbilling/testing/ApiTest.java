package com.infusionbilling.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A Spring Boot test of the application's HTTP API through MockMvc, signed in (every {@code
 * /api/**} needs a user) as a manager who is also an admin and in every candidate group, with a
 * valid CSRF token on every request. Tests of access rules themselves use {@code @WithMockUser} or
 * real logins on their own (see SecurityTest).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(
    username = "api-test",
    authorities = {
      "ROLE_COORDINATOR",
      "ROLE_MANAGER",
      "ROLE_ADMIN",
      "GROUP_intake",
      "GROUP_authorization",
      "GROUP_billing"
    })
@Import(ApiTest.CsrfOnEveryRequest.class)
public @interface ApiTest {

  @TestConfiguration
  class CsrfOnEveryRequest {
    @Bean
    MockMvcBuilderCustomizer csrfOnEveryRequest() {
      return builder -> builder.defaultRequest(get("/").with(csrf()));
    }
  }
}

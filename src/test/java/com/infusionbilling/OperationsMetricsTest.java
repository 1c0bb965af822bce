package com.infusionbilling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.infusionbilling.clearinghouse.ClearinghouseGateway;
import io.camunda.client.metrics.MetricsRecorder;
import io.camunda.client.metrics.MicrometerMetricsRecorder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 19, observability: {@code /actuator/prometheus} serves the operational metrics
 * (docs/operations.md) to managers and administrators and to the scraper's bearer token, and
 * refuses everyone else (the server decides); health has a component per dependency.
 */
@SpringBootTest(properties = "security.metrics-scrape-token=" + OperationsMetricsTest.TOKEN)
@AutoConfigureMockMvc
@AutoConfigureObservability(tracing = false)
class OperationsMetricsTest {
  static final String TOKEN = "scrape-token-for-the-test-0123456789";

  @Autowired MockMvc mvc;
  @Autowired ClearinghouseGateway clearinghouse;
  @Autowired MetricsRecorder jobMetrics;

  @Test
  void anonymousScrapesAreRefused() throws Exception {
    mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
  }

  @Test
  void aWrongTokenIsRefused() throws Exception {
    mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + TOKEN + "x"))
        .andExpect(status().isUnauthorized());
  }

  @Test
  @WithMockUser(roles = "COORDINATOR")
  void coordinatorsAreRefused() throws Exception {
    mvc.perform(get("/actuator/prometheus")).andExpect(status().isForbidden());
  }

  @Test
  @WithMockUser(roles = "COORDINATOR")
  void theScrapeTokenOpensNothingElse() throws Exception {
    mvc.perform(get("/api/dashboard").header("Authorization", "Bearer " + TOKEN))
        .andExpect(status().isForbidden());
  }

  @Test
  void theScraperReadsTheMetricsWithItsToken() throws Exception {
    clearinghouse.pollInbound();
    String body =
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + TOKEN))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(body)
        .contains("ibw_tasks_open{stage=\"PRIOR_AUTHORIZATION\"}")
        .contains("ibw_sla_breached{stage=\"CODING\"}")
        .contains("ibw_sla_at_risk{stage=\"INTAKE\"}")
        .contains("ibw_claims{status=\"SUBMITTED\"}")
        .contains("ibw_incidents_active ")
        .contains("ibw_clearinghouse_files_in_total{outcome=\"quarantined\"}")
        .contains("hikaricp_connections_active");
  }

  @Test
  @WithMockUser(roles = "MANAGER")
  void managersReadTheMetrics() throws Exception {
    mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk());
  }

  /** Jobs activated, completed and failed per type: the Camunda starter's Micrometer recorder. */
  @Test
  void jobInvocationsAreCountedInMicrometer() {
    assertThat(jobMetrics).isInstanceOf(MicrometerMetricsRecorder.class);
  }

  @Test
  void healthHasAComponentPerDependency() throws Exception {
    String body =
        mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString();
    assertThat(body)
        .contains("\"db\":{\"status\"")
        .contains("\"camundaClient\":{\"status\"")
        .contains("\"clearinghouseInbound\":{\"status\"");
  }
}

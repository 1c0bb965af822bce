package com.infusionbilling.clearinghouse;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.infusionbilling.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Quarantine alerts are listed for managers (and administrators), refused to coordinators. */
@ApiTest
class InboundAlertsApiTest {
  @Autowired MockMvc mvc;
  @Autowired InboundAlerts alerts;

  @Test
  void managersListTheAlertsAndCoordinatorsAreRefused() throws Exception {
    alerts.raise(
        InboundAlerts.INBOUND_QUARANTINED, "api-alert.x12", "api-alert.x12", "test reason");

    mvc.perform(get("/api/clearinghouse/alerts").with(user("m").roles("MANAGER")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].fileName").value("api-alert.x12"))
        .andExpect(jsonPath("$[0].reason").value("test reason"));
    mvc.perform(get("/api/clearinghouse/alerts").with(user("c").roles("COORDINATOR")))
        .andExpect(status().isForbidden());
  }
}

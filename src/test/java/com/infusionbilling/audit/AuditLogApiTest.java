package com.infusionbilling.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.infusionbilling.audit.AuditLog.Action;
import com.infusionbilling.audit.AuditLog.EntityType;
import com.infusionbilling.testing.ApiTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The audit log records who touched which PHI, and only managers can search it. */
@ApiTest
class AuditLogApiTest {
  @Autowired MockMvc mvc;
  @Autowired AuditLog audit;
  @Autowired JdbcClient jdbc;

  @Test
  void aRecordedViewIsFoundByEntityWithUserAndTime() throws Exception {
    String patient = "P-" + UUID.randomUUID();
    audit.record(Action.VIEW, EntityType.PATIENT, patient, "context panel");
    audit.record(Action.UPDATE, EntityType.PATIENT, patient, null);
    mvc.perform(get("/api/audit").param("entityType", "PATIENT").param("entityId", patient))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(2))
        .andExpect(jsonPath("$.items", hasSize(2)))
        .andExpect(jsonPath("$.items[0].action").value("UPDATE"))
        .andExpect(jsonPath("$.items[1].action").value("VIEW"))
        .andExpect(jsonPath("$.items[1].username").value("api-test"))
        .andExpect(jsonPath("$.items[1].detail").value("context panel"))
        .andExpect(jsonPath("$.items[1].occurredAt").isNotEmpty());
  }

  @Test
  void searchPagesNewestFirst() throws Exception {
    String claim = "C-" + UUID.randomUUID();
    for (int i = 0; i < 5; i++) {
      audit.record(Action.VIEW, EntityType.CLAIM, claim, "view " + i);
    }
    mvc.perform(get("/api/audit").param("entityId", claim).param("page", "1").param("size", "2"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(5))
        .andExpect(jsonPath("$.items", hasSize(2)))
        .andExpect(jsonPath("$.items[0].detail").value("view 2"));
  }

  @Test
  @WithMockUser(username = "coord", roles = "COORDINATOR")
  void coordinatorsCannotReadTheAuditLog() throws Exception {
    mvc.perform(get("/api/audit")).andExpect(status().isForbidden());
  }

  @Test
  void aBadDateOrPageIsA400NamingTheParameter() throws Exception {
    mvc.perform(get("/api/audit").param("from", "yesterday"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("from"))
        .andExpect(jsonPath("$.detail").value("from: not a valid value"));
    mvc.perform(get("/api/audit").param("page", "abc"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("page"));
  }

  @Test
  void theLogHasNoUpdateOrDeletePath() {
    // append-only by construction: the service's public API only inserts and searches
    assertThat(AuditLog.class.getDeclaredMethods())
        .filteredOn(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()))
        .extracting(java.lang.reflect.Method::getName)
        .containsOnly("record", "search");
    long before = jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();
    audit.record(Action.VIEW, EntityType.TASK, 42L, null);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single())
        .isEqualTo(before + 1);
  }
}

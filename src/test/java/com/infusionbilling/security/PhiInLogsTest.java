package com.infusionbilling.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.infusionbilling.testing.ApiTest;
import com.infusionbilling.testing.RealJobWorkers;
import com.infusionbilling.testing.ReferralBuilder;
import io.camunda.client.CamundaClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * No PHI in logs or process variables: a referral with distinctive patient data runs through the
 * real process and workers on the embedded runtime while its tasks, context and timeline are read
 * through the API; afterwards neither the captured log output nor any process variable contains the
 * patient's name, MRN or member ID (the audit log records the reads by ID).
 */
@ApiTest
@ExtendWith(OutputCaptureExtension.class)
@RealJobWorkers
class PhiInLogsTest {
  static final String FIRST = "Zephyrine";
  static final String LAST = "Quartermaine";
  static final String MRN = "MRN-PHI-77123";
  static final String MEMBER = "ZQ987654321X";

  @Autowired MockMvc mvc;
  @Autowired CamundaClient camunda;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aReferralsPatientDataReachesNeitherTheLogsNorTheProcessVariables(CapturedOutput output)
      throws Exception {
    String referral =
        ReferralBuilder.referral("R-PHI-" + System.nanoTime())
            .patient(MRN, FIRST, LAST)
            .born("1971-03-09", "F")
            .address("77 Harbor Rd", "Portland", "ME", "04101")
            .coverage("COMMERCIAL_ACME", MEMBER)
            .json();
    com.infusionbilling.testing.ModelDeployment.deployAll(camunda);
    String created =
        mvc.perform(
                post("/api/referrals").contentType(MediaType.APPLICATION_JSON).content(referral))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long instance = new ObjectMapper().readTree(created).path("processInstanceKey").asLong();
    assertThat(instance).isPositive();

    // let the workers run, and read everything a coordinator and a manager would
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (System.nanoTime() < deadline) {
      mvc.perform(get("/api/worklist/tasks").param("view", "all")).andExpect(status().isOk());
      Thread.sleep(1000);
    }
    mvc.perform(get("/api/worklist/instances/{key}/diagram", instance)).andExpect(status().isOk());
    Long episode =
        jdbc.queryForObject(
            "SELECT id FROM episode WHERE process_instance_key = ?", Long.class, instance);
    mvc.perform(get("/api/audit").param("entityType", "EPISODE").param("entityId", "" + episode))
        .andExpect(status().isOk());

    for (String phi : new String[] {FIRST, LAST, MRN, MEMBER}) {
      assertThat(output.getAll()).as("log output").doesNotContain(phi);
    }
    camunda
        .newVariableSearchRequest()
        .filter(f -> f.processInstanceKey(instance))
        .page(p -> p.limit(500))
        .send()
        .join()
        .items()
        .forEach(
            v -> {
              for (String phi : new String[] {FIRST, LAST, MRN, MEMBER}) {
                assertThat(v.getValue()).as("process variable " + v.getName()).doesNotContain(phi);
              }
            });
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_event WHERE entity_type = 'EPISODE' AND entity_id = ?",
                Long.class,
                String.valueOf(episode)))
        .as("the timeline read is audited")
        .isPositive();
  }
}

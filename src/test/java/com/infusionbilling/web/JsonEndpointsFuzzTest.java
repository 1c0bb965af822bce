package com.infusionbilling.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.infusionbilling.process.ProcessStartEngine;
import com.infusionbilling.testing.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Fuzzing the JSON endpoints (issue 19, docs/reliability.md): whatever body is posted to {@code
 * /api/referrals} or {@code /api/billing/preview}, the answer is a result or a 4xx naming the
 * problem, never a 500. Seeds (valid requests and hostile ones found before) are in {@code
 * JsonEndpointsFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes for {@code maxDuration}.
 */
@ApiTest
class JsonEndpointsFuzzTest {
  @Autowired MockMvc mvc;
  @MockitoBean ProcessStartEngine starter;

  @BeforeEach
  void engineAnswers() {
    when(starter.create(anyString(), any())).thenReturn(4242L);
  }

  @FuzzTest(maxDuration = "5m")
  void referralNeverA500(byte[] body) throws Exception {
    assertNoServerError("/api/referrals", body);
  }

  @FuzzTest(maxDuration = "5m")
  void billingPreviewNeverA500(byte[] body) throws Exception {
    assertNoServerError("/api/billing/preview", body);
  }

  private void assertNoServerError(String path, byte[] body) throws Exception {
    int status =
        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(status).as("status of POST %s", path).isLessThan(500);
  }
}

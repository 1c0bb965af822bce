package com.infusionbilling.runtime.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.infusionbilling.runtime.shared.RuntimeProblemException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A database that is gone when a command's transaction begins (Spring's transaction manager throws
 * {@link CannotCreateTransactionException} before any statement runs) is a 503 with Retry-After on
 * REST and RESOURCE_EXHAUSTED on gRPC, like an exhausted pool; it used to be a 500 / INTERNAL.
 */
class DatabaseProblemMappingTest {

  @RestController
  static class FailingController {
    @GetMapping("/v2/test/transaction-begin")
    String transactionBegin() {
      throw new CannotCreateTransactionException(
          "Could not open JDBC Connection for transaction",
          new SQLTransientConnectionException("Connection is not available, request timed out"));
    }

    @GetMapping("/v2/test/connection")
    String connection() {
      throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection");
    }
  }

  private final MockMvc mvc =
      MockMvcBuilders.standaloneSetup(new FailingController())
          .setControllerAdvice(new RuntimeProblemAdvice())
          .build();

  @Test
  void aTransactionThatCannotBeginIsA503WithRetryAfter() throws Exception {
    mvc.perform(get("/v2/test/transaction-begin"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(header().string("Retry-After", "1"))
        .andExpect(jsonPath("$.title").value("RESOURCE_EXHAUSTED"));
  }

  @Test
  void noConnectionInTimeStaysA503() throws Exception {
    mvc.perform(get("/v2/test/connection"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(header().string("Retry-After", "1"));
  }

  @Test
  void bothTransportsShareTheMapping() {
    RuntimeProblemException problem =
        RuntimeProblemException.ofDatabase(
            new CannotCreateTransactionException("Could not open JDBC Connection"));
    assertThat(problem).isNotNull();
    assertThat(problem.kind()).isEqualTo(RuntimeProblemException.Kind.RESOURCE_EXHAUSTED);
    assertThat(RuntimeProblemException.ofDatabase(new IllegalStateException("other"))).isNull();
  }
}

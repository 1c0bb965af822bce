package com.infusionbilling.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.JobError;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy.ExceptionHandlingContext;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Workers back off while the database is away (issue 19): a worker that got no connection fails its
 * job with one retry less and a 30 s back-off, instead of the immediate retry that would use up a
 * job's retries within a short outage; any other exception is left to the starter's handling.
 */
class DatabaseOutageJobHandlingTest {

  static ExceptionHandlingContext jobWithRetries(int retries) {
    ActivatedJob job = mock(ActivatedJob.class);
    when(job.getRetries()).thenReturn(retries);
    when(job.getType()).thenReturn("record-benefit-verification");
    return new ExceptionHandlingContext(null, job, null);
  }

  @Test
  void noConnectionFailsTheJobWithABackOffAndOneRetryLess() {
    var noConnection =
        new CannotCreateTransactionException(
            "Could not open JPA EntityManager for transaction",
            new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));

    Exception handled = DatabaseOutageJobHandling.backOff(noConnection, jobWithRetries(3));

    assertThat(handled).isInstanceOf(JobError.class);
    JobError error = (JobError) handled;
    assertThat(error.getRetries()).isEqualTo(2);
    assertThat(error.getRetryBackoff()).isEqualTo(Duration.ofSeconds(30));
    assertThat(error.getErrorMessage()).startsWith("database unavailable");
  }

  @Test
  void otherFailuresAreLeftToTheStartersHandling() {
    var conflict = new DataIntegrityViolationException("duplicate key");

    assertThat(DatabaseOutageJobHandling.backOff(conflict, jobWithRetries(3))).isSameAs(conflict);
  }
}

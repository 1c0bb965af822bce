package com.infusionbilling.process;

import com.infusionbilling.web.DatabaseUnavailable;
import io.camunda.client.exception.BpmnError;
import io.camunda.client.exception.CamundaError;
import io.camunda.client.exception.JobError;
import io.camunda.client.jobhandling.CommandExceptionHandlingStrategy;
import io.camunda.client.jobhandling.DefaultJobExceptionHandlingStrategy;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy;
import io.camunda.client.metrics.MetricsRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Workers back off while the database is away: a job whose worker failed because no connection
 * could be had, a connection broke or a statement timed out ({@link DatabaseUnavailable}) fails
 * with one retry less and the doubling back-off of {@link TechnicalFailures} (30 s, 1 min, 2 min,
 * ...), instead of the starter's default of an immediate retry, so a 30 s outage does not use up a
 * job's retries. The worker's transaction was rolled back, and workers are idempotent, so the retry
 * does the work once. Everything else (BPMN errors, job errors, other exceptions) is handled as the
 * starter does.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseOutageJobHandling {
  private static final Logger log = LoggerFactory.getLogger(DatabaseOutageJobHandling.class);

  @Bean
  JobExceptionHandlingStrategy jobExceptionHandlingStrategy(
      CommandExceptionHandlingStrategy commands, MetricsRecorder metrics) {
    DefaultJobExceptionHandlingStrategy standard =
        new DefaultJobExceptionHandlingStrategy(commands, metrics);
    return (exception, context) -> standard.handleException(backOff(exception, context), context);
  }

  static Exception backOff(
      Exception exception, JobExceptionHandlingStrategy.ExceptionHandlingContext context) {
    if (exception instanceof JobError
        || exception instanceof BpmnError
        || !DatabaseUnavailable.isCause(exception)) {
      return exception;
    }
    var job = context.job();
    var backoff = TechnicalFailures.backoff(job.getRetries());
    log.warn(
        "Job {} of type {} failed: database unavailable; retrying in {}",
        job.getKey(),
        job.getType(),
        backoff);
    return CamundaError.jobError(
        "database unavailable: " + exception.getClass().getSimpleName(),
        null,
        Math.max(job.getRetries() - 1, 0),
        backoff,
        exception);
  }
}

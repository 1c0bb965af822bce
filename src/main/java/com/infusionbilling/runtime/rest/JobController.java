package com.infusionbilling.runtime.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.infusionbilling.runtime.command.CompleteJob;
import com.infusionbilling.runtime.command.FailJob;
import com.infusionbilling.runtime.command.JobCommands;
import com.infusionbilling.runtime.command.ThrowJobError;
import com.infusionbilling.runtime.command.UpdateJob;
import com.infusionbilling.runtime.search.JobSearches;
import com.infusionbilling.runtime.shared.ActivationRequest;
import io.camunda.client.protocol.rest.JobActivationRequest;
import io.camunda.client.protocol.rest.JobActivationResult;
import io.camunda.client.protocol.rest.JobCompletionRequest;
import io.camunda.client.protocol.rest.JobErrorRequest;
import io.camunda.client.protocol.rest.JobFailRequest;
import io.camunda.client.protocol.rest.JobSearchQueryResult;
import io.camunda.client.protocol.rest.JobUpdateRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * The Camunda 8 REST API v2 job endpoints: activation (long polling, withdrawn when the worker goes
 * away), completion, failure, error, update and search. Each maps the client's body to one command
 * or query.
 */
@RestController
@RequestMapping("/v2")
public class JobController {

  private final JobCommands jobs;
  private final JobSearches jobSearches;
  private final LongPollProbe probe;

  public JobController(JobCommands jobs, JobSearches jobSearches, LongPollProbe probe) {
    this.jobs = jobs;
    this.jobSearches = jobSearches;
    this.probe = probe;
  }

  @PostMapping("/jobs/activation")
  public DeferredResult<JobActivationResult> activateJobs(
      @RequestBody JobActivationRequest request,
      HttpServletRequest httpRequest,
      HttpServletResponse httpResponse) {
    ActivationRequest activation =
        ActivationRequest.withDefaults(
            request.getType(),
            request.getWorker(),
            request.getTimeout(),
            request.getMaxJobsToActivate(),
            request.getFetchVariable(),
            request.getTenantIds(),
            request.getRequestTimeout());
    long wait = jobs.longPollMillis(activation);
    // The dispatcher ends the poll at its request timeout; should the container's async timeout
    // (a minute later) ever come first, the poll still ends as an empty response, not an error.
    DeferredResult<JobActivationResult> result =
        new DeferredResult<>(
            Math.min(wait, Long.MAX_VALUE - 60_000) + 60_000,
            new JobActivationResult().jobs(new java.util.ArrayList<>()));
    // A parked poll whose worker went away is withdrawn, and jobs offered to it go back
    // (LongPollProbe).
    java.util.concurrent.atomic.AtomicReference<Runnable> withdraw =
        new java.util.concurrent.atomic.AtomicReference<>(() -> {});
    LongPollProbe.Connection connection =
        probe.watch(
            httpRequest,
            httpResponse,
            () -> {
              withdraw.get().run();
              // nobody to answer: end the request without writing
              if (httpRequest.isAsyncStarted()) {
                httpRequest.getAsyncContext().complete();
              }
            });
    result.onCompletion(connection::end);
    try {
      withdraw.set(
          jobs.activateJobs(
              activation,
              activated -> {
                if (!connection.claimForDelivery()) {
                  throw new IllegalStateException("the worker's connection is gone");
                }
                JobActivationResult body = new JobActivationResult();
                activated.forEach(job -> body.addJobsItem(RestMapping.job(job)));
                if (!result.setResult(body)) {
                  throw new IllegalStateException("the worker's request is gone");
                }
              }));
    } catch (RuntimeException e) {
      connection.end();
      throw e;
    }
    // The worker disconnected or the request timed out on the servlet side: withdraw it.
    result.onError(error -> withdraw.get().run());
    result.onTimeout(() -> withdraw.get().run());
    return result;
  }

  @PostMapping("/jobs/{key}/completion")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void completeJob(
      @PathVariable long key, @RequestBody(required = false) JobCompletionRequest request) {
    jobs.completeJob(
        new CompleteJob(
            key,
            request == null ? null : request.getVariables(),
            request == null ? null : RestMapping.jobResult(request.getResult())));
  }

  @PostMapping("/jobs/{key}/failure")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void failJob(
      @PathVariable long key, @RequestBody(required = false) JobFailRequest request) {
    JobFailRequest body = request == null ? new JobFailRequest() : request;
    jobs.failJob(
        new FailJob(
            key,
            body.getRetries(),
            body.getErrorMessage(),
            body.getRetryBackOff(),
            body.getVariables()));
  }

  @PostMapping("/jobs/{key}/error")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void throwError(@PathVariable long key, @RequestBody JobErrorRequest request) {
    jobs.throwError(
        new ThrowJobError(
            key, request.getErrorCode(), request.getErrorMessage(), request.getVariables()));
  }

  @PatchMapping("/jobs/{key}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void updateJob(@PathVariable long key, @RequestBody JobUpdateRequest request) {
    if (request.getChangeset() == null) {
      throw new com.infusionbilling.runtime.shared.InvalidArgumentException(
          "Expected a changeset with retries and/or timeout");
    }
    jobs.updateJob(
        new UpdateJob(
            key, request.getChangeset().getRetries(), request.getChangeset().getTimeout()));
  }

  @PostMapping("/jobs/search")
  public JobSearchQueryResult searchJobs(@RequestBody(required = false) JsonNode body) {
    var page = jobSearches.jobs(body);
    return new JobSearchQueryResult()
        .items(SearchMapping.all(page.items(), SearchMapping::job))
        .page(RestMapping.page(page));
  }
}

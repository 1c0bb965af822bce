package com.infusionbilling.runtime.command;

import com.infusionbilling.runtime.clock.RuntimeClock;
import com.infusionbilling.runtime.engine.InstanceStore;
import com.infusionbilling.runtime.engine.JobRecord;
import com.infusionbilling.runtime.engine.JobState;
import com.infusionbilling.runtime.engine.ProcessInstanceExecution;
import com.infusionbilling.runtime.executor.CommandExecutor;
import com.infusionbilling.runtime.jobs.JobDispatcher;
import com.infusionbilling.runtime.shared.ActivatedJob;
import com.infusionbilling.runtime.shared.ActivationRequest;
import com.infusionbilling.runtime.shared.InvalidStateException;
import com.infusionbilling.runtime.shared.NotFoundException;
import java.util.List;
import java.util.function.Consumer;

/**
 * The job commands (docs.camunda.io "Job workers"): activation by long poll or job stream, and
 * complete, fail, throw error and update. Each command that changes a job runs through the {@link
 * CommandExecutor} under its process instance's lock, so a completion, failure or update of the
 * same job is either wholly before or wholly after another.
 */
public final class JobCommands {

  private final CommandExecutor executor;
  private final InstanceStore instances;
  private final JobDispatcher dispatcher;
  private final RuntimeClock clock;
  private final Tenants tenants;
  private final long defaultRequestTimeoutMillis;

  public JobCommands(
      CommandExecutor executor,
      InstanceStore instances,
      JobDispatcher dispatcher,
      RuntimeClock clock,
      Tenants tenants,
      long defaultRequestTimeoutMillis) {
    this.executor = executor;
    this.instances = instances;
    this.dispatcher = dispatcher;
    this.clock = clock;
    this.tenants = tenants;
    this.defaultRequestTimeoutMillis = defaultRequestTimeoutMillis;
  }

  /** Long-polling activation; the returned handle withdraws the request when the worker leaves. */
  public Runnable activateJobs(ActivationRequest request, Consumer<List<ActivatedJob>> callback) {
    tenants.resolveAll(request.tenantIds());
    return dispatcher.activate(request, callback);
  }

  /**
   * How long an activation request waits for jobs (see {@link ActivationRequest#longPollMillis}).
   */
  public long longPollMillis(ActivationRequest request) {
    return request.longPollMillis(defaultRequestTimeoutMillis);
  }

  /**
   * Opens a job stream (gRPC StreamActivatedJobs): jobs of its type are pushed to it as they become
   * activatable, until {@link #closeJobStream}. An unknown tenant is rejected before it opens.
   */
  public void openJobStream(JobDispatcher.JobStream stream) {
    tenants.resolveAll(stream.request().tenantIds());
    dispatcher.addStream(stream);
  }

  /** Closes a job stream (the worker went away); closing it twice, or unopened, does nothing. */
  public void closeJobStream(JobDispatcher.JobStream stream) {
    dispatcher.removeStream(stream);
  }

  /** Completes a job; a listener or ad-hoc sub-process job may carry a result. */
  public void completeJob(CompleteJob command) {
    jobCommand(
        command.jobKey(),
        "complete",
        (execution, job) -> execution.completeJob(job, command.variables(), command.result()));
  }

  public void failJob(FailJob command) {
    jobCommand(
        command.jobKey(),
        "fail",
        (execution, job) ->
            execution.failJob(
                job,
                command.retries(),
                command.errorMessage(),
                command.retryBackOffMillis(),
                command.variables()));
  }

  public void throwError(ThrowJobError command) {
    jobCommand(
        command.jobKey(),
        "throw an error for",
        (execution, job) ->
            execution.throwError(
                job, command.errorCode(), command.errorMessage(), command.variables()));
  }

  private interface JobAction {
    void apply(ProcessInstanceExecution execution, JobRecord job);
  }

  private void jobCommand(long jobKey, String verb, JobAction action) {
    executor.execute(
        context -> {
          Long processInstanceKey = instances.processInstanceOfJob(jobKey);
          if (processInstanceKey == null) {
            throw jobNotFound(verb, jobKey);
          }
          // The job is read with the instance, under its lock: every command that changes a job's
          // state holds it.
          var loaded = context.loadWithJob(processInstanceKey, jobKey);
          ProcessInstanceExecution execution = loaded.execution();
          JobRecord job = loaded.job();
          if (job == null || job.state.isEnded()) {
            throw jobNotFound(verb, jobKey);
          }
          if (job.activatableAt == null) {
            throw new InvalidStateException(
                "Expected to "
                    + verb
                    + " job with key '"
                    + jobKey
                    + "', but it is in state '"
                    + job.state
                    + "'"
                    + (job.state == JobState.ERROR_THROWN || job.retries <= 0
                        ? " with an open incident"
                        : ""));
          }
          instances.attachJob(execution, job);
          action.apply(execution, job);
          context.flush(execution);
          return null;
        });
  }

  /**
   * Updates a job's retries and/or timeout (either may be null), under its process instance's lock
   * like every other command that changes a job: a completion or failure of the same job is either
   * wholly before or wholly after it.
   */
  public void updateJob(UpdateJob command) {
    long jobKey = command.jobKey();
    Integer retries = command.retries();
    Long timeoutMillis = command.timeoutMillis();
    executor.execute(
        context -> {
          Long processInstanceKey = instances.processInstanceOfJob(jobKey);
          if (processInstanceKey == null || !context.lock(processInstanceKey)) {
            throw jobNotFound("update", jobKey);
          }
          JobRecord job = instances.loadJob(jobKey, true);
          if (job == null || job.state.isEnded()) {
            throw jobNotFound("update", jobKey);
          }
          long now = clock.millis();
          if (timeoutMillis != null) {
            if (job.deadline == null) {
              throw new InvalidStateException(
                  "Expected to update the timeout of job with key '"
                      + jobKey
                      + "', but it is not activated");
            }
            job.deadline = now + timeoutMillis;
            job.activatableAt = job.deadline;
          }
          if (retries != null) {
            job.retries = retries;
            if (job.state != JobState.ERROR_THROWN) {
              job.state = JobState.RETRIES_UPDATED;
            }
          }
          instances.updateJob(job);
          return null;
        });
  }

  private static NotFoundException jobNotFound(String verb, long jobKey) {
    return new NotFoundException(
        "Expected to " + verb + " job with key '" + jobKey + "', but no such job was found");
  }
}

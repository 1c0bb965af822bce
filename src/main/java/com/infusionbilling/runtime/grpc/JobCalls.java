package com.infusionbilling.runtime.grpc;

import static com.infusionbilling.runtime.grpc.GrpcResponses.toStatus;

import com.infusionbilling.runtime.command.CompleteJob;
import com.infusionbilling.runtime.command.FailJob;
import com.infusionbilling.runtime.command.JobCommands;
import com.infusionbilling.runtime.command.ThrowJobError;
import com.infusionbilling.runtime.command.UpdateJob;
import com.infusionbilling.runtime.jobs.JobDispatcher;
import com.infusionbilling.runtime.shared.ActivatedJob;
import com.infusionbilling.runtime.shared.ActivationRequest;
import com.infusionbilling.runtime.state.Json;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivateJobsRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivateJobsResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CompleteJobRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CompleteJobResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.FailJobRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.FailJobResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.JobResult;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.StreamActivatedJobsRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ThrowErrorRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ThrowErrorResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.UpdateJobRetriesRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.UpdateJobRetriesResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.UpdateJobTimeoutRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.UpdateJobTimeoutResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.UserTaskProperties;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The gateway's job calls (ActivateJobs, StreamActivatedJobs, CompleteJob, FailJob, ThrowError,
 * UpdateJobRetries, UpdateJobTimeout), mapped from protobuf onto {@link JobCommands} and back.
 */
final class JobCalls {

  private final JobCommands jobs;

  JobCalls(JobCommands jobs) {
    this.jobs = jobs;
  }

  /** Long-polling activation; a cancelled call withdraws its request. */
  void activate(ActivateJobsRequest request, StreamObserver<ActivateJobsResponse> response) {
    ActivationRequest activation;
    try {
      activation =
          new ActivationRequest(
              request.getType(),
              request.getWorker(),
              request.getTimeout(),
              request.getMaxJobsToActivate(),
              request.getFetchVariableList(),
              request.getTenantIdsList(),
              request.getRequestTimeout());
    } catch (RuntimeException e) {
      response.onError(toStatus(e));
      return;
    }
    ServerCallStreamObserver<ActivateJobsResponse> call =
        (ServerCallStreamObserver<ActivateJobsResponse>) response;
    AtomicReference<Runnable> withdraw = new AtomicReference<>(() -> {});
    call.setOnCancelHandler(() -> withdraw.get().run());
    try {
      Runnable handle =
          jobs.activateJobs(
              activation,
              activated -> {
                if (call.isCancelled()) {
                  throw new IllegalStateException("the worker cancelled its request");
                }
                ActivateJobsResponse.Builder builder = ActivateJobsResponse.newBuilder();
                activated.forEach(job -> builder.addJobs(toGrpc(job)));
                if (!activated.isEmpty()) {
                  call.onNext(builder.build());
                }
                call.onCompleted();
              });
      withdraw.set(handle);
      if (call.isCancelled()) {
        handle.run();
      }
    } catch (RuntimeException e) {
      response.onError(toStatus(e));
    }
  }

  /** Opens a job stream; it closes when the worker cancels the call. */
  void stream(
      StreamActivatedJobsRequest request,
      StreamObserver<io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivatedJob> response) {
    ServerCallStreamObserver<io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivatedJob>
        call =
            (ServerCallStreamObserver<
                    io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivatedJob>)
                response;
    try {
      ActivationRequest activation =
          ActivationRequest.forStream(
              request.getType(),
              request.getWorker(),
              request.getTimeout(),
              request.getFetchVariableList(),
              request.getTenantIdsList());
      JobDispatcher.JobStream stream = jobStream(activation, call);
      call.setOnCancelHandler(() -> jobs.closeJobStream(stream));
      jobs.openJobStream(stream);
    } catch (RuntimeException e) {
      response.onError(toStatus(e));
    }
  }

  /** Pushes each job to the call; false (the job is given back) once the worker has gone. */
  private static JobDispatcher.JobStream jobStream(
      ActivationRequest activation,
      ServerCallStreamObserver<io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivatedJob>
          call) {
    return new JobDispatcher.JobStream() {
      @Override
      public ActivationRequest request() {
        return activation;
      }

      @Override
      public boolean push(ActivatedJob job) {
        if (call.isCancelled()) {
          return false;
        }
        try {
          synchronized (call) {
            call.onNext(toGrpc(job));
          }
          return true;
        } catch (RuntimeException e) {
          return false;
        }
      }
    };
  }

  CompleteJobResponse complete(CompleteJobRequest request) {
    jobs.completeJob(
        new CompleteJob(
            request.getJobKey(),
            Json.parseDocument(request.getVariables(), "variables"),
            request.hasResult() ? jobResult(request.getResult()) : null));
    return CompleteJobResponse.getDefaultInstance();
  }

  FailJobResponse fail(FailJobRequest request) {
    jobs.failJob(
        new FailJob(
            request.getJobKey(),
            request.getRetries(),
            request.getErrorMessage(),
            request.getRetryBackOff(),
            Json.parseDocument(request.getVariables(), "variables")));
    return FailJobResponse.getDefaultInstance();
  }

  ThrowErrorResponse throwError(ThrowErrorRequest request) {
    jobs.throwError(
        new ThrowJobError(
            request.getJobKey(),
            request.getErrorCode(),
            request.getErrorMessage(),
            Json.parseDocument(request.getVariables(), "variables")));
    return ThrowErrorResponse.getDefaultInstance();
  }

  UpdateJobRetriesResponse updateRetries(UpdateJobRetriesRequest request) {
    jobs.updateJob(new UpdateJob(request.getJobKey(), request.getRetries(), null));
    return UpdateJobRetriesResponse.getDefaultInstance();
  }

  UpdateJobTimeoutResponse updateTimeout(UpdateJobTimeoutRequest request) {
    jobs.updateJob(new UpdateJob(request.getJobKey(), null, request.getTimeout()));
    return UpdateJobTimeoutResponse.getDefaultInstance();
  }

  private static com.infusionbilling.runtime.shared.JobResult jobResult(JobResult result) {
    if ("adHocSubProcess".equals(result.getType()) || result.getActivateElementsCount() > 0) {
      List<com.infusionbilling.runtime.shared.JobResult.ActivateElement> elements =
          new ArrayList<>();
      for (var element : result.getActivateElementsList()) {
        elements.add(
            new com.infusionbilling.runtime.shared.JobResult.ActivateElement(
                element.getElementId(), Json.parseDocument(element.getVariables(), "variables")));
      }
      return new com.infusionbilling.runtime.shared.JobResult(
          false,
          null,
          null,
          elements,
          result.getIsCompletionConditionFulfilled(),
          result.getIsCancelRemainingInstances());
    }
    com.infusionbilling.runtime.shared.JobResult.Corrections corrections = null;
    if (result.hasCorrections()) {
      var c = result.getCorrections();
      corrections =
          new com.infusionbilling.runtime.shared.JobResult.Corrections(
              c.hasAssignee() ? c.getAssignee() : null,
              c.hasDueDate() ? c.getDueDate() : null,
              c.hasFollowUpDate() ? c.getFollowUpDate() : null,
              c.hasCandidateUsers() ? List.copyOf(c.getCandidateUsers().getValuesList()) : null,
              c.hasCandidateGroups() ? List.copyOf(c.getCandidateGroups().getValuesList()) : null,
              c.hasPriority() ? c.getPriority() : null);
    }
    return com.infusionbilling.runtime.shared.JobResult.userTask(
        result.getDenied(),
        result.hasDeniedReason() ? result.getDeniedReason() : null,
        corrections);
  }

  static io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivatedJob toGrpc(ActivatedJob job) {
    StringBuilder variables = new StringBuilder("{");
    job.variablesJson()
        .forEach(
            (name, json) -> {
              if (variables.length() > 1) {
                variables.append(',');
              }
              variables.append(Json.write(name)).append(':').append(json);
            });
    variables.append('}');
    var builder = io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivatedJob.newBuilder();
    if (job.userTaskJson() != null) {
      Map<?, ?> task = (Map<?, ?>) Json.parse(job.userTaskJson());
      UserTaskProperties.Builder props = UserTaskProperties.newBuilder();
      if (task.get("userTaskKey") instanceof Number key) props.setUserTaskKey(key.longValue());
      if (task.get("action") != null) props.setAction(String.valueOf(task.get("action")));
      if (task.get("assignee") != null) props.setAssignee(String.valueOf(task.get("assignee")));
      if (task.get("candidateGroups") instanceof List<?> groups) {
        groups.forEach(g -> props.addCandidateGroups(String.valueOf(g)));
      }
      if (task.get("candidateUsers") instanceof List<?> users) {
        users.forEach(u -> props.addCandidateUsers(String.valueOf(u)));
      }
      if (task.get("changedAttributes") instanceof List<?> changed) {
        changed.forEach(c -> props.addChangedAttributes(String.valueOf(c)));
      }
      if (task.get("dueDate") != null) props.setDueDate(String.valueOf(task.get("dueDate")));
      if (task.get("followUpDate") != null) {
        props.setFollowUpDate(String.valueOf(task.get("followUpDate")));
      }
      if (task.get("formKey") instanceof Number form) props.setFormKey(form.longValue());
      if (task.get("priority") instanceof Number priority) props.setPriority(priority.intValue());
      builder.setUserTask(props);
    }
    return builder
        .setKey(job.key())
        .setType(job.type())
        .setProcessInstanceKey(job.processInstanceKey())
        .setBpmnProcessId(job.bpmnProcessId())
        .setProcessDefinitionVersion(job.processDefinitionVersion())
        .setProcessDefinitionKey(job.processDefinitionKey())
        .setElementId(job.elementId())
        .setElementInstanceKey(job.elementInstanceKey())
        .setCustomHeaders(Json.write(job.customHeaders()))
        .setWorker(job.worker())
        .setRetries(job.retries())
        .setDeadline(job.deadline())
        .setVariables(variables.toString())
        .setTenantId(job.tenantId())
        .setKind(
            io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivatedJob.JobKind.valueOf(
                job.kind()))
        .setListenerEventType(
            io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivatedJob.ListenerEventType
                .valueOf(job.listenerEventType()))
        .build();
  }
}

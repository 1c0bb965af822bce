package com.infusionbilling.runtime.grpc;

import com.infusionbilling.runtime.command.CreateInstance;
import com.infusionbilling.runtime.command.DecisionCommands;
import com.infusionbilling.runtime.command.DeploymentOutcome;
import com.infusionbilling.runtime.command.DeploymentProcessor;
import com.infusionbilling.runtime.command.MessageCommands;
import com.infusionbilling.runtime.command.ProcessInstanceCreated;
import com.infusionbilling.runtime.command.RuntimeCommands;
import com.infusionbilling.runtime.command.SignalCommands;
import com.infusionbilling.runtime.decision.DecisionEvaluator;
import com.infusionbilling.runtime.engine.ProcessInstanceModification;
import com.infusionbilling.runtime.jobs.JobDispatcher;
import com.infusionbilling.runtime.management.ClusterManagement;
import com.infusionbilling.runtime.management.Topology;
import com.infusionbilling.runtime.shared.ActivatedJob;
import com.infusionbilling.runtime.shared.ActivationRequest;
import com.infusionbilling.runtime.shared.RuntimeProblemException;
import com.infusionbilling.runtime.state.Json;
import io.camunda.zeebe.gateway.protocol.GatewayGrpc;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.*;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Zeebe gRPC gateway: the same commands as the REST API, translated from the gateway's protobuf
 * messages onto {@link RuntimeCommands}. Methods of later parts answer UNIMPLEMENTED with a message
 * saying so.
 */
public final class GatewayService extends GatewayGrpc.GatewayImplBase {

  private static final Logger LOG = LoggerFactory.getLogger(GatewayService.class);

  private final RuntimeCommands commands;
  private final ClusterManagement cluster;
  private final Topology topology;
  private final MessageCommands messages;
  private final SignalCommands signals;
  private final DecisionCommands decisions;

  public GatewayService(
      RuntimeCommands commands,
      ClusterManagement cluster,
      Topology topology,
      MessageCommands messages,
      SignalCommands signals,
      DecisionCommands decisions) {
    this.decisions = decisions;
    this.commands = commands;
    this.cluster = cluster;
    this.topology = topology;
    this.messages = messages;
    this.signals = signals;
  }

  @Override
  public void topology(TopologyRequest request, StreamObserver<TopologyResponse> response) {
    unary(
        response,
        () ->
            TopologyResponse.newBuilder()
                .setClusterSize(1)
                .setPartitionsCount(1)
                .setReplicationFactor(1)
                .setGatewayVersion(cluster.version())
                .addBrokers(
                    BrokerInfo.newBuilder()
                        .setNodeId(0)
                        .setHost(topology.host())
                        .setPort(topology.port())
                        .setVersion(cluster.version())
                        .addPartitions(
                            Partition.newBuilder()
                                .setPartitionId(1)
                                .setRole(Partition.PartitionBrokerRole.LEADER)
                                .setHealth(Partition.PartitionBrokerHealth.HEALTHY)))
                .build());
  }

  @Override
  public void deployResource(
      DeployResourceRequest request, StreamObserver<DeployResourceResponse> response) {
    unary(
        response,
        () -> {
          List<DeploymentProcessor.Resource> resources = new ArrayList<>();
          for (Resource r : request.getResourcesList()) {
            resources.add(
                new DeploymentProcessor.Resource(r.getName(), r.getContent().toByteArray()));
          }
          DeploymentOutcome outcome = commands.deploy(resources, request.getTenantId());
          DeployResourceResponse.Builder builder =
              DeployResourceResponse.newBuilder()
                  .setKey(outcome.deploymentKey())
                  .setTenantId(outcome.tenantId());
          for (DeploymentOutcome.Deployed deployed : outcome.deployed()) {
            Deployment.Builder d = Deployment.newBuilder();
            if (deployed instanceof DeploymentOutcome.ProcessDeployed p) {
              d.setProcess(
                  ProcessMetadata.newBuilder()
                      .setBpmnProcessId(p.bpmnProcessId())
                      .setVersion(p.version())
                      .setProcessDefinitionKey(p.processDefinitionKey())
                      .setResourceName(p.resourceName())
                      .setTenantId(p.tenantId()));
            } else if (deployed instanceof DeploymentOutcome.DecisionDeployed dd) {
              d.setDecision(
                  DecisionMetadata.newBuilder()
                      .setDmnDecisionId(dd.decisionId())
                      .setDmnDecisionName(nullToEmpty(dd.name()))
                      .setVersion(dd.version())
                      .setDecisionKey(dd.decisionKey())
                      .setDmnDecisionRequirementsId(dd.decisionRequirementsId())
                      .setDecisionRequirementsKey(dd.decisionRequirementsKey())
                      .setTenantId(dd.tenantId()));
            } else if (deployed instanceof DeploymentOutcome.DecisionRequirementsDeployed r) {
              d.setDecisionRequirements(
                  DecisionRequirementsMetadata.newBuilder()
                      .setDmnDecisionRequirementsId(r.decisionRequirementsId())
                      .setDmnDecisionRequirementsName(nullToEmpty(r.name()))
                      .setVersion(r.version())
                      .setDecisionRequirementsKey(r.decisionRequirementsKey())
                      .setResourceName(r.resourceName())
                      .setTenantId(r.tenantId()));
            } else if (deployed instanceof DeploymentOutcome.FormDeployed f) {
              d.setForm(
                  FormMetadata.newBuilder()
                      .setFormId(f.formId())
                      .setVersion(f.version())
                      .setFormKey(f.formKey())
                      .setResourceName(f.resourceName())
                      .setTenantId(f.tenantId()));
            }
            builder.addDeployments(d);
          }
          return builder.build();
        });
  }

  @Override
  public void createProcessInstance(
      CreateProcessInstanceRequest request,
      StreamObserver<CreateProcessInstanceResponse> response) {
    unary(
        response,
        () -> {
          ProcessInstanceCreated created =
              commands.createProcessInstance(
                  new CreateInstance(
                      request.getProcessDefinitionKey() > 0
                          ? request.getProcessDefinitionKey()
                          : null,
                      request.getBpmnProcessId(),
                      request.getVersion(),
                      Json.parseDocument(request.getVariables(), "variables"),
                      request.getTenantId(),
                      startBefore(request),
                      terminateAfter(request)));
          return CreateProcessInstanceResponse.newBuilder()
              .setProcessInstanceKey(created.processInstanceKey())
              .setProcessDefinitionKey(created.processDefinitionKey())
              .setBpmnProcessId(created.bpmnProcessId())
              .setVersion(created.version())
              .setTenantId(created.tenantId())
              .build();
        });
  }

  @Override
  public void cancelProcessInstance(
      CancelProcessInstanceRequest request,
      StreamObserver<CancelProcessInstanceResponse> response) {
    unary(
        response,
        () -> {
          commands.cancelProcessInstance(request.getProcessInstanceKey());
          return CancelProcessInstanceResponse.getDefaultInstance();
        });
  }

  @Override
  public void activateJobs(
      ActivateJobsRequest request, StreamObserver<ActivateJobsResponse> response) {
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
    java.util.concurrent.atomic.AtomicReference<Runnable> withdraw =
        new java.util.concurrent.atomic.AtomicReference<>(() -> {});
    call.setOnCancelHandler(() -> withdraw.get().run());
    try {
      Runnable handle =
          commands.activateJobs(
              activation,
              jobs -> {
                if (call.isCancelled()) {
                  throw new IllegalStateException("the worker cancelled its request");
                }
                ActivateJobsResponse.Builder builder = ActivateJobsResponse.newBuilder();
                jobs.forEach(job -> builder.addJobs(toGrpc(job)));
                if (!jobs.isEmpty()) {
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

  @Override
  public void streamActivatedJobs(
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
      call.setOnCancelHandler(() -> commands.closeJobStream(stream));
      commands.openJobStream(stream);
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

  @Override
  public void completeJob(
      CompleteJobRequest request, StreamObserver<CompleteJobResponse> response) {
    unary(
        response,
        () -> {
          commands.completeJob(
              request.getJobKey(),
              Json.parseDocument(request.getVariables(), "variables"),
              request.hasResult() ? jobResult(request.getResult()) : null);
          return CompleteJobResponse.getDefaultInstance();
        });
  }

  @Override
  public void failJob(FailJobRequest request, StreamObserver<FailJobResponse> response) {
    unary(
        response,
        () -> {
          commands.failJob(
              request.getJobKey(),
              request.getRetries(),
              request.getErrorMessage(),
              request.getRetryBackOff(),
              Json.parseDocument(request.getVariables(), "variables"));
          return FailJobResponse.getDefaultInstance();
        });
  }

  @Override
  public void throwError(ThrowErrorRequest request, StreamObserver<ThrowErrorResponse> response) {
    unary(
        response,
        () -> {
          commands.throwError(
              request.getJobKey(),
              request.getErrorCode(),
              request.getErrorMessage(),
              Json.parseDocument(request.getVariables(), "variables"));
          return ThrowErrorResponse.getDefaultInstance();
        });
  }

  @Override
  public void updateJobRetries(
      UpdateJobRetriesRequest request, StreamObserver<UpdateJobRetriesResponse> response) {
    unary(
        response,
        () -> {
          commands.updateJob(request.getJobKey(), request.getRetries(), null);
          return UpdateJobRetriesResponse.getDefaultInstance();
        });
  }

  @Override
  public void updateJobTimeout(
      UpdateJobTimeoutRequest request, StreamObserver<UpdateJobTimeoutResponse> response) {
    unary(
        response,
        () -> {
          commands.updateJob(request.getJobKey(), null, request.getTimeout());
          return UpdateJobTimeoutResponse.getDefaultInstance();
        });
  }

  @Override
  public void setVariables(
      SetVariablesRequest request, StreamObserver<SetVariablesResponse> response) {
    unary(
        response,
        () -> {
          Map<String, Object> variables = Json.parseDocument(request.getVariables(), "variables");
          long key =
              commands.setVariables(request.getElementInstanceKey(), variables, request.getLocal());
          return SetVariablesResponse.newBuilder().setKey(key).build();
        });
  }

  @Override
  public void resolveIncident(
      ResolveIncidentRequest request, StreamObserver<ResolveIncidentResponse> response) {
    unary(
        response,
        () -> {
          commands.resolveIncident(request.getIncidentKey());
          return ResolveIncidentResponse.getDefaultInstance();
        });
  }

  @Override
  public void publishMessage(
      PublishMessageRequest request, StreamObserver<PublishMessageResponse> response) {
    unary(
        response,
        () -> {
          MessageCommands.Published published =
              messages.publish(
                  request.getName(),
                  request.getCorrelationKey(),
                  request.getTimeToLive(),
                  request.getMessageId(),
                  Json.parseDocument(request.getVariables(), "variables"),
                  request.getTenantId());
          return PublishMessageResponse.newBuilder()
              .setKey(published.messageKey())
              .setTenantId(published.tenantId())
              .build();
        });
  }

  @Override
  public void broadcastSignal(
      BroadcastSignalRequest request, StreamObserver<BroadcastSignalResponse> response) {
    unary(
        response,
        () -> {
          SignalCommands.Broadcast broadcast =
              signals.broadcast(
                  request.getSignalName(),
                  Json.parseDocument(request.getVariables(), "variables"),
                  request.getTenantId());
          return BroadcastSignalResponse.newBuilder()
              .setKey(broadcast.signalKey())
              .setTenantId(broadcast.tenantId())
              .build();
        });
  }

  // --- later parts ------------------------------------------------------------------------------

  @Override
  public void createProcessInstanceWithResult(
      CreateProcessInstanceWithResultRequest request,
      StreamObserver<CreateProcessInstanceWithResultResponse> response) {
    CreateProcessInstanceRequest create = request.getRequest();
    java.util.concurrent.CompletableFuture<RuntimeCommands.InstanceResult> result;
    try {
      result =
          commands.createProcessInstanceWithResult(
              new CreateInstance(
                  create.getProcessDefinitionKey() > 0 ? create.getProcessDefinitionKey() : null,
                  create.getBpmnProcessId(),
                  create.getVersion(),
                  Json.parseDocument(create.getVariables(), "variables"),
                  create.getTenantId(),
                  startBefore(create),
                  terminateAfter(create)),
              Math.max(request.getRequestTimeout(), 0),
              request.getFetchVariablesList());
    } catch (RuntimeException e) {
      response.onError(toStatus(e));
      return;
    }
    result.whenComplete(
        (done, error) -> {
          if (error != null) {
            Throwable cause =
                error instanceof java.util.concurrent.CompletionException
                        && error.getCause() != null
                    ? error.getCause()
                    : error;
            response.onError(
                cause instanceof RuntimeException runtime
                    ? toStatus(runtime)
                    : Status.INTERNAL.withDescription(cause.getMessage()).asRuntimeException());
            return;
          }
          ProcessInstanceCreated created = done.created();
          try {
            response.onNext(
                CreateProcessInstanceWithResultResponse.newBuilder()
                    .setProcessInstanceKey(created.processInstanceKey())
                    .setProcessDefinitionKey(created.processDefinitionKey())
                    .setBpmnProcessId(created.bpmnProcessId())
                    .setVersion(created.version())
                    .setTenantId(created.tenantId())
                    .setVariables(Json.write(done.variables()))
                    .build());
            response.onCompleted();
          } catch (RuntimeException e) {
            LOG.debug("the caller of CreateProcessInstanceWithResult is gone", e);
          }
        });
  }

  @Override
  public void evaluateDecision(
      EvaluateDecisionRequest request, StreamObserver<EvaluateDecisionResponse> response) {
    unary(
        response,
        () -> {
          DecisionEvaluator.Evaluated evaluated;
          try {
            evaluated =
                decisions.evaluate(
                    request.getDecisionId(),
                    request.getDecisionKey() > 0 ? request.getDecisionKey() : null,
                    Json.parseDocument(request.getVariables(), "variables"),
                    request.getTenantId());
          } catch (com.infusionbilling.runtime.shared.NotFoundException e) {
            // the gateway documents an unknown decision as INVALID_ARGUMENT (REST: 404)
            throw new com.infusionbilling.runtime.shared.InvalidArgumentException(e.getMessage());
          }
          var decision = evaluated.decision();
          var evaluation = evaluated.evaluation();
          EvaluateDecisionResponse.Builder builder =
              EvaluateDecisionResponse.newBuilder()
                  .setDecisionKey(decision.key())
                  .setDecisionId(decision.decisionId())
                  .setDecisionName(nullToEmpty(decision.name()))
                  .setDecisionVersion(decision.version())
                  .setDecisionRequirementsId(decision.decisionRequirementsId())
                  .setDecisionRequirementsKey(decision.decisionRequirementsKey())
                  .setDecisionOutput(evaluation.outputJson())
                  .setFailedDecisionId(nullToEmpty(evaluation.failedDecisionId()))
                  .setFailureMessage(nullToEmpty(evaluation.failureMessage()))
                  .setTenantId(decision.tenantId())
                  .setDecisionInstanceKey(evaluated.evaluationKey())
                  .setDecisionEvaluationKey(evaluated.evaluationKey());
          int index = 0;
          for (var d : evaluation.evaluatedDecisions()) {
            var definition = evaluated.definition(d.decisionId());
            EvaluatedDecision.Builder item =
                EvaluatedDecision.newBuilder()
                    .setDecisionKey(definition.key())
                    .setDecisionId(d.decisionId())
                    .setDecisionName(nullToEmpty(d.decisionName()))
                    .setDecisionVersion(definition.version())
                    .setDecisionType(d.decisionType())
                    .setDecisionOutput(d.outputJson())
                    .setTenantId(decision.tenantId())
                    .setDecisionEvaluationInstanceKey(evaluated.instanceIds().get(index++));
            for (var input : d.inputs()) {
              item.addEvaluatedInputs(
                  EvaluatedDecisionInput.newBuilder()
                      .setInputId(input.inputId())
                      .setInputName(nullToEmpty(input.inputName()))
                      .setInputValue(input.valueJson()));
            }
            for (var rule : d.matchedRules()) {
              MatchedDecisionRule.Builder matched =
                  MatchedDecisionRule.newBuilder()
                      .setRuleId(rule.ruleId())
                      .setRuleIndex(rule.ruleIndex());
              for (var output : rule.outputs()) {
                matched.addEvaluatedOutputs(
                    EvaluatedDecisionOutput.newBuilder()
                        .setOutputId(output.outputId())
                        .setOutputName(nullToEmpty(output.outputName()))
                        .setOutputValue(output.valueJson()));
              }
              item.addMatchedRules(matched);
            }
            builder.addEvaluatedDecisions(item);
          }
          return builder.build();
        });
  }

  @Override
  public void modifyProcessInstance(
      ModifyProcessInstanceRequest request,
      StreamObserver<ModifyProcessInstanceResponse> response) {
    unary(
        response,
        () -> {
          List<ProcessInstanceModification.Activation> activations = new ArrayList<>();
          for (var a : request.getActivateInstructionsList()) {
            List<ProcessInstanceModification.VariableInstruction> variables = new ArrayList<>();
            for (var v : a.getVariableInstructionsList()) {
              variables.add(
                  new ProcessInstanceModification.VariableInstruction(
                      Json.parseDocument(v.getVariables(), "variables"), v.getScopeId()));
            }
            activations.add(
                new ProcessInstanceModification.Activation(
                    a.getElementId(), a.getAncestorElementInstanceKey(), variables));
          }
          List<Long> terminations = new ArrayList<>();
          for (var t : request.getTerminateInstructionsList()) {
            terminations.add(t.getElementInstanceKey());
          }
          commands.modifyProcessInstance(
              request.getProcessInstanceKey(), activations, terminations);
          return ModifyProcessInstanceResponse.getDefaultInstance();
        });
  }

  private static java.util.Set<String> terminateAfter(CreateProcessInstanceRequest request) {
    java.util.Set<String> elementIds = new java.util.LinkedHashSet<>();
    for (var instruction : request.getRuntimeInstructionsList()) {
      if (!instruction.hasTerminate()) {
        throw new com.infusionbilling.runtime.shared.InvalidArgumentException(
            "Unknown runtime instruction " + instruction.getInstructionCase());
      }
      elementIds.add(instruction.getTerminate().getAfterElementId());
    }
    return elementIds;
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

  private static List<String> startBefore(CreateProcessInstanceRequest request) {
    List<String> elementIds = new ArrayList<>();
    for (var instruction : request.getStartInstructionsList()) {
      elementIds.add(instruction.getElementId());
    }
    return elementIds;
  }

  @Override
  public void migrateProcessInstance(
      MigrateProcessInstanceRequest request,
      StreamObserver<MigrateProcessInstanceResponse> response) {
    unimplemented(response, "MigrateProcessInstance");
  }

  @Override
  public void deleteResource(
      DeleteResourceRequest request, StreamObserver<DeleteResourceResponse> response) {
    unimplemented(response, "DeleteResource");
  }

  @Override
  @SuppressWarnings("deprecation")
  public void deployProcess(
      DeployProcessRequest request, StreamObserver<DeployProcessResponse> response) {
    unimplemented(response, "DeployProcess (deprecated; use DeployResource)");
  }

  // ---------------------------------------------------------------------------------------------

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

  private static <T> void unary(StreamObserver<T> response, Supplier<T> call) {
    T result;
    try {
      result = call.get();
    } catch (RuntimeException e) {
      response.onError(toStatus(e));
      return;
    }
    response.onNext(result);
    response.onCompleted();
  }

  private static <T> void unimplemented(StreamObserver<T> response, String method) {
    response.onError(
        Status.UNIMPLEMENTED
            .withDescription(
                method
                    + " is not implemented by this embedded runtime yet (see docs/runtime.md for"
                    + " its coverage)")
            .asRuntimeException());
  }

  static StatusRuntimeException toStatus(RuntimeException e) {
    RuntimeProblemException database = RuntimeProblemException.ofDatabase(e);
    if (database != null) {
      LOG.warn("gRPC command refused: {}", e.getMessage());
      return toStatus(database);
    }
    if (e instanceof RuntimeProblemException problem) {
      Status status =
          switch (problem.kind()) {
            case INVALID_ARGUMENT -> Status.INVALID_ARGUMENT;
            case NOT_FOUND -> Status.NOT_FOUND;
            case INVALID_STATE -> Status.FAILED_PRECONDITION;
            case ALREADY_EXISTS -> Status.ALREADY_EXISTS;
            case RESOURCE_EXHAUSTED -> Status.RESOURCE_EXHAUSTED;
            case DEADLINE_EXCEEDED -> Status.DEADLINE_EXCEEDED;
            case ABORTED -> Status.ABORTED;
            case UNIMPLEMENTED -> Status.UNIMPLEMENTED;
          };
      return status.withDescription(problem.getMessage()).asRuntimeException();
    }
    if (e instanceof IllegalArgumentException) {
      return Status.INVALID_ARGUMENT.withDescription(e.getMessage()).asRuntimeException();
    }
    LOG.error("unexpected error in a gRPC command", e);
    return Status.INTERNAL
        .withDescription(
            "Unexpected error: " + e.getClass().getSimpleName() + ": " + e.getMessage())
        .withCause(e)
        .asRuntimeException();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}

package com.infusionbilling.runtime.grpc;

import static com.infusionbilling.runtime.grpc.GrpcResponses.toStatus;

import com.infusionbilling.runtime.command.CancelProcessInstance;
import com.infusionbilling.runtime.command.CreateProcessInstance;
import com.infusionbilling.runtime.command.CreateProcessInstanceWithResult;
import com.infusionbilling.runtime.command.IncidentCommands;
import com.infusionbilling.runtime.command.ModifyProcessInstance;
import com.infusionbilling.runtime.command.ProcessInstanceCreated;
import com.infusionbilling.runtime.command.ResolveIncident;
import com.infusionbilling.runtime.command.RuntimeCommands;
import com.infusionbilling.runtime.command.SetVariables;
import com.infusionbilling.runtime.engine.ProcessInstanceModification;
import com.infusionbilling.runtime.shared.InvalidArgumentException;
import com.infusionbilling.runtime.state.Json;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CancelProcessInstanceRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CancelProcessInstanceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CreateProcessInstanceRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CreateProcessInstanceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CreateProcessInstanceWithResultRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CreateProcessInstanceWithResultResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ModifyProcessInstanceRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ModifyProcessInstanceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ResolveIncidentRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ResolveIncidentResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.SetVariablesRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.SetVariablesResponse;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's process instance calls (CreateProcessInstance, with result or not,
 * CancelProcessInstance, ModifyProcessInstance, SetVariables, ResolveIncident), mapped from
 * protobuf onto {@link RuntimeCommands} and {@link IncidentCommands} and back.
 */
final class InstanceCalls {

  private static final Logger LOG = LoggerFactory.getLogger(InstanceCalls.class);

  private final RuntimeCommands commands;
  private final IncidentCommands incidents;

  InstanceCalls(RuntimeCommands commands, IncidentCommands incidents) {
    this.commands = commands;
    this.incidents = incidents;
  }

  CreateProcessInstanceResponse create(CreateProcessInstanceRequest request) {
    ProcessInstanceCreated created = commands.createProcessInstance(command(request));
    return CreateProcessInstanceResponse.newBuilder()
        .setProcessInstanceKey(created.processInstanceKey())
        .setProcessDefinitionKey(created.processDefinitionKey())
        .setBpmnProcessId(created.bpmnProcessId())
        .setVersion(created.version())
        .setTenantId(created.tenantId())
        .build();
  }

  /** Answers once the instance completed (without holding a thread while it runs). */
  void createWithResult(
      CreateProcessInstanceWithResultRequest request,
      StreamObserver<CreateProcessInstanceWithResultResponse> response) {
    CompletableFuture<RuntimeCommands.InstanceResult> result;
    try {
      result =
          commands.createProcessInstanceWithResult(
              new CreateProcessInstanceWithResult(
                  command(request.getRequest()),
                  // the gateway treats a negative request timeout as none (REST rejects it)
                  Math.max(request.getRequestTimeout(), 0),
                  request.getFetchVariablesList()));
    } catch (RuntimeException e) {
      response.onError(toStatus(e));
      return;
    }
    result.whenComplete(
        (done, error) -> {
          if (error != null) {
            Throwable cause =
                error instanceof CompletionException && error.getCause() != null
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

  CancelProcessInstanceResponse cancel(CancelProcessInstanceRequest request) {
    commands.cancelProcessInstance(new CancelProcessInstance(request.getProcessInstanceKey()));
    return CancelProcessInstanceResponse.getDefaultInstance();
  }

  ModifyProcessInstanceResponse modify(ModifyProcessInstanceRequest request) {
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
        new ModifyProcessInstance(request.getProcessInstanceKey(), activations, terminations));
    return ModifyProcessInstanceResponse.getDefaultInstance();
  }

  SetVariablesResponse setVariables(SetVariablesRequest request) {
    Map<String, Object> variables = Json.parseDocument(request.getVariables(), "variables");
    long key =
        commands.setVariables(
            new SetVariables(request.getElementInstanceKey(), variables, request.getLocal()));
    return SetVariablesResponse.newBuilder().setKey(key).build();
  }

  ResolveIncidentResponse resolveIncident(ResolveIncidentRequest request) {
    incidents.resolveIncident(new ResolveIncident(request.getIncidentKey()));
    return ResolveIncidentResponse.getDefaultInstance();
  }

  private static CreateProcessInstance command(CreateProcessInstanceRequest request) {
    return new CreateProcessInstance(
        request.getProcessDefinitionKey(),
        request.getBpmnProcessId(),
        request.getVersion(),
        Json.parseDocument(request.getVariables(), "variables"),
        request.getTenantId(),
        startBefore(request),
        terminateAfter(request));
  }

  private static List<String> startBefore(CreateProcessInstanceRequest request) {
    List<String> elementIds = new ArrayList<>();
    for (var instruction : request.getStartInstructionsList()) {
      elementIds.add(instruction.getElementId());
    }
    return elementIds;
  }

  private static Set<String> terminateAfter(CreateProcessInstanceRequest request) {
    Set<String> elementIds = new LinkedHashSet<>();
    for (var instruction : request.getRuntimeInstructionsList()) {
      if (!instruction.hasTerminate()) {
        throw new InvalidArgumentException(
            "Unknown runtime instruction " + instruction.getInstructionCase());
      }
      elementIds.add(instruction.getTerminate().getAfterElementId());
    }
    return elementIds;
  }
}

package com.infusionbilling.runtime.grpc;

import static com.infusionbilling.runtime.grpc.GrpcResponses.unary;
import static com.infusionbilling.runtime.grpc.GrpcResponses.unimplemented;

import com.infusionbilling.runtime.command.BroadcastSignal;
import com.infusionbilling.runtime.command.DecisionCommands;
import com.infusionbilling.runtime.command.IncidentCommands;
import com.infusionbilling.runtime.command.JobCommands;
import com.infusionbilling.runtime.command.MessageCommands;
import com.infusionbilling.runtime.command.PublishMessage;
import com.infusionbilling.runtime.command.RuntimeCommands;
import com.infusionbilling.runtime.command.SignalCommands;
import com.infusionbilling.runtime.management.ClusterManagement;
import com.infusionbilling.runtime.management.Topology;
import com.infusionbilling.runtime.state.Json;
import io.camunda.zeebe.gateway.protocol.GatewayGrpc;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.*;
import io.grpc.stub.StreamObserver;

/**
 * The Zeebe gRPC gateway: the same commands as the REST API, translated from the gateway's protobuf
 * messages. Each call family has its mapper ({@link InstanceCalls}, {@link JobCalls}, {@link
 * ResourceCalls}); the topology, messages and signals are mapped here. Methods of later parts
 * answer UNIMPLEMENTED with a message saying so.
 */
public final class GatewayService extends GatewayGrpc.GatewayImplBase {

  private final ClusterManagement cluster;
  private final Topology topology;
  private final MessageCommands messages;
  private final SignalCommands signals;
  private final InstanceCalls instances;
  private final JobCalls jobs;
  private final ResourceCalls resources;

  public GatewayService(
      RuntimeCommands commands,
      JobCommands jobs,
      IncidentCommands incidents,
      ClusterManagement cluster,
      Topology topology,
      MessageCommands messages,
      SignalCommands signals,
      DecisionCommands decisions) {
    this.cluster = cluster;
    this.topology = topology;
    this.messages = messages;
    this.signals = signals;
    this.instances = new InstanceCalls(commands, incidents);
    this.jobs = new JobCalls(jobs);
    this.resources = new ResourceCalls(commands, decisions);
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

  // --- deployments and decisions --------------------------------------------------------------

  @Override
  public void deployResource(
      DeployResourceRequest request, StreamObserver<DeployResourceResponse> response) {
    unary(response, () -> resources.deploy(request));
  }

  @Override
  public void evaluateDecision(
      EvaluateDecisionRequest request, StreamObserver<EvaluateDecisionResponse> response) {
    unary(response, () -> resources.evaluateDecision(request));
  }

  // --- process instances ----------------------------------------------------------------------

  @Override
  public void createProcessInstance(
      CreateProcessInstanceRequest request,
      StreamObserver<CreateProcessInstanceResponse> response) {
    unary(response, () -> instances.create(request));
  }

  @Override
  public void createProcessInstanceWithResult(
      CreateProcessInstanceWithResultRequest request,
      StreamObserver<CreateProcessInstanceWithResultResponse> response) {
    instances.createWithResult(request, response);
  }

  @Override
  public void cancelProcessInstance(
      CancelProcessInstanceRequest request,
      StreamObserver<CancelProcessInstanceResponse> response) {
    unary(response, () -> instances.cancel(request));
  }

  @Override
  public void modifyProcessInstance(
      ModifyProcessInstanceRequest request,
      StreamObserver<ModifyProcessInstanceResponse> response) {
    unary(response, () -> instances.modify(request));
  }

  @Override
  public void setVariables(
      SetVariablesRequest request, StreamObserver<SetVariablesResponse> response) {
    unary(response, () -> instances.setVariables(request));
  }

  @Override
  public void resolveIncident(
      ResolveIncidentRequest request, StreamObserver<ResolveIncidentResponse> response) {
    unary(response, () -> instances.resolveIncident(request));
  }

  // --- jobs -----------------------------------------------------------------------------------

  @Override
  public void activateJobs(
      ActivateJobsRequest request, StreamObserver<ActivateJobsResponse> response) {
    jobs.activate(request, response);
  }

  @Override
  public void streamActivatedJobs(
      StreamActivatedJobsRequest request, StreamObserver<ActivatedJob> response) {
    jobs.stream(request, response);
  }

  @Override
  public void completeJob(
      CompleteJobRequest request, StreamObserver<CompleteJobResponse> response) {
    unary(response, () -> jobs.complete(request));
  }

  @Override
  public void failJob(FailJobRequest request, StreamObserver<FailJobResponse> response) {
    unary(response, () -> jobs.fail(request));
  }

  @Override
  public void throwError(ThrowErrorRequest request, StreamObserver<ThrowErrorResponse> response) {
    unary(response, () -> jobs.throwError(request));
  }

  @Override
  public void updateJobRetries(
      UpdateJobRetriesRequest request, StreamObserver<UpdateJobRetriesResponse> response) {
    unary(response, () -> jobs.updateRetries(request));
  }

  @Override
  public void updateJobTimeout(
      UpdateJobTimeoutRequest request, StreamObserver<UpdateJobTimeoutResponse> response) {
    unary(response, () -> jobs.updateTimeout(request));
  }

  // --- messages and signals -------------------------------------------------------------------

  @Override
  public void publishMessage(
      PublishMessageRequest request, StreamObserver<PublishMessageResponse> response) {
    unary(
        response,
        () -> {
          MessageCommands.Published published =
              messages.publish(
                  new PublishMessage(
                      request.getName(),
                      request.getCorrelationKey(),
                      request.getTimeToLive(),
                      request.getMessageId(),
                      Json.parseDocument(request.getVariables(), "variables"),
                      request.getTenantId()));
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
                  new BroadcastSignal(
                      request.getSignalName(),
                      Json.parseDocument(request.getVariables(), "variables"),
                      request.getTenantId()));
          return BroadcastSignalResponse.newBuilder()
              .setKey(broadcast.signalKey())
              .setTenantId(broadcast.tenantId())
              .build();
        });
  }

  // --- later parts ------------------------------------------------------------------------------

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
}

package com.infusionbilling.runtime.rest;

import com.infusionbilling.runtime.command.DeployResources;
import com.infusionbilling.runtime.command.DeploymentProcessor;
import com.infusionbilling.runtime.command.RuntimeCommands;
import com.infusionbilling.runtime.management.ClusterManagement;
import com.infusionbilling.runtime.management.Topology;
import io.camunda.client.protocol.rest.BrokerInfo;
import io.camunda.client.protocol.rest.DeploymentResult;
import io.camunda.client.protocol.rest.Partition;
import io.camunda.client.protocol.rest.TopologyResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code GET /v2/topology} and {@code POST /v2/deployments}. */
@RestController
@RequestMapping("/v2")
public class ClusterController {

  private final RuntimeCommands commands;
  private final ClusterManagement cluster;
  private final Topology topology;

  public ClusterController(RuntimeCommands commands, ClusterManagement cluster, Topology topology) {
    this.commands = commands;
    this.cluster = cluster;
    this.topology = topology;
  }

  @GetMapping("/topology")
  public TopologyResponse topology() {
    return restTopology(topology, cluster);
  }

  /** {@code GET /v2/status}: 204 while the partition is healthy (always, for one partition). */
  @GetMapping("/status")
  public org.springframework.http.ResponseEntity<Void> status() {
    return org.springframework.http.ResponseEntity.noContent().build();
  }

  /** {@code PUT /v2/clock}: pins the runtime clock (the client's PinClockCommand). */
  @org.springframework.web.bind.annotation.PutMapping("/clock")
  @org.springframework.web.bind.annotation.ResponseStatus(
      org.springframework.http.HttpStatus.NO_CONTENT)
  public void pinClock(
      @org.springframework.web.bind.annotation.RequestBody
          io.camunda.client.protocol.rest.ClockPinRequest request) {
    if (request == null || request.getTimestamp() == null) {
      throw new com.infusionbilling.runtime.shared.InvalidArgumentException(
          "Expected a 'timestamp' (epoch milliseconds) to pin the clock to");
    }
    cluster.pinTime(request.getTimestamp());
  }

  /** {@code POST /v2/clock/reset}: back to the system time (the client's ResetClockCommand). */
  @PostMapping("/clock/reset")
  @org.springframework.web.bind.annotation.ResponseStatus(
      org.springframework.http.HttpStatus.NO_CONTENT)
  public void resetClock() {
    cluster.resetTime();
  }

  @PostMapping(path = "/deployments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public DeploymentResult deploy(
      @RequestPart("resources") List<MultipartFile> resources,
      @RequestParam(value = "tenantId", required = false) String tenantId)
      throws IOException {
    List<DeploymentProcessor.Resource> list = new ArrayList<>();
    for (MultipartFile file : resources) {
      String name =
          file.getOriginalFilename() != null ? file.getOriginalFilename() : file.getName();
      list.add(new DeploymentProcessor.Resource(name, file.getBytes()));
    }
    return RestMapping.deployment(commands.deploy(new DeployResources(list, tenantId)));
  }

  /** The topology in the REST API's shape (one broker, one partition, its leader). */
  static TopologyResponse restTopology(Topology topology, ClusterManagement cluster) {
    long changeId = cluster.lastCompletedChangeId();
    return new TopologyResponse()
        .clusterSize(1)
        .partitionsCount(1)
        .replicationFactor(1)
        .gatewayVersion(cluster.version())
        .lastCompletedChangeId(changeId < 0 ? "-1" : String.valueOf(changeId))
        .brokers(
            List.of(
                new BrokerInfo()
                    .nodeId(0)
                    .host(topology.host())
                    .port(topology.port())
                    .version(cluster.version())
                    .partitions(
                        List.of(
                            new Partition()
                                .partitionId(1)
                                .role(Partition.RoleEnum.LEADER)
                                .health(Partition.HealthEnum.HEALTHY)))));
  }
}

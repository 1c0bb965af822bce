package com.infusionbilling.runtime.management;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The management endpoints Camunda Process Test calls on the monitoring address: the controllable
 * clock ({@code /actuator/clock}) and cluster purge ({@code /actuator/cluster/purge}).
 */
@RestController
@RequestMapping("/actuator")
public class ManagementController {

  /** Body of {@code POST /actuator/clock/add}. */
  public record AddTime(Long offsetMilli) {}

  /** Body of {@code POST /actuator/clock/pin}. */
  public record PinTime(Long epochMilli) {}

  private final ClusterManagement cluster;

  public ManagementController(ClusterManagement cluster) {
    this.cluster = cluster;
  }

  @GetMapping("/clock")
  public Map<String, Object> clock() {
    long now = cluster.now();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("epochMilli", now);
    body.put("instant", Instant.ofEpochMilli(now).toString());
    return body;
  }

  @PostMapping("/clock/add")
  public Map<String, Object> add(@RequestBody AddTime request) {
    if (request == null || request.offsetMilli() == null) {
      throw new IllegalArgumentException("Expected 'offsetMilli' in the request body");
    }
    cluster.addTime(request.offsetMilli());
    return clock();
  }

  @PostMapping("/clock/pin")
  public Map<String, Object> pin(@RequestBody PinTime request) {
    if (request == null || request.epochMilli() == null) {
      throw new IllegalArgumentException("Expected 'epochMilli' in the request body");
    }
    cluster.pinTime(request.epochMilli());
    return clock();
  }

  @DeleteMapping("/clock")
  public Map<String, Object> reset() {
    cluster.resetTime();
    return clock();
  }

  @PostMapping("/cluster/purge")
  public Map<String, Object> purge() {
    long changeId = cluster.purge();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("changeId", changeId);
    body.put("status", "COMPLETED");
    body.put("plannedChanges", List.of(Map.of("operation", "PURGE", "status", "COMPLETED")));
    return body;
  }
}

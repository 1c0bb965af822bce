package com.infusionbilling.runtime.state;

import com.infusionbilling.runtime.model.BpmnTransformer;
import com.infusionbilling.runtime.model.ExecutableProcess;
import com.infusionbilling.runtime.shared.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * Deployed resources and process definitions. Executable graphs are built once per definition (from
 * the stored XML) and cached; definitions never change after deployment.
 */
public final class DefinitionStore {

  public record ProcessDefinitionRow(
      long key,
      String bpmnProcessId,
      String name,
      int version,
      String versionTag,
      long resourceKey,
      String resourceName,
      long deploymentKey,
      String checksum,
      String tenantId) {}

  private static final RowMapper<ProcessDefinitionRow> MAPPER =
      (rs, i) ->
          new ProcessDefinitionRow(
              rs.getLong("process_definition_key"),
              rs.getString("bpmn_process_id"),
              rs.getString("name"),
              rs.getInt("version"),
              rs.getString("version_tag"),
              rs.getLong("resource_key"),
              rs.getString("resource_name"),
              rs.getLong("deployment_key"),
              rs.getString("checksum"),
              rs.getString("tenant_id"));

  private final JdbcTemplate jdbc;
  private final BpmnTransformer transformer;
  private final Map<Long, ExecutableProcess> executables = new ConcurrentHashMap<>();
  private final Map<String, ProcessDefinitionRow> latestVersions = new ConcurrentHashMap<>();
  private final AtomicLong deploymentChanges = new AtomicLong();

  public DefinitionStore(JdbcTemplate jdbc, BpmnTransformer transformer) {
    this.jdbc = jdbc;
    this.transformer = transformer;
  }

  /**
   * The latest version of a process (what a new instance of it runs), remembered between
   * deployments: every deployment forgets them when it begins and again once it has committed or
   * rolled back ({@link #deploymentChanging}), and a version read while one was under way is not
   * remembered, so a remembered version is never older than the latest committed one.
   */
  public ProcessDefinitionRow latest(String bpmnProcessId, String tenantId) {
    String key = tenantId + "\n" + bpmnProcessId;
    ProcessDefinitionRow known = latestVersions.get(key);
    if (known != null) {
      return known;
    }
    long seen = deploymentChanges.get();
    ProcessDefinitionRow row = latestStored(bpmnProcessId, tenantId);
    if (row != null) {
      latestVersions.put(key, row);
      if (deploymentChanges.get() != seen) {
        latestVersions.remove(key, row); // a deployment began or ended meanwhile
      }
    }
    return row;
  }

  /** Forgets the remembered latest versions: a deployment begins, commits or rolls back. */
  public void deploymentChanging() {
    deploymentChanges.incrementAndGet();
    latestVersions.clear();
  }

  /** The latest version as stored (a deployment numbering the next version reads this). */
  public ProcessDefinitionRow latestStored(String bpmnProcessId, String tenantId) {
    List<ProcessDefinitionRow> rows =
        jdbc.query(
            "SELECT * FROM rt_process_definition WHERE bpmn_process_id = ? AND tenant_id = ?"
                + " ORDER BY version DESC LIMIT 1",
            MAPPER,
            bpmnProcessId,
            tenantId);
    return rows.isEmpty() ? null : rows.get(0);
  }

  public ProcessDefinitionRow version(String bpmnProcessId, int version, String tenantId) {
    List<ProcessDefinitionRow> rows =
        jdbc.query(
            "SELECT * FROM rt_process_definition WHERE bpmn_process_id = ? AND version = ?"
                + " AND tenant_id = ?",
            MAPPER,
            bpmnProcessId,
            version,
            tenantId);
    return rows.isEmpty() ? null : rows.get(0);
  }

  /**
   * The version of a process deployed in the given deployment (a call's bindingType=deployment).
   */
  public ProcessDefinitionRow inDeployment(
      String bpmnProcessId, long deploymentKey, String tenantId) {
    List<ProcessDefinitionRow> rows =
        jdbc.query(
            "SELECT * FROM rt_process_definition WHERE bpmn_process_id = ? AND deployment_key = ?"
                + " AND tenant_id = ? ORDER BY version DESC LIMIT 1",
            MAPPER,
            bpmnProcessId,
            deploymentKey,
            tenantId);
    return rows.isEmpty() ? null : rows.get(0);
  }

  /** The latest version of a process with the given version tag (bindingType=versionTag). */
  public ProcessDefinitionRow latestWithVersionTag(
      String bpmnProcessId, String versionTag, String tenantId) {
    List<ProcessDefinitionRow> rows =
        jdbc.query(
            "SELECT * FROM rt_process_definition WHERE bpmn_process_id = ? AND version_tag = ?"
                + " AND tenant_id = ? ORDER BY version DESC LIMIT 1",
            MAPPER,
            bpmnProcessId,
            versionTag,
            tenantId);
    return rows.isEmpty() ? null : rows.get(0);
  }

  public ProcessDefinitionRow byKey(long key) {
    List<ProcessDefinitionRow> rows =
        jdbc.query(
            "SELECT * FROM rt_process_definition WHERE process_definition_key = ?", MAPPER, key);
    return rows.isEmpty() ? null : rows.get(0);
  }

  public ProcessDefinitionRow requireByKey(long key) {
    ProcessDefinitionRow row = byKey(key);
    if (row == null) {
      throw new NotFoundException(
          "Expected to find process definition with key '"
              + key
              + "', but no such process definition was found");
    }
    return row;
  }

  public byte[] resourceContent(long resourceKey) {
    return jdbc.queryForObject(
        "SELECT content FROM rt_resource WHERE resource_key = ?",
        (rs, i) -> rs.getBytes(1),
        resourceKey);
  }

  /** The executable graph of a definition, built from its XML on first use. */
  public ExecutableProcess executable(long processDefinitionKey) {
    return executables.computeIfAbsent(
        processDefinitionKey,
        key -> {
          ProcessDefinitionRow row = requireByKey(key);
          var transformed =
              transformer.transform(row.resourceName(), resourceContent(row.resourceKey()));
          return transformed.processes().stream()
              .filter(p -> p.bpmnProcessId().equals(row.bpmnProcessId()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "resource "
                              + row.resourceName()
                              + " lost process "
                              + row.bpmnProcessId()));
        });
  }

  public void cache(long processDefinitionKey, ExecutableProcess process) {
    executables.put(processDefinitionKey, process);
  }

  public void clearCache() {
    executables.clear();
    deploymentChanging();
  }
}

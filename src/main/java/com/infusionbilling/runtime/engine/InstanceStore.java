package com.infusionbilling.runtime.engine;

import com.infusionbilling.runtime.expression.ExpressionLanguage;
import com.infusionbilling.runtime.state.DefinitionStore;
import com.infusionbilling.runtime.state.Json;
import com.infusionbilling.runtime.state.SqlStates;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loads the active state of one process instance (under a row lock on the instance, so commands on
 * one instance are serialized) and writes back what a command changed, in batches.
 */
public final class InstanceStore {

  private final JdbcTemplate jdbc;
  private final DefinitionStore definitions;
  private final ExpressionLanguage expressions;
  private final BehaviorRegistry behaviors;
  private final LongSupplier keys;
  private final InstanceEventStore eventStore;
  private final UserTaskStore userTaskStore;
  private final JobIncidentStore jobsAndIncidents;
  private final InstanceWriter writer;
  private final InstanceLoader loader;

  private AfterFlush afterFlush = (command, written) -> {};

  /** Applies what a command caused beyond the instances it wrote. */
  @FunctionalInterface
  public interface AfterFlush {
    void apply(ProcessInstanceExecution command, List<ProcessInstanceExecution> written);
  }

  /**
   * Which process instance a job belongs to, remembered when the job is created or read, so a
   * completion can take its instance lock without first looking the job up. Keys are never reused,
   * so an entry can only be missing, never wrong.
   */
  private final Map<Long, Long> jobInstances =
      java.util.Collections.synchronizedMap(
          new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Long> eldest) {
              return size() > 100_000;
            }
          });

  public InstanceStore(
      JdbcTemplate jdbc,
      DefinitionStore definitions,
      ExpressionLanguage expressions,
      BehaviorRegistry behaviors,
      LongSupplier keys) {
    this.jdbc = jdbc;
    this.definitions = definitions;
    this.expressions = expressions;
    this.behaviors = behaviors;
    this.keys = keys;
    this.eventStore = new InstanceEventStore(jdbc);
    this.userTaskStore = new UserTaskStore(jdbc);
    this.jobsAndIncidents = new JobIncidentStore(jdbc);
    this.writer = new InstanceWriter(jdbc, jobsAndIncidents, eventStore, userTaskStore);
    this.loader = new InstanceLoader(jdbc, definitions, this::execution);
  }

  /** The execution of a stored or new instance, wired to the stores it reads on demand. */
  private ProcessInstanceExecution execution(ProcessInstanceRecord record, long now) {
    var execution =
        new ProcessInstanceExecution(
            record,
            definitions.executable(record.processDefinitionKey),
            expressions,
            behaviors,
            keys,
            now);
    execution.useForms(userTaskStore);
    execution.waits().useUserTaskLoader(userTaskStore::openOf);
    execution.compensations().useDatabase(jdbc);
    return execution;
  }

  /** Whether a user task's element has task listeners for the event. */
  public boolean hasTaskListeners(
      UserTaskRecord task, com.infusionbilling.runtime.model.TaskListener.EventType event) {
    return !definitions
        .executable(task.processDefinitionKey)
        .element(task.elementId)
        .taskListeners(event)
        .isEmpty();
  }

  /** User tasks and the forms they link to. */
  public UserTaskStore userTaskStore() {
    return userTaskStore;
  }

  /** Event subscriptions and timers. */
  public InstanceEventStore eventStore() {
    return eventStore;
  }

  /** The rows of jobs and incidents (the only writer of {@code rt_job} and {@code rt_incident}). */
  public JobIncidentStore jobStore() {
    return jobsAndIncidents;
  }

  /**
   * Applies, after every flush, what the command caused beyond its instance (buffered messages for
   * subscriptions it opened, signals it threw, errors it passed to a parent instance).
   */
  /** Told, inside the writing transaction, of every process instance that completed or ended. */
  @FunctionalInterface
  public interface InstanceEnded {
    void ended(long processInstanceKey, ProcessInstanceState state);
  }

  /** E.g. a create-with-result request waiting for the instance (see InstanceResults). */
  public void onInstanceEnded(InstanceEnded listener) {
    writer.onInstanceEnded(listener);
  }

  public void afterFlush(AfterFlush followUps) {
    this.afterFlush = followUps;
  }

  /** See {@link InstanceLoader#lockAndReadInOneStatement}. */
  public InstanceStore lockAndReadInOneStatement(boolean oneStatement) {
    loader.lockAndReadInOneStatement(oneStatement);
    return this;
  }

  public InstanceStore useUpserts(boolean upsert) {
    writer.useUpserts(upsert);
    return this;
  }

  /** A new process instance, not yet started. */
  public ProcessInstanceExecution newInstance(
      DefinitionStore.ProcessDefinitionRow definition,
      Long parentProcessInstanceKey,
      Long parentElementInstanceKey,
      Long rootProcessInstanceKey,
      String tags,
      long now) {
    long key = keys.getAsLong();
    var record =
        new ProcessInstanceRecord(
            key,
            definition.key(),
            definition.bpmnProcessId(),
            definition.version(),
            definition.versionTag(),
            definition.name(),
            definition.tenantId(),
            now,
            parentProcessInstanceKey,
            parentElementInstanceKey,
            rootProcessInstanceKey == null ? key : rootProcessInstanceKey,
            new LinkedHashSet<>(),
            tags,
            ProcessInstanceState.ACTIVE,
            null,
            false);
    loader.rememberRoot(key, record.rootProcessInstanceKey);
    return execution(record, now);
  }

  /** A new instance created by a call activity, not yet started. */
  public ProcessInstanceExecution newChildInstance(
      DefinitionStore.ProcessDefinitionRow definition,
      long parentProcessInstanceKey,
      long parentElementInstanceKey,
      long rootProcessInstanceKey,
      String parentTreePath,
      long now) {
    ProcessInstanceExecution execution =
        newInstance(
            definition,
            parentProcessInstanceKey,
            parentElementInstanceKey,
            rootProcessInstanceKey,
            null,
            now);
    ProcessInstanceRecord record = execution.processInstance();
    record.setTreePath(parentTreePath + record.key + "/");
    return execution;
  }

  /** The active process instances a call activity instance created. */
  public List<Long> activeCalledInstances(long parentElementInstanceKey) {
    return jdbc.queryForList(
        "SELECT process_instance_key FROM rt_process_instance"
            + " WHERE parent_element_instance_key = ? AND state = "
            + SqlStates.of(ProcessInstanceState.ACTIVE),
        Long.class,
        parentElementInstanceKey);
  }

  /** Starts the instance; a separate step so callers can hold the key before it runs. */
  public void start(ProcessInstanceExecution execution, Map<String, Object> variables) {
    execution.start(variables);
  }

  /**
   * Starts the instance before the given elements (start instructions), or at its start event;
   * runtime instructions terminate it once one of the {@code terminateAfter} elements completed.
   */
  public void start(
      ProcessInstanceExecution execution,
      Map<String, Object> variables,
      List<String> startBeforeElements,
      Set<String> terminateAfter) {
    for (String elementId : terminateAfter) {
      if (elementId == null || !execution.process().hasElement(elementId)) {
        throw new com.infusionbilling.runtime.shared.InvalidArgumentException(
            "Expected to terminate the process instance after element '"
                + elementId
                + "', but no such element exists in process '"
                + execution.processInstance().bpmnProcessId
                + "'");
      }
    }
    execution.processInstance().setTerminateAfter(terminateAfter);
    execution.start(variables, startBeforeElements);
  }

  /**
   * Locks the process instance row (its call hierarchy's root first, as {@link #load} does) without
   * loading it; false when there is no such instance.
   */
  public boolean lock(long processInstanceKey) {
    return loader.lock(processInstanceKey);
  }

  /** Locks the process instance row and loads its active state. */
  public ProcessInstanceExecution load(long processInstanceKey, long now) {
    return loader.load(processInstanceKey, null, now).execution();
  }

  /**
   * Locks the process instance row and loads its active state and one of its jobs (null when no
   * such job exists), with one read: what a job command needs.
   */
  public InstanceWithJob loadWithJob(long processInstanceKey, long jobKey, long now) {
    var loaded = loader.load(processInstanceKey, jobKey, now);
    if (loaded.job() != null) {
      jobInstances.put(jobKey, loaded.job().processInstanceKey);
    }
    return new InstanceWithJob(loaded.execution(), loaded.job());
  }

  /** A locked, loaded instance and one of its jobs (null when there is no such job). */
  public record InstanceWithJob(ProcessInstanceExecution execution, JobRecord job) {}

  /** Loads (and locks) the jobs of the instance that are still alive, for termination. */
  public void loadLiveJobs(ProcessInstanceExecution execution) {
    jdbc.query(
        "SELECT * FROM rt_job WHERE process_instance_key = ?"
            + " AND state NOT IN ("
            + SqlStates.of(JobState.COMPLETED, JobState.CANCELED)
            + ") FOR UPDATE",
        rs -> {
          execution.waits().addLoadedJob(JobIncidentStore.mapJob(rs));
        },
        execution.processInstance().key);
  }

  public JobRecord loadJob(long jobKey, boolean forUpdate) {
    List<JobRecord> jobs =
        jdbc.query(
            "SELECT * FROM rt_job WHERE job_key = ?" + (forUpdate ? " FOR UPDATE" : ""),
            (rs, i) -> JobIncidentStore.mapJob(rs),
            jobKey);
    if (jobs.isEmpty()) {
      return null;
    }
    jobInstances.put(jobKey, jobs.get(0).processInstanceKey);
    return jobs.get(0);
  }

  /**
   * The process instance of an active element instance (a variable scope, an ad-hoc sub-process),
   * or null when no such element instance is active.
   */
  public Long processInstanceOfActiveElement(long elementInstanceKey) {
    List<Long> rows =
        jdbc.queryForList(
            "SELECT process_instance_key FROM rt_element_instance"
                + " WHERE element_instance_key = ? AND state = "
                + SqlStates.of(ElementInstanceState.ACTIVE),
            Long.class,
            elementInstanceKey);
    return rows.isEmpty() ? null : rows.get(0);
  }

  /** The root scope's variables of a process instance: all, or only the named ones. */
  public Map<String, Object> rootVariables(long processInstanceKey, List<String> names) {
    Map<String, Object> variables = new java.util.LinkedHashMap<>();
    jdbc.query(
        "SELECT name, var_value FROM rt_variable WHERE scope_key = ? ORDER BY name",
        rs -> {
          String name = rs.getString(1);
          if (names == null || names.isEmpty() || names.contains(name)) {
            variables.put(name, Json.parse(rs.getString(2)));
          }
        },
        processInstanceKey);
    return variables;
  }

  /** The process instance of a job, or null when no such job exists. */
  public Long processInstanceOfJob(long jobKey) {
    Long known = jobInstances.get(jobKey);
    if (known != null) {
      return known;
    }
    List<Long> rows =
        jdbc.queryForList(
            "SELECT process_instance_key FROM rt_job WHERE job_key = ?", Long.class, jobKey);
    if (rows.isEmpty()) {
      return null;
    }
    jobInstances.put(jobKey, rows.get(0));
    return rows.get(0);
  }

  public void attachUserTask(ProcessInstanceExecution execution, UserTaskRecord task) {
    execution.waits().addLoadedUserTask(task);
  }

  public void attachJob(ProcessInstanceExecution execution, JobRecord job) {
    execution.waits().addLoadedJob(job);
  }

  // ---------------------------------------------------------------------------------------------

  /** Writes every change of the command, then applies what it caused beyond the instance. */
  public void flush(ProcessInstanceExecution execution) {
    afterFlush.apply(execution, writeAll(execution));
  }

  /**
   * Writes every change of the command and returns the instances written (follow-ups are left to
   * the caller). With call hierarchies, this is where the instances a command touched in its
   * hierarchy are settled and written too.
   */
  public List<ProcessInstanceExecution> writeAll(ProcessInstanceExecution execution) {
    write(execution);
    return List.of(execution);
  }

  private void write(ProcessInstanceExecution execution) {
    writer.write(execution, jobInstances);
  }

  public void updateJob(JobRecord job) {
    jobsAndIncidents.updateJob(job);
  }

  public IncidentRecord loadIncident(long incidentKey) {
    return jobsAndIncidents.loadIncident(incidentKey);
  }

  public void attachIncident(ProcessInstanceExecution execution, IncidentRecord incident) {
    execution.waits().incidents().add(incident);
  }

  // ---------------------------------------------------------------------------------------------

  public static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }
}

package com.infusionbilling.runtime.engine;

import com.infusionbilling.runtime.model.ExecutableProcess;
import com.infusionbilling.runtime.shared.NotFoundException;
import com.infusionbilling.runtime.state.DefinitionStore;
import com.infusionbilling.runtime.state.SqlStates;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Locks a process instance and reads its active state in one statement: the instance's row (locked,
 * so commands on one instance are serialized), its active element instances and, for a job command,
 * the job, side by side ({@link JoinedRows}); its variables are read only when first needed.
 * Instances of one call hierarchy are locked root first.
 */
final class InstanceLoader {

  private static final String ELEMENT_COLUMNS =
      JoinedRows.select(
          "e",
          "e_",
          List.of(
              "element_instance_key",
              "element_id",
              "element_type",
              "flow_scope_key",
              "lifecycle",
              "start_time",
              "end_time",
              "incident_key",
              "job_key",
              "runtime_data"));

  private final JdbcTemplate jdbc;
  private final DefinitionStore definitions;
  private final BiFunction<ProcessInstanceRecord, Long, ProcessInstanceExecution> executions;
  private volatile String instanceColumns;
  private volatile String jobColumns;
  private boolean oneStatement;

  /** The root instance of each instance (it never changes, so an entry is never wrong). */
  private final Map<Long, Long> roots =
      Collections.synchronizedMap(
          new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Long> eldest) {
              return size() > 100_000;
            }
          });

  /** A locked instance and, when asked for, one of its jobs (null when there is no such job). */
  record Loaded(ProcessInstanceExecution execution, JobRecord job) {}

  InstanceLoader(
      JdbcTemplate jdbc,
      DefinitionStore definitions,
      BiFunction<ProcessInstanceRecord, Long, ProcessInstanceExecution> executions) {
    this.jdbc = jdbc;
    this.definitions = definitions;
    this.executions = executions;
  }

  /**
   * Whether the instance's lock and its state are taken in one locking read of the join: right only
   * where a locking read returns the latest committed version of every row it reads after waiting
   * for the lock (InnoDB). Elsewhere the instance row is locked first and the state read after.
   */
  void lockAndReadInOneStatement(boolean oneStatement) {
    this.oneStatement = oneStatement;
  }

  void rememberRoot(long processInstanceKey, long rootProcessInstanceKey) {
    roots.put(processInstanceKey, rootProcessInstanceKey);
  }

  /** Locks the instance row (root first) without loading it; false when there is none. */
  boolean lock(long processInstanceKey) {
    lockRootFirst(processInstanceKey);
    return lockRow(processInstanceKey);
  }

  private boolean lockRow(long processInstanceKey) {
    return !jdbc.queryForList(
            "SELECT process_instance_key FROM rt_process_instance WHERE process_instance_key = ?"
                + " FOR UPDATE",
            Long.class,
            processInstanceKey)
        .isEmpty();
  }

  /** Locks the instance row (root first) and reads its state, and the job if a key is given. */
  Loaded load(long processInstanceKey, Long jobKey, long now) {
    if (oneStatement) {
      lockRootFirst(processInstanceKey);
    } else if (!lock(processInstanceKey)) {
      throw notFound(processInstanceKey);
    }
    List<Object> args = new ArrayList<>();
    StringBuilder sql =
        new StringBuilder("SELECT ").append(instanceColumns()).append(", ").append(ELEMENT_COLUMNS);
    if (jobKey != null) {
      sql.append(", ").append(jobColumns());
    }
    sql.append(
        " FROM rt_process_instance p LEFT JOIN rt_element_instance e"
            + " ON e.process_instance_key = p.process_instance_key AND e.state = "
            + SqlStates.of(ElementInstanceState.ACTIVE));
    if (jobKey != null) {
      sql.append(" LEFT JOIN rt_job j ON j.job_key = ?");
      args.add(jobKey);
    }
    sql.append(" WHERE p.process_instance_key = ?").append(oneStatement ? " FOR UPDATE" : "");
    args.add(processInstanceKey);
    Reader reader = new Reader(now, jobKey != null);
    jdbc.query(sql.toString(), reader::row, args.toArray());
    if (reader.execution == null) {
      throw notFound(processInstanceKey);
    }
    ProcessInstanceExecution execution = reader.execution;
    // Variables are read on first use: many commands (a job completing without variables on a
    // task without mappings) never touch them.
    Set<Long> active = reader.scopeKeys;
    execution
        .variables()
        .loadLazily(
            () ->
                jdbc.query(
                    "SELECT variable_key, scope_key, name, var_value FROM rt_variable"
                        + " WHERE process_instance_key = ?",
                    rs -> {
                      long scope = rs.getLong("scope_key");
                      if (active.contains(scope)) {
                        execution
                            .variables()
                            .load(
                                scope,
                                rs.getString("name"),
                                rs.getLong("variable_key"),
                                rs.getString("var_value"));
                      }
                    },
                    processInstanceKey));
    return new Loaded(execution, reader.job);
  }

  private static NotFoundException notFound(long processInstanceKey) {
    return new NotFoundException(
        "Expected to find process instance with key '"
            + processInstanceKey
            + "', but no such process instance was found");
  }

  /** Builds the execution from the joined rows: the instance and job once, each element once. */
  private final class Reader {
    private final long now;
    private final boolean withJob;
    private final Set<Long> scopeKeys = new HashSet<>();
    private ProcessInstanceExecution execution;
    private ExecutableProcess process;
    private JobRecord job;

    Reader(long now, boolean withJob) {
      this.now = now;
      this.withJob = withJob;
    }

    void row(ResultSet rs) throws SQLException {
      if (execution == null) {
        ProcessInstanceRecord record = ProcessInstanceRecord.read(JoinedRows.view(rs, "p_"));
        process = definitions.executable(record.processDefinitionKey);
        execution = executions.apply(record, now);
        if (withJob) {
          rs.getLong("j_job_key");
          job = rs.wasNull() ? null : JobIncidentStore.mapJob(JoinedRows.view(rs, "j_"));
        }
      }
      long key = rs.getLong("e_element_instance_key");
      if (rs.wasNull() || !execution.processInstance().isActive()) {
        return;
      }
      execution.addLoadedInstance(element(JoinedRows.view(rs, "e_"), key));
      scopeKeys.add(key);
    }

    private ElementInstance element(ResultSet rs, long key) throws SQLException {
      String data = rs.getString("runtime_data");
      ElementRuntimeData parsed = data == null ? null : ElementRuntimeData.parse(data);
      Map<String, Map<String, Integer>> joins =
          parsed == null
              ? null
              : new LinkedHashMap<>(parsed.joins() == null ? Map.of() : parsed.joins());
      ElementInstance loaded =
          new ElementInstance(
              key,
              process.element(rs.getString("element_id")),
              InstanceStore.nullableLong(rs, "flow_scope_key"),
              rs.getLong("start_time"),
              Lifecycle.valueOf(rs.getString("lifecycle")),
              InstanceStore.nullableLong(rs, "end_time"),
              InstanceStore.nullableLong(rs, "incident_key"),
              InstanceStore.nullableLong(rs, "job_key"),
              joins,
              true);
      String type = rs.getString("element_type");
      loaded.setMultiInstanceBody("MULTI_INSTANCE_BODY".equals(type));
      loaded.setAdHocInnerInstance("AD_HOC_SUB_PROCESS_INNER_INSTANCE".equals(type));
      if (parsed != null) {
        if (Boolean.TRUE.equals(parsed.adHocCompletionFulfilled())) {
          loaded.setAdHocCompletionFulfilled(true);
        }
        if (parsed.loop() != null) {
          loaded.setLoopState(parsed.loop());
        }
        if (parsed.listener() != null) {
          loaded.setListenerIndex(parsed.listener());
        }
        if (parsed.pendingStart() != null) {
          loaded.setPendingStart(new ArrayList<>(parsed.pendingStart()));
        }
      }
      loaded.dirty = false;
      return loaded;
    }
  }

  private String instanceColumns() {
    if (instanceColumns == null) {
      instanceColumns =
          JoinedRows.select("p", "p_", JoinedRows.columnsOf(jdbc, "rt_process_instance"));
    }
    return instanceColumns;
  }

  private String jobColumns() {
    if (jobColumns == null) {
      jobColumns = JoinedRows.select("j", "j_", JoinedRows.columnsOf(jdbc, "rt_job"));
    }
    return jobColumns;
  }

  /**
   * Instances of one call hierarchy are locked root first, so commands that cross from a child to
   * its parent (an error or escalation leaving a child) and from a parent to its children
   * (cancellation) take their locks in the same order and cannot deadlock.
   */
  private void lockRootFirst(long processInstanceKey) {
    Long root = roots.get(processInstanceKey);
    if (root == null) {
      List<Long> rows =
          jdbc.queryForList(
              "SELECT root_process_instance_key FROM rt_process_instance"
                  + " WHERE process_instance_key = ?",
              Long.class,
              processInstanceKey);
      if (rows.isEmpty()) {
        return;
      }
      root = rows.get(0);
      roots.put(processInstanceKey, root);
    }
    if (root != processInstanceKey) {
      lockRow(root);
    }
  }
}

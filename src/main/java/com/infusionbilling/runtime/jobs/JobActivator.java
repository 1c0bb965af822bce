package com.infusionbilling.runtime.jobs;

import com.infusionbilling.runtime.engine.ElementInstanceState;
import com.infusionbilling.runtime.engine.JobIncidentStore;
import com.infusionbilling.runtime.engine.JobRecord;
import com.infusionbilling.runtime.shared.ActivatedJob;
import com.infusionbilling.runtime.shared.ActivationRequest;
import com.infusionbilling.runtime.state.SqlStates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Activates jobs in one transaction (begun by the command executor): locks up to N activatable jobs
 * of a type (skipping rows other workers hold, where the database can), sets their deadline and
 * worker, and reads the variables visible at each job's element in two batched queries.
 */
public final class JobActivator {

  private final JdbcTemplate jdbc;
  private final JobIncidentStore jobRows;
  private final String lockClause;
  private volatile Transactions transactions;

  /**
   * Where the activator's work gets its transaction: the runtime's command executor, which begins
   * every transaction of the runtime (it depends on the job dispatcher, so it is handed to the
   * activator once built, see {@link #runIn}).
   */
  public interface Transactions {
    <T> T inTransaction(Supplier<T> work);
  }

  /** Reads jobs with {@code jdbc}; every change to a job row goes through {@code jobRows}. */
  public JobActivator(JdbcTemplate jdbc, JobIncidentStore jobRows, boolean skipLocked) {
    this.jdbc = jdbc;
    this.jobRows = jobRows;
    this.lockClause = skipLocked ? " FOR UPDATE SKIP LOCKED" : " FOR UPDATE";
  }

  /** Runs every activation, time-out and give-back in a transaction of {@code transactions}. */
  public void runIn(Transactions transactions) {
    this.transactions = transactions;
  }

  private <T> T inTransaction(Supplier<T> work) {
    Transactions t = transactions;
    if (t == null) {
      throw new IllegalStateException("the job activator has no command executor yet");
    }
    return t.inTransaction(work);
  }

  public List<ActivatedJob> activate(ActivationRequest request, long now) {
    return inTransaction(() -> activateInTransaction(request, now));
  }

  private List<ActivatedJob> activateInTransaction(ActivationRequest request, long now) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT * FROM rt_job WHERE job_type = ? AND activatable_at IS NOT NULL"
                + " AND activatable_at <= ?");
    List<Object> args = new ArrayList<>(List.of(request.type(), now));
    if (!request.tenantIds().isEmpty()) {
      sql.append(" AND tenant_id IN (")
          .append(request.tenantIds().stream().map(t -> "?").collect(Collectors.joining(",")))
          .append(")");
      args.addAll(request.tenantIds());
    }
    sql.append(" ORDER BY activatable_at, job_key LIMIT ?").append(lockClause);
    args.add(request.maxJobsToActivate());
    var jobs = jdbc.query(sql.toString(), (rs, i) -> JobIncidentStore.mapJob(rs), args.toArray());
    if (jobs.isEmpty()) {
      return List.of();
    }
    long deadline = now + request.timeoutMillis();
    List<Object[]> updates = new ArrayList<>();
    for (var job : jobs) {
      updates.add(new Object[] {deadline, deadline, request.worker(), job.key});
    }
    jobRows.markActivated(updates);

    // Scope chains and variables of the instances these jobs belong to. IN lists are padded to a
    // few fixed sizes so the database sees a handful of statement texts, not one per batch size.
    List<Long> processInstances =
        new ArrayList<>(
            new java.util.LinkedHashSet<>(jobs.stream().map(j -> j.processInstanceKey).toList()));
    String in = paddedIn(processInstances);
    Object[] piArgs = padded(processInstances);
    // Each job carries its scope chain; older rows without one fall back to element instances.
    Map<Long, List<Long>> chains = new HashMap<>();
    boolean missingPath = false;
    for (var job : jobs) {
      if (job.scopePath == null || job.scopePath.isBlank()) {
        missingPath = true;
      } else {
        chains.put(
            job.key, java.util.Arrays.stream(job.scopePath.split(",")).map(Long::valueOf).toList());
      }
    }
    if (missingPath) {
      Map<Long, Long> flowScopes = new HashMap<>();
      jdbc.query(
          "SELECT element_instance_key, flow_scope_key FROM rt_element_instance"
              + " WHERE state = "
              + SqlStates.of(ElementInstanceState.ACTIVE)
              + " AND process_instance_key IN ("
              + in
              + ")",
          rs -> {
            long parent = rs.getLong(2);
            flowScopes.put(rs.getLong(1), rs.wasNull() ? null : parent);
          },
          piArgs);
      for (var job : jobs) {
        if (!chains.containsKey(job.key)) {
          List<Long> chain = new ArrayList<>();
          for (Long scope = job.elementInstanceKey; scope != null; scope = flowScopes.get(scope)) {
            chain.add(scope);
          }
          chains.put(job.key, chain);
        }
      }
    }
    Set<Long> scopes = new HashSet<>();
    chains.values().forEach(scopes::addAll);
    Map<Long, Map<String, String>> variablesByScope = new HashMap<>();
    Set<String> wanted =
        request.fetchVariables().isEmpty() ? null : new HashSet<>(request.fetchVariables());
    jdbc.query(
        "SELECT scope_key, name, var_value FROM rt_variable WHERE process_instance_key IN ("
            + in
            + ")",
        rs -> {
          long scope = rs.getLong(1);
          String name = rs.getString(2);
          if (scopes.contains(scope) && (wanted == null || wanted.contains(name))) {
            variablesByScope
                .computeIfAbsent(scope, k -> new HashMap<>())
                .put(name, rs.getString(3));
          }
        },
        piArgs);

    List<ActivatedJob> activated = new ArrayList<>();
    for (var job : jobs) {
      List<Long> chain = chains.get(job.key);
      Map<String, String> visible = new LinkedHashMap<>();
      for (int i = chain.size() - 1; i >= 0; i--) {
        Map<String, String> local = variablesByScope.get(chain.get(i));
        if (local != null) {
          visible.putAll(local);
        }
      }
      activated.add(activated(job, request.worker(), deadline, visible));
    }
    return activated;
  }

  /** The job as its worker receives it, activated until the deadline, with its variables. */
  public static ActivatedJob activated(
      JobRecord job, String worker, long deadline, Map<String, String> variables) {
    return new ActivatedJob(
        job.key,
        job.type,
        job.processInstanceKey,
        job.bpmnProcessId,
        job.processDefinitionVersion,
        job.processDefinitionKey,
        job.elementId,
        job.elementInstanceKey,
        job.customHeaders,
        worker,
        job.retries,
        deadline,
        variables,
        job.tenantId,
        job.kind,
        job.listenerEventType,
        job.userTask);
  }

  /** Marks activated jobs whose deadline passed as timed out; they are activatable again. */
  public int timeOutExpiredJobs(long now) {
    return inTransaction(() -> jobRows.timeOutExpired(now));
  }

  /** Job types that have jobs ready now (for waking waiting workers after a clock change). */
  public Set<String> typesActivatableAt(long now, Set<String> candidates) {
    if (candidates.isEmpty()) {
      return Set.of();
    }
    String in = candidates.stream().map(t -> "?").collect(Collectors.joining(","));
    List<Object> args = new ArrayList<>(candidates);
    args.add(now);
    return new HashSet<>(
        jdbc.queryForList(
            "SELECT DISTINCT job_type FROM rt_job WHERE job_type IN ("
                + in
                + ") AND activatable_at IS NOT NULL AND activatable_at <= ?",
            String.class,
            args.toArray()));
  }

  private static final int[] IN_SIZES = {1, 4, 16, 64, 256};

  private static int bucket(int n) {
    for (int size : IN_SIZES) {
      if (n <= size) {
        return size;
      }
    }
    return n;
  }

  static String paddedIn(List<?> values) {
    return String.join(",", java.util.Collections.nCopies(bucket(values.size()), "?"));
  }

  static Object[] padded(List<?> values) {
    Object[] args = new Object[bucket(values.size())];
    for (int i = 0; i < args.length; i++) {
      args[i] = values.get(Math.min(i, values.size() - 1));
    }
    return args;
  }

  /** Gives jobs back when they could not be delivered (the worker went away). */
  public void yieldJobs(List<ActivatedJob> jobs, long now) {
    if (jobs.isEmpty()) {
      return;
    }
    List<Object[]> rows = new ArrayList<>();
    for (ActivatedJob job : jobs) {
      rows.add(new Object[] {now, job.key(), job.deadline()});
    }
    inTransaction(
        () -> {
          jobRows.giveBack(rows);
          return null;
        });
  }
}

package com.infusionbilling.runtime.management;

import com.infusionbilling.runtime.clock.RuntimeClock;
import com.infusionbilling.runtime.executor.CommandExecutor;
import com.infusionbilling.runtime.jobs.JobDispatcher;
import com.infusionbilling.runtime.state.DefinitionStore;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cluster-level operations Camunda Process Test uses: topology, purge, and the controllable clock.
 * The clock offset and the last completed topology change are persisted in {@code rt_setting}. A
 * purge and a clock change are commands like any other: they run through the {@link
 * CommandExecutor} (its transaction, its retry after a lock conflict, its after-commit hooks).
 */
public final class ClusterManagement {

  /** Runtime tables emptied by a purge, children before parents. */
  private static final List<String> PURGED_TABLES =
      List.of(
          "rt_tenant_member",
          "rt_tenant",
          "rt_user_task_candidate",
          "rt_user_task",
          "rt_deployment_form",
          "rt_correlated_message",
          "rt_message",
          "rt_timer",
          "rt_event_subscription",
          "rt_incident",
          "rt_job",
          "rt_variable",
          "rt_element_instance",
          "rt_process_instance",
          "rt_decision_instance",
          "rt_deployed_decision",
          "rt_decision_definition",
          "rt_decision_requirements",
          "rt_form",
          "rt_process_definition",
          "rt_resource",
          "rt_deployment");

  private static final String CHANGE_ID = "topology_change_id";
  private static final String CLOCK_OFFSET = "clock_offset";
  private static final String CLOCK_PINNED = "clock_pinned";

  private final JdbcTemplate jdbc;
  private final CommandExecutor executor;
  private final RuntimeClock clock;
  private final DefinitionStore definitions;
  private final JobDispatcher dispatcher;
  private final String version;
  private final List<Runnable> clockListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

  public ClusterManagement(
      JdbcTemplate jdbc,
      CommandExecutor executor,
      RuntimeClock clock,
      DefinitionStore definitions,
      JobDispatcher dispatcher,
      String version) {
    this.jdbc = jdbc;
    this.executor = executor;
    this.clock = clock;
    this.definitions = definitions;
    this.dispatcher = dispatcher;
    this.version = version;
  }

  /**
   * Told after every clock change, before the change is reported back (the timers fire everything
   * now due, so a test that moved the clock sees them fired).
   */
  public void onClockChanged(Runnable listener) {
    clockListeners.add(listener);
  }

  private void clockChanged() {
    dispatcher.clockChanged();
    clockListeners.forEach(Runnable::run);
  }

  public String version() {
    return version;
  }

  /** Restores the persisted clock after a restart. */
  public void restoreClock() {
    Long offset = setting(CLOCK_OFFSET);
    Long pinned = setting(CLOCK_PINNED);
    clock.restore(offset == null ? 0 : offset, pinned);
  }

  public long lastCompletedChangeId() {
    Long id = setting(CHANGE_ID);
    return id == null ? -1 : id;
  }

  /** Deletes all runtime data (deployments, instances, jobs, ...) and returns the change id. */
  public long purge() {
    return executor.execute(
        context -> {
          for (String table : PURGED_TABLES) {
            jdbc.update("DELETE FROM " + table);
          }
          long next = lastCompletedChangeId() + 1;
          saveSetting(CHANGE_ID, next);
          context.afterCommit(definitions::clearCache);
          context.afterCommit(dispatcher::releaseWaitingPolls);
          return next;
        });
  }

  public void addTime(long millis) {
    clock.add(millis);
    persistClock();
    clockChanged();
  }

  public void pinTime(long epochMillis) {
    clock.pin(epochMillis);
    persistClock();
    clockChanged();
  }

  public void resetTime() {
    clock.reset();
    persistClock();
    clockChanged();
  }

  public long now() {
    return clock.millis();
  }

  private void persistClock() {
    executor.execute(
        context -> {
          saveSetting(CLOCK_OFFSET, clock.offsetMillis());
          saveSetting(CLOCK_PINNED, clock.pinnedMillis());
          return null;
        });
  }

  private Long setting(String name) {
    List<Long> rows =
        jdbc.query(
            "SELECT num_value FROM rt_setting WHERE name = ?",
            (rs, i) -> {
              long v = rs.getLong(1);
              return rs.wasNull() ? null : v;
            },
            name);
    return rows.isEmpty() ? null : rows.get(0);
  }

  private void saveSetting(String name, Long value) {
    int updated = jdbc.update("UPDATE rt_setting SET num_value = ? WHERE name = ?", value, name);
    if (updated == 0) {
      jdbc.update("INSERT INTO rt_setting (name, num_value) VALUES (?, ?)", name, value);
    }
  }
}

package com.infusionbilling.runtime.engine;

import com.infusionbilling.runtime.model.EventDefinition;
import com.infusionbilling.runtime.model.ExecutableElement;
import com.infusionbilling.runtime.model.TimerSchedule;
import com.infusionbilling.runtime.state.SqlStates;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of event subscriptions and timers: written with the process instance that opened,
 * triggered or closed them, and read by the commands that trigger them (message correlation, signal
 * broadcast, due timers) and by the start events of process definitions.
 */
public final class InstanceEventStore {

  private static final String SUBSCRIPTION_CREATED = SqlStates.of(SubscriptionState.CREATED);
  private static final String SUBSCRIPTION_DELETED = SqlStates.of(SubscriptionState.DELETED);
  private static final String TIMER_CREATED = SqlStates.of(TimerState.CREATED);
  private static final String TIMER_CANCELED = SqlStates.of(TimerState.CANCELED);

  private final JdbcTemplate jdbc;

  public InstanceEventStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Writes the event changes of a command on one process instance. */
  void write(ProcessInstanceExecution execution) {
    InstanceEvents events = execution.events();
    long now = execution.now();
    if (!events.newSubscriptions().isEmpty()) {
      List<Object[]> rows = new ArrayList<>();
      for (SubscriptionRecord s : events.newSubscriptions()) {
        rows.add(subscriptionRow(s));
      }
      jdbc.batchUpdate(INSERT_SUBSCRIPTION, rows, SUBSCRIPTION_TYPES);
    }
    if (!events.newTimers().isEmpty()) {
      List<Object[]> rows = new ArrayList<>();
      for (TimerRecord t : events.newTimers()) {
        rows.add(timerRow(t));
      }
      jdbc.batchUpdate(INSERT_TIMER, rows, TIMER_TYPES);
    }
    for (SubscriptionRecord s : events.touchedSubscriptions()) {
      if (s.dirty) {
        updateSubscription(s, now);
      }
    }
    for (TimerRecord t : events.touchedTimers()) {
      if (t.dirty) {
        updateTimer(t);
      }
    }
    for (Map.Entry<Long, Set<String>> owner : events.closedOwners().entrySet()) {
      Set<String> elementIds = owner.getValue();
      if (elementIds == null) {
        jdbc.update(
            "UPDATE rt_event_subscription SET state = "
                + SUBSCRIPTION_DELETED
                + ", updated_at = ? WHERE element_instance_key = ? AND state = "
                + SUBSCRIPTION_CREATED,
            now,
            owner.getKey());
        jdbc.update(
            "UPDATE rt_timer SET state = "
                + TIMER_CANCELED
                + " WHERE element_instance_key = ? AND state = "
                + TIMER_CREATED,
            owner.getKey());
      } else {
        for (String elementId : elementIds) {
          jdbc.update(
              "UPDATE rt_event_subscription SET state = "
                  + SUBSCRIPTION_DELETED
                  + ", updated_at = ? WHERE element_instance_key = ? AND element_id = ?"
                  + " AND state = "
                  + SUBSCRIPTION_CREATED,
              now,
              owner.getKey(),
              elementId);
          jdbc.update(
              "UPDATE rt_timer SET state = "
                  + TIMER_CANCELED
                  + " WHERE element_instance_key = ? AND element_id = ? AND state = "
                  + TIMER_CREATED,
              owner.getKey(),
              elementId);
        }
      }
    }
    if (events.endedInThisCommand() && hasMessageStartEvents(execution)) {
      ProcessInstanceRecord pi = execution.processInstance();
      events.addFollowUp(new FollowUp.InstanceEnded(pi.key, pi.bpmnProcessId, pi.tenantId));
    }
  }

  private static boolean hasMessageStartEvents(ProcessInstanceExecution execution) {
    for (ExecutableElement start : execution.process().root().eventStartEvents()) {
      if (start.eventDefinition() instanceof EventDefinition.Message) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Subscriptions

  private static final String INSERT_SUBSCRIPTION =
      "INSERT INTO rt_event_subscription (subscription_key, kind, event_name, correlation_key,"
          + " tenant_id, process_definition_key, bpmn_process_id, process_instance_key,"
          + " element_instance_key, element_id, state, created_at, updated_at)"
          + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)";

  private static final int[] SUBSCRIPTION_TYPES = {
    Types.BIGINT,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.BIGINT,
    Types.VARCHAR,
    Types.BIGINT,
    Types.BIGINT,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.BIGINT,
    Types.BIGINT
  };

  private static Object[] subscriptionRow(SubscriptionRecord s) {
    return new Object[] {
      s.key,
      s.kind,
      s.name,
      s.correlationKey,
      s.tenantId,
      s.processDefinitionKey,
      s.bpmnProcessId,
      s.processInstanceKey,
      s.elementInstanceKey,
      s.elementId,
      s.state.name(),
      s.createdAt,
      s.createdAt
    };
  }

  /** Inserts a subscription that belongs to no process instance (a start event's). */
  public void insertSubscription(SubscriptionRecord s) {
    jdbc.update(INSERT_SUBSCRIPTION, subscriptionRow(s));
  }

  public void updateSubscription(SubscriptionRecord s, long now) {
    jdbc.update(
        "UPDATE rt_event_subscription SET state = ?, updated_at = ? WHERE subscription_key = ?",
        s.state.name(),
        now,
        s.key);
  }

  /**
   * Open subscriptions of a kind and name, oldest first; instance subscriptions or start events.
   */
  public List<SubscriptionRecord> openSubscriptions(
      String kind, String name, String tenantId, boolean ofInstances) {
    return jdbc.query(
        "SELECT * FROM rt_event_subscription WHERE kind = ? AND event_name = ? AND state = "
            + SUBSCRIPTION_CREATED
            + " AND tenant_id = ? AND process_instance_key IS "
            + (ofInstances ? "NOT NULL" : "NULL")
            + " ORDER BY subscription_key",
        (rs, i) -> mapSubscription(rs),
        kind,
        name,
        tenantId);
  }

  /** Open message subscriptions of process instances for a name and correlation key. */
  public List<SubscriptionRecord> openMessageSubscriptions(
      String name, String correlationKey, String tenantId) {
    return jdbc.query(
        "SELECT * FROM rt_event_subscription WHERE kind = 'MESSAGE' AND event_name = ?"
            + " AND state = "
            + SUBSCRIPTION_CREATED
            + " AND correlation_key = ? AND tenant_id = ?"
            + " AND process_instance_key IS NOT NULL ORDER BY subscription_key",
        (rs, i) -> mapSubscription(rs),
        name,
        correlationKey,
        tenantId);
  }

  /** Re-reads a subscription inside the transaction that holds its instance's lock. */
  public SubscriptionRecord subscription(long key) {
    List<SubscriptionRecord> rows =
        jdbc.query(
            "SELECT * FROM rt_event_subscription WHERE subscription_key = ?",
            (rs, i) -> mapSubscription(rs),
            key);
    return rows.isEmpty() ? null : rows.get(0);
  }

  /** Closes the start event subscriptions and timers of every version of a process. */
  public void closeStartEvents(String bpmnProcessId, String tenantId, long now) {
    jdbc.update(
        "UPDATE rt_event_subscription SET state = "
            + SUBSCRIPTION_DELETED
            + ", updated_at = ? WHERE bpmn_process_id = ? AND state = "
            + SUBSCRIPTION_CREATED
            + " AND tenant_id = ?"
            + " AND process_instance_key IS NULL",
        now,
        bpmnProcessId,
        tenantId);
    jdbc.update(
        "UPDATE rt_timer SET state = "
            + TIMER_CANCELED
            + " WHERE bpmn_process_id = ? AND state = "
            + TIMER_CREATED
            + " AND tenant_id = ? AND process_instance_key IS NULL",
        bpmnProcessId,
        tenantId);
  }

  private static SubscriptionRecord mapSubscription(ResultSet rs) throws SQLException {
    return new SubscriptionRecord(
        rs.getLong("subscription_key"),
        rs.getString("kind"),
        rs.getString("event_name"),
        rs.getString("correlation_key"),
        EventTarget.read(rs),
        rs.getLong("created_at"),
        SubscriptionState.valueOf(rs.getString("state")),
        true);
  }

  // ---------------------------------------------------------------------------------------------
  // Timers

  private static final String INSERT_TIMER =
      "INSERT INTO rt_timer (timer_key, process_definition_key, bpmn_process_id, tenant_id,"
          + " process_instance_key, element_instance_key, element_id, due_date, repetitions,"
          + " cycle, state, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)";

  private static final int[] TIMER_TYPES = {
    Types.BIGINT,
    Types.BIGINT,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.BIGINT,
    Types.BIGINT,
    Types.VARCHAR,
    Types.BIGINT,
    Types.INTEGER,
    Types.VARCHAR,
    Types.VARCHAR,
    Types.BIGINT
  };

  private static Object[] timerRow(TimerRecord t) {
    return new Object[] {
      t.key,
      t.processDefinitionKey,
      t.bpmnProcessId,
      t.tenantId,
      t.processInstanceKey,
      t.elementInstanceKey,
      t.elementId,
      t.dueDate,
      t.repetitions,
      t.cycle,
      t.state.name(),
      t.createdAt
    };
  }

  /** Inserts a timer that belongs to no process instance (a timer start event's). */
  public void insertTimer(TimerRecord t) {
    jdbc.update(INSERT_TIMER, timerRow(t));
  }

  public void updateTimer(TimerRecord t) {
    jdbc.update(
        "UPDATE rt_timer SET due_date = ?, repetitions = ?, state = ? WHERE timer_key = ?",
        t.dueDate,
        t.repetitions,
        t.state.name(),
        t.key);
  }

  /** Keys of timers due at {@code now}, earliest first. */
  public List<Long> dueTimers(long now, int limit) {
    return jdbc.queryForList(
        "SELECT timer_key FROM rt_timer WHERE state = "
            + TIMER_CREATED
            + " AND due_date <= ?"
            + " ORDER BY due_date, timer_key LIMIT "
            + limit,
        Long.class,
        now);
  }

  /** A timer, optionally locking its row. */
  public TimerRecord timer(long key, boolean forUpdate) {
    List<TimerRecord> rows =
        jdbc.query(
            "SELECT * FROM rt_timer WHERE timer_key = ?" + (forUpdate ? " FOR UPDATE" : ""),
            (rs, i) ->
                new TimerRecord(
                    rs.getLong("timer_key"),
                    EventTarget.read(rs),
                    rs.getLong("created_at"),
                    new TimerSchedule(
                        rs.getLong("due_date"), rs.getInt("repetitions"), rs.getString("cycle")),
                    TimerState.valueOf(rs.getString("state")),
                    true),
            key);
    return rows.isEmpty() ? null : rows.get(0);
  }
}

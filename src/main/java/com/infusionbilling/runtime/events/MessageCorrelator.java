package com.infusionbilling.runtime.events;

import com.fasterxml.jackson.core.type.TypeReference;
import com.infusionbilling.runtime.engine.FollowUp;
import com.infusionbilling.runtime.engine.InstanceEventStore;
import com.infusionbilling.runtime.engine.ProcessInstanceExecution;
import com.infusionbilling.runtime.engine.ProcessInstanceState;
import com.infusionbilling.runtime.engine.SubscriptionRecord;
import com.infusionbilling.runtime.engine.SubscriptionState;
import com.infusionbilling.runtime.shared.NotFoundException;
import com.infusionbilling.runtime.shared.RuntimeProblemException;
import com.infusionbilling.runtime.state.Json;
import com.infusionbilling.runtime.state.SqlStates;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Message correlation as docs.camunda.io's "Messages" page describes it.
 *
 * <ul>
 *   <li>A message is correlated to the subscriptions whose message name and correlation key match,
 *       and to the message start events of the latest process versions with that message name.
 *   <li>A message correlates at most once per process (by BPMN process id, across versions), and at
 *       most once per subscription. Subscriptions of different processes all get it.
 *   <li>A message start event does not start a second instance for a correlation key while an
 *       instance it started for that key is active; a buffered message starts it once that one
 *       ends.
 *   <li>With a time to live, a message is buffered: a subscription opened later within the TTL gets
 *       it, oldest message first. Its message id is unique among buffered messages of the same name
 *       and correlation key (a second one is rejected).
 * </ul>
 */
public final class MessageCorrelator {

  /** A published message. */
  record Message(
      long key,
      String name,
      String correlationKey,
      String tenantId,
      Map<String, Object> variables) {}

  private final JdbcTemplate jdbc;
  private final InstanceEventStore subscriptions;
  private final LongSupplier keys;

  public MessageCorrelator(JdbcTemplate jdbc, InstanceEventStore subscriptions, LongSupplier keys) {
    this.jdbc = jdbc;
    this.subscriptions = subscriptions;
    this.keys = keys;
  }

  /** Publishes a message: correlates it now, and buffers it for its time to live. */
  public long publish(
      EventRouter.Batch batch,
      String name,
      String correlationKey,
      long timeToLiveMillis,
      String messageId,
      Map<String, Object> variables,
      String tenantId) {
    String key = correlationKey == null ? "" : correlationKey;
    boolean buffered = timeToLiveMillis > 0;
    if (buffered && messageId != null && !messageId.isBlank()) {
      Integer same =
          jdbc.queryForObject(
              "SELECT COUNT(*) FROM rt_message WHERE message_name = ? AND correlation_key = ?"
                  + " AND message_id = ? AND tenant_id = ? AND expires_at > ?",
              Integer.class,
              name,
              key,
              messageId,
              tenantId,
              batch.now());
      if (same != null && same > 0) {
        throw new RuntimeProblemException(
            RuntimeProblemException.Kind.ALREADY_EXISTS,
            "Expected to publish a new message with id '"
                + messageId
                + "', but a message with that id was already published");
      }
    }
    Message message = new Message(keys.getAsLong(), name, key, tenantId, variables);
    if (buffered) {
      jdbc.update(
          "INSERT INTO rt_message (message_key, message_name, correlation_key, message_id,"
              + " tenant_id, variables, published_at, expires_at) VALUES (?,?,?,?,?,?,?,?)",
          message.key(),
          name,
          key,
          messageId == null || messageId.isBlank() ? null : messageId,
          tenantId,
          Json.write(variables),
          batch.now(),
          batch.now() + timeToLiveMillis);
    }
    correlate(batch, message);
    return message.key();
  }

  /** A message correlated at once, and the first process instance it reached. */
  public record Correlation(long messageKey, long processInstanceKey) {}

  /** A subscription that missed a buffered message, and that message. */
  public record MissedCorrelation(long subscriptionKey, long messageKey) {}

  /** Correlates a message now, without buffering it: the first instance it reached, or 404. */
  public Correlation correlate(
      EventRouter.Batch batch,
      String name,
      String correlationKey,
      Map<String, Object> variables,
      String tenantId) {
    String key = correlationKey == null ? "" : correlationKey;
    Message message = new Message(keys.getAsLong(), name, key, tenantId, variables);
    List<Long> instances = correlate(batch, message);
    if (instances.isEmpty()) {
      throw new NotFoundException(
          "Expected to find subscription for message with name '"
              + name
              + "' and correlation key '"
              + key
              + "', but none was found.");
    }
    return new Correlation(message.key(), instances.get(0));
  }

  private List<Long> correlate(EventRouter.Batch batch, Message message) {
    List<Long> instances = new ArrayList<>();
    Set<String> processes = new HashSet<>();
    for (SubscriptionRecord subscription :
        subscriptions.openMessageSubscriptions(
            message.name(), message.correlationKey(), message.tenantId())) {
      if (!processes.contains(subscription.bpmnProcessId)
          && correlateTo(batch, message, subscription)) {
        processes.add(subscription.bpmnProcessId);
        instances.add(subscription.processInstanceKey);
      }
    }
    for (SubscriptionRecord start :
        subscriptions.openSubscriptions(
            SubscriptionRecord.MESSAGE, message.name(), message.tenantId(), false)) {
      if (!processes.contains(start.bpmnProcessId)) {
        Long instance = startInstance(batch, message, start);
        if (instance != null) {
          processes.add(start.bpmnProcessId);
          instances.add(instance);
        }
      }
    }
    return instances;
  }

  /** Correlates a message to one subscription of a process instance, if it may. */
  private boolean correlateTo(
      EventRouter.Batch batch, Message message, SubscriptionRecord subscription) {
    if (correlatedToProcess(message.key(), subscription.bpmnProcessId)) {
      return false;
    }
    ProcessInstanceExecution execution = batch.load(subscription.processInstanceKey);
    SubscriptionRecord current = subscriptions.subscription(subscription.key); // under the lock
    if (current == null
        || !current.isOpen()
        || !execution.events().correlate(current, message.variables())) {
      return false;
    }
    record(message, current, current.processInstanceKey, current.elementInstanceKey, batch.now());
    batch.write(execution);
    return true;
  }

  /** Starts an instance at a message start event, unless one for the correlation key is active. */
  private Long startInstance(EventRouter.Batch batch, Message message, SubscriptionRecord start) {
    if (correlatedToProcess(message.key(), start.bpmnProcessId)) {
      return null;
    }
    // one start per process and message name at a time, so the correlation-key rule holds
    List<String> locked =
        jdbc.queryForList(
            "SELECT state FROM rt_event_subscription WHERE subscription_key = ? FOR UPDATE",
            String.class,
            start.key);
    if (locked.isEmpty() || !SubscriptionState.CREATED.name().equals(locked.get(0))) {
      return null;
    }
    if (!message.correlationKey().isEmpty()
        && activeInstanceStartedFor(
            start.bpmnProcessId, message.correlationKey(), start.tenantId)) {
      return null;
    }
    long instance =
        batch.startInstance(start.processDefinitionKey, start.elementId, message.variables());
    record(message, start, instance, null, batch.now());
    return instance;
  }

  private boolean activeInstanceStartedFor(String bpmnProcessId, String key, String tenantId) {
    Integer active =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM rt_correlated_message c JOIN rt_process_instance p"
                + " ON p.process_instance_key = c.process_instance_key"
                + " WHERE c.bpmn_process_id = ? AND c.correlation_key = ? AND c.tenant_id = ?"
                + " AND c.start_event = TRUE AND p.state = "
                + SqlStates.of(ProcessInstanceState.ACTIVE),
            Integer.class,
            bpmnProcessId,
            key,
            tenantId);
    return active != null && active > 0;
  }

  private boolean correlatedToProcess(long messageKey, String bpmnProcessId) {
    return !jdbc.queryForList(
            "SELECT subscription_key FROM rt_correlated_message WHERE message_key = ?"
                + " AND bpmn_process_id = ?",
            Long.class,
            messageKey,
            bpmnProcessId)
        .isEmpty();
  }

  private void record(
      Message message,
      SubscriptionRecord subscription,
      long processInstanceKey,
      Long elementInstanceKey,
      long now) {
    jdbc.update(
        "INSERT INTO rt_correlated_message (message_key, subscription_key, message_name,"
            + " correlation_key, tenant_id, process_definition_key, bpmn_process_id,"
            + " process_instance_key, element_instance_key, element_id, start_event,"
            + " correlation_time) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        message.key(),
        subscription.key,
        message.name(),
        message.correlationKey(),
        message.tenantId(),
        subscription.processDefinitionKey,
        subscription.bpmnProcessId,
        processInstanceKey,
        elementInstanceKey,
        subscription.elementId,
        subscription.processInstanceKey == null,
        now);
  }

  // ---------------------------------------------------------------------------------------------
  // Buffered messages

  /** A subscription was opened: the oldest buffered message for it, if any, is correlated. */
  void correlateBuffered(EventRouter.Batch batch, SubscriptionRecord subscription) {
    for (Message message :
        buffered(
            subscription.name,
            subscription.correlationKey,
            subscription.tenantId,
            batch.now(),
            subscription.bpmnProcessId)) {
      if (correlateTo(batch, message, subscription)) {
        return;
      }
      SubscriptionRecord current = subscriptions.subscription(subscription.key);
      if (current == null || !current.isOpen()) {
        return;
      }
    }
  }

  /**
   * An instance started by a message ended: a buffered message with the same correlation key may
   * now start the next one.
   */
  void instanceEnded(EventRouter.Batch batch, FollowUp.InstanceEnded ended) {
    List<String> keys =
        jdbc.queryForList(
            "SELECT correlation_key FROM rt_correlated_message WHERE process_instance_key = ?"
                + " AND start_event = TRUE",
            String.class,
            ended.processInstanceKey());
    if (keys.isEmpty() || keys.get(0).isEmpty()) {
      return;
    }
    for (SubscriptionRecord start :
        jdbc.query(
            "SELECT subscription_key FROM rt_event_subscription WHERE kind = 'MESSAGE'"
                + " AND bpmn_process_id = ? AND tenant_id = ? AND state = "
                + SqlStates.of(SubscriptionState.CREATED)
                + " AND process_instance_key IS NULL",
            (rs, i) -> subscriptions.subscription(rs.getLong(1)),
            ended.bpmnProcessId(),
            ended.tenantId())) {
      for (Message message :
          buffered(start.name, keys.get(0), start.tenantId, batch.now(), start.bpmnProcessId)) {
        if (startInstance(batch, message, start) != null) {
          return;
        }
      }
    }
  }

  /**
   * Buffered messages and open subscriptions that missed each other (published while the
   * subscription was being opened in a concurrent transaction) are correlated now. Returns the
   * subscriptions to correlate, each with its message.
   */
  public List<MissedCorrelation> missedCorrelations(long now) {
    return jdbc.query(
        "SELECT s.subscription_key, m.message_key FROM rt_message m JOIN rt_event_subscription s"
            + " ON s.kind = 'MESSAGE' AND s.event_name = m.message_name"
            + " AND s.correlation_key = m.correlation_key AND s.tenant_id = m.tenant_id"
            + " AND s.state = "
            + SqlStates.of(SubscriptionState.CREATED)
            + " AND s.process_instance_key IS NOT NULL"
            + " WHERE m.expires_at > ? AND NOT EXISTS (SELECT 1 FROM"
            + " rt_correlated_message c WHERE c.message_key = m.message_key"
            + " AND c.bpmn_process_id = s.bpmn_process_id)"
            + " ORDER BY m.message_key LIMIT 100",
        (rs, i) -> new MissedCorrelation(rs.getLong(1), rs.getLong(2)),
        now);
  }

  /** Correlates one missed pair (see {@link #missedCorrelations}). */
  public void correlateMissed(EventRouter.Batch batch, long subscriptionKey, long messageKey) {
    SubscriptionRecord subscription = subscriptions.subscription(subscriptionKey);
    List<Message> messages =
        jdbc.query(
            "SELECT * FROM rt_message WHERE message_key = ?", (rs, i) -> message(rs), messageKey);
    if (subscription != null && subscription.isOpen() && !messages.isEmpty()) {
      correlateTo(batch, messages.get(0), subscription);
    }
  }

  /** Drops messages whose time to live passed. */
  public int expire(long now) {
    return jdbc.update("DELETE FROM rt_message WHERE expires_at <= ?", now);
  }

  private List<Message> buffered(
      String name, String correlationKey, String tenantId, long now, String bpmnProcessId) {
    return jdbc.query(
        "SELECT * FROM rt_message m WHERE m.message_name = ? AND m.correlation_key = ?"
            + " AND m.tenant_id = ? AND m.expires_at > ? AND NOT EXISTS (SELECT 1 FROM"
            + " rt_correlated_message c WHERE c.message_key = m.message_key"
            + " AND c.bpmn_process_id = ?) ORDER BY m.message_key LIMIT 16",
        (rs, i) -> message(rs),
        name,
        correlationKey == null ? "" : correlationKey,
        tenantId,
        now,
        bpmnProcessId);
  }

  private static Message message(java.sql.ResultSet rs) throws java.sql.SQLException {
    String variables = rs.getString("variables");
    Map<String, Object> values =
        variables == null
            ? Map.of()
            : Json.MAPPER.convertValue(
                Json.parse(variables), new TypeReference<LinkedHashMap<String, Object>>() {});
    return new Message(
        rs.getLong("message_key"),
        rs.getString("message_name"),
        rs.getString("correlation_key"),
        rs.getString("tenant_id"),
        values);
  }
}

package com.infusionbilling.runtime.search;

import static com.infusionbilling.runtime.search.EntitySearch.ValueType.DATE;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.ENUM;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.INT;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.KEY;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import com.infusionbilling.runtime.engine.SubscriptionState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The v2 searches over message subscriptions (of process instances: open, correlated or deleted; of
 * message start events: open while their process version is the latest, without process instance
 * and element instance keys) and over correlated messages, which Camunda Process Test's message
 * assertions read.
 */
public final class EventSearches {

  /**
   * A message subscription as the v2 search reports it; a start event's has no process instance and
   * element instance keys (null).
   */
  public record MessageSubscription(
      long messageSubscriptionKey,
      String processDefinitionId,
      long processDefinitionKey,
      Long processInstanceKey,
      String elementId,
      Long elementInstanceKey,
      SubscriptionState state,
      Instant lastUpdatedDate,
      String messageName,
      String correlationKey,
      String tenantId) {}

  /** A message correlated to a subscription (its element instance null for a start event). */
  public record CorrelatedMessage(
      String correlationKey,
      Instant correlationTime,
      String elementId,
      Long elementInstanceKey,
      long messageKey,
      String messageName,
      int partitionId,
      String processDefinitionId,
      long processDefinitionKey,
      long processInstanceKey,
      long subscriptionKey,
      String tenantId) {}

  private final JdbcTemplate jdbc;
  private final EntitySearch<MessageSubscription> messageSubscriptions;
  private final EntitySearch<CorrelatedMessage> correlatedMessages;

  public EventSearches(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    messageSubscriptions =
        EntitySearch.over(
                "rt_event_subscription s", "s.subscription_key", (rs, i) -> subscription(rs))
            .where("s.kind = 'MESSAGE'")
            .field("messageSubscriptionKey", "s.subscription_key", KEY)
            .field("processDefinitionId", "s.bpmn_process_id", STRING)
            .sort("processDefinitionKey", "s.process_definition_key")
            .field("processInstanceKey", "s.process_instance_key", KEY)
            .field("elementId", "s.element_id", STRING)
            .field("elementInstanceKey", "s.element_instance_key", KEY)
            .field("messageSubscriptionState", "s.state", ENUM)
            .field("lastUpdatedDate", "s.updated_at", DATE)
            .field("messageName", "s.event_name", STRING)
            .field("correlationKey", "s.correlation_key", STRING)
            .field("tenantId", "s.tenant_id", STRING)
            .build();
    correlatedMessages =
        EntitySearch.over(
                "rt_correlated_message c",
                "c.message_key, c.subscription_key",
                (rs, i) -> correlated(rs))
            .field("correlationKey", "c.correlation_key", STRING)
            .field("correlationTime", "c.correlation_time", DATE)
            .field("elementId", "c.element_id", STRING)
            .field("elementInstanceKey", "c.element_instance_key", KEY)
            .field("messageKey", "c.message_key", KEY)
            .field("messageName", "c.message_name", STRING)
            .filter("partitionId", (prop, value, sql) -> partitionOne(prop, value, sql))
            .sort("partitionId", "c.message_key")
            .field("processDefinitionId", "c.bpmn_process_id", STRING)
            .field("processDefinitionKey", "c.process_definition_key", KEY)
            .field("processInstanceKey", "c.process_instance_key", KEY)
            .field("subscriptionKey", "c.subscription_key", KEY)
            .field("tenantId", "c.tenant_id", STRING)
            .build();
  }

  public EntitySearch.Page<MessageSubscription> messageSubscriptions(JsonNode body) {
    return messageSubscriptions.search(jdbc, body);
  }

  public EntitySearch.Page<CorrelatedMessage> correlatedMessages(JsonNode body) {
    return correlatedMessages.search(jdbc, body);
  }

  /** One partition: a filter on partition 1 matches everything, on any other nothing. */
  private static void partitionOne(String property, JsonNode value, EntitySearch.Sql sql) {
    EntitySearch.Sql partition = new EntitySearch.Sql();
    EntitySearch.applyOperators(property, "1", INT, value, partition);
    sql.and("1 = 1" + partition.where(), partition.args().toArray());
  }

  private static MessageSubscription subscription(ResultSet rs) throws SQLException {
    return new MessageSubscription(
        rs.getLong("subscription_key"),
        rs.getString("bpmn_process_id"),
        rs.getLong("process_definition_key"),
        SearchRows.key(rs, "process_instance_key"),
        rs.getString("element_id"),
        SearchRows.key(rs, "element_instance_key"),
        SubscriptionState.valueOf(rs.getString("state")),
        SearchRows.date(rs, "updated_at"),
        rs.getString("event_name"),
        rs.getString("correlation_key"),
        rs.getString("tenant_id"));
  }

  private static CorrelatedMessage correlated(ResultSet rs) throws SQLException {
    return new CorrelatedMessage(
        rs.getString("correlation_key"),
        SearchRows.date(rs, "correlation_time"),
        rs.getString("element_id"),
        SearchRows.key(rs, "element_instance_key"),
        rs.getLong("message_key"),
        rs.getString("message_name"),
        1,
        rs.getString("bpmn_process_id"),
        rs.getLong("process_definition_key"),
        rs.getLong("process_instance_key"),
        rs.getLong("subscription_key"),
        rs.getString("tenant_id"));
  }
}

package com.infusionbilling.runtime.search;

import static com.infusionbilling.runtime.search.EntitySearch.ValueType.DATE;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.ENUM;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.INT;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.KEY;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.STRING;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.CorrelatedMessageSubscriptionResult;
import io.camunda.client.protocol.rest.MessageSubscriptionResult;
import io.camunda.client.protocol.rest.MessageSubscriptionStateEnum;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The v2 searches over message subscriptions (of process instances: open, correlated or deleted; of
 * message start events: open while their process version is the latest, without process instance
 * and element instance keys) and over correlated messages, which Camunda Process Test's message
 * assertions read.
 */
public final class EventSearches {

  private final JdbcTemplate jdbc;
  private final EntitySearch<MessageSubscriptionResult> messageSubscriptions;
  private final EntitySearch<CorrelatedMessageSubscriptionResult> correlatedMessages;

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

  public EntitySearch.Page<MessageSubscriptionResult> messageSubscriptions(JsonNode body) {
    return messageSubscriptions.search(jdbc, body);
  }

  public EntitySearch.Page<CorrelatedMessageSubscriptionResult> correlatedMessages(JsonNode body) {
    return correlatedMessages.search(jdbc, body);
  }

  /** One partition: a filter on partition 1 matches everything, on any other nothing. */
  private static void partitionOne(String property, JsonNode value, EntitySearch.Sql sql) {
    EntitySearch.Sql partition = new EntitySearch.Sql();
    EntitySearch.applyOperators(property, "1", INT, value, partition);
    sql.and("1 = 1" + partition.where(), partition.args().toArray());
  }

  private static MessageSubscriptionResult subscription(ResultSet rs) throws SQLException {
    return new MessageSubscriptionResult()
        .messageSubscriptionKey(String.valueOf(rs.getLong("subscription_key")))
        .processDefinitionId(rs.getString("bpmn_process_id"))
        .processDefinitionKey(String.valueOf(rs.getLong("process_definition_key")))
        .processInstanceKey(nullableKey(rs, "process_instance_key"))
        .elementId(rs.getString("element_id"))
        .elementInstanceKey(nullableKey(rs, "element_instance_key"))
        .messageSubscriptionState(MessageSubscriptionStateEnum.fromValue(rs.getString("state")))
        .lastUpdatedDate(SearchRows.date(rs, "updated_at"))
        .messageName(rs.getString("event_name"))
        .correlationKey(rs.getString("correlation_key"))
        .tenantId(rs.getString("tenant_id"));
  }

  /** A key column as the API returns it; null for a start event's subscription (no instance). */
  private static String nullableKey(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : String.valueOf(value);
  }

  private static CorrelatedMessageSubscriptionResult correlated(ResultSet rs) throws SQLException {
    long element = rs.getLong("element_instance_key");
    String elementInstanceKey = rs.wasNull() ? null : String.valueOf(element);
    return new CorrelatedMessageSubscriptionResult()
        .correlationKey(rs.getString("correlation_key"))
        .correlationTime(SearchRows.date(rs, "correlation_time"))
        .elementId(rs.getString("element_id"))
        .elementInstanceKey(elementInstanceKey)
        .messageKey(String.valueOf(rs.getLong("message_key")))
        .messageName(rs.getString("message_name"))
        .partitionId(1)
        .processDefinitionId(rs.getString("bpmn_process_id"))
        .processDefinitionKey(String.valueOf(rs.getLong("process_definition_key")))
        .processInstanceKey(String.valueOf(rs.getLong("process_instance_key")))
        .subscriptionKey(String.valueOf(rs.getLong("subscription_key")))
        .tenantId(rs.getString("tenant_id"));
  }
}

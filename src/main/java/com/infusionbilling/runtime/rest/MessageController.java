package com.infusionbilling.runtime.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.infusionbilling.runtime.command.CorrelateMessage;
import com.infusionbilling.runtime.command.MessageCommands;
import com.infusionbilling.runtime.command.PublishMessage;
import com.infusionbilling.runtime.search.EventSearches;
import io.camunda.client.protocol.rest.CorrelatedMessageSubscriptionSearchQueryResult;
import io.camunda.client.protocol.rest.MessageCorrelationRequest;
import io.camunda.client.protocol.rest.MessageCorrelationResult;
import io.camunda.client.protocol.rest.MessagePublicationRequest;
import io.camunda.client.protocol.rest.MessagePublicationResult;
import io.camunda.client.protocol.rest.MessageSubscriptionSearchQueryResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Messages in the REST API v2: publication, correlation and the message subscription searches. */
@RestController
@RequestMapping("/v2")
public class MessageController {

  private final MessageCommands messages;
  private final EventSearches searches;

  public MessageController(MessageCommands messages, EventSearches searches) {
    this.messages = messages;
    this.searches = searches;
  }

  @PostMapping("/messages/publication")
  public MessagePublicationResult publish(@RequestBody MessagePublicationRequest request) {
    MessageCommands.Published published =
        messages.publish(
            new PublishMessage(
                request.getName(),
                request.getCorrelationKey(),
                request.getTimeToLive(),
                request.getMessageId(),
                request.getVariables(),
                request.getTenantId()));
    return new MessagePublicationResult()
        .messageKey(String.valueOf(published.messageKey()))
        .tenantId(published.tenantId());
  }

  @PostMapping("/messages/correlation")
  public MessageCorrelationResult correlate(@RequestBody MessageCorrelationRequest request) {
    MessageCommands.Correlated correlated =
        messages.correlate(
            new CorrelateMessage(
                request.getName(),
                request.getCorrelationKey(),
                request.getVariables(),
                request.getTenantId()));
    return new MessageCorrelationResult()
        .messageKey(String.valueOf(correlated.messageKey()))
        .processInstanceKey(String.valueOf(correlated.processInstanceKey()))
        .tenantId(correlated.tenantId());
  }

  @PostMapping("/message-subscriptions/search")
  public MessageSubscriptionSearchQueryResult searchSubscriptions(
      @RequestBody(required = false) JsonNode body) {
    var page = searches.messageSubscriptions(body);
    return new MessageSubscriptionSearchQueryResult()
        .items(SearchMapping.all(page.items(), SearchMapping::messageSubscription))
        .page(RestMapping.page(page));
  }

  @PostMapping("/correlated-message-subscriptions/search")
  public CorrelatedMessageSubscriptionSearchQueryResult searchCorrelated(
      @RequestBody(required = false) JsonNode body) {
    var page = searches.correlatedMessages(body);
    return new CorrelatedMessageSubscriptionSearchQueryResult()
        .items(SearchMapping.all(page.items(), SearchMapping::correlatedMessage))
        .page(RestMapping.page(page));
  }
}

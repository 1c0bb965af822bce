package com.infusionbilling.runtime.engine;

/**
 * The states of a message or signal subscription, as docs.camunda.io's message subscription search
 * reports them ({@code rt_event_subscription.state} holds the name): CREATED while it waits,
 * CORRELATED once its event arrived (and it does not stay open), DELETED when its owner ended.
 */
public enum SubscriptionState {
  CREATED,
  CORRELATED,
  DELETED
}

package com.infusionbilling.runtime.engine;

/**
 * The states of an element instance, as docs.camunda.io's element instance search reports them
 * ({@code rt_element_instance.state} holds the name; {@link Lifecycle#apiState()} maps the
 * fine-grained lifecycle onto them).
 */
public enum ElementInstanceState {
  ACTIVE,
  COMPLETED,
  TERMINATED
}

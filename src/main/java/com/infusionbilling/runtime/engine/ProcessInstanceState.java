package com.infusionbilling.runtime.engine;

/**
 * The states of a process instance, as docs.camunda.io's process instance search reports them
 * ({@code rt_process_instance.state} holds the name).
 */
public enum ProcessInstanceState {
  ACTIVE,
  COMPLETED,
  TERMINATED
}

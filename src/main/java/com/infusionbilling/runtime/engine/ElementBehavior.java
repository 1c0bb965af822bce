package com.infusionbilling.runtime.engine;

/**
 * What one kind of BPMN element does. The interpreter owns the lifecycle (input/output mappings,
 * flows, scopes, incidents); a behaviour decides what happens while the element is active.
 */
public interface ElementBehavior {

  /** The instance is activated and its input mappings applied: start work, or complete. */
  void onActivated(ProcessInstanceExecution execution, ElementInstance instance);

  /** The instance is being terminated: release what it holds (jobs, subscriptions). */
  default void onTerminating(ProcessInstanceExecution execution, ElementInstance instance) {}
}

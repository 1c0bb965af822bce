package com.infusionbilling.runtime.engine;

/** Fine-grained lifecycle of an element instance; incidents remember which step to retry. */
public enum Lifecycle {
  ACTIVATING,
  ACTIVATED,
  COMPLETING,
  COMPLETED,
  TERMINATED;

  /** The coarse state the v2 API reports ({@code rt_element_instance.state} holds its name). */
  public String apiState() {
    return state().name();
  }

  /** The coarse state the v2 API reports. */
  public ElementInstanceState state() {
    return switch (this) {
      case ACTIVATING, ACTIVATED, COMPLETING -> ElementInstanceState.ACTIVE;
      case COMPLETED -> ElementInstanceState.COMPLETED;
      case TERMINATED -> ElementInstanceState.TERMINATED;
    };
  }
}

package com.infusionbilling.runtime.engine;

/** Fine-grained lifecycle of an element instance; incidents remember which step to retry. */
public enum Lifecycle {
  ACTIVATING,
  ACTIVATED,
  COMPLETING,
  COMPLETED,
  TERMINATED;

  /** The coarse state the v2 API reports (ACTIVE, COMPLETED, TERMINATED). */
  public String apiState() {
    return switch (this) {
      case ACTIVATING, ACTIVATED, COMPLETING -> "ACTIVE";
      case COMPLETED -> "COMPLETED";
      case TERMINATED -> "TERMINATED";
    };
  }
}

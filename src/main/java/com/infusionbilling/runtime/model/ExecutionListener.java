package com.infusionbilling.runtime.model;

import com.infusionbilling.runtime.expression.Expression;

/**
 * One {@code zeebe:executionListener} (docs.camunda.io "Execution listeners"): a job of the given
 * type (static or FEEL) and retries that runs before an element is processed ({@code start}) or
 * after it was ({@code end}).
 */
public record ExecutionListener(EventType eventType, Expression type, Expression retries) {

  /** When the listener runs. */
  public enum EventType {
    START,
    END
  }
}

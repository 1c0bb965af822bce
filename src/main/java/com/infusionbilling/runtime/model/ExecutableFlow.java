package com.infusionbilling.runtime.model;

import com.infusionbilling.runtime.expression.Expression;

/** A sequence flow of the executable graph. */
public final class ExecutableFlow {
  private final String id;
  private final ExecutableElement source;
  private final ExecutableElement target;
  private final Expression condition;

  public ExecutableFlow(
      String id, ExecutableElement source, ExecutableElement target, Expression condition) {
    this.id = id;
    this.source = source;
    this.target = target;
    this.condition = condition;
  }

  public String id() {
    return id;
  }

  public ExecutableElement source() {
    return source;
  }

  public ExecutableElement target() {
    return target;
  }

  /** The FEEL condition, or null when the flow is unconditional. */
  public Expression condition() {
    return condition;
  }
}

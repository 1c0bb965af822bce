package com.infusionbilling.runtime.model;

import com.infusionbilling.runtime.expression.Expression;

/** A sequence flow of the executable graph. */
public final class ExecutableFlow {
  private final String id;
  private final ExecutableElement source;
  private final ExecutableElement target;
  private final Expression condition;
  private final boolean sequenceFlow;

  public ExecutableFlow(
      String id, ExecutableElement source, ExecutableElement target, Expression condition) {
    this(id, source, target, condition, true);
  }

  private ExecutableFlow(
      String id,
      ExecutableElement source,
      ExecutableElement target,
      Expression condition,
      boolean sequenceFlow) {
    this.id = id;
    this.source = source;
    this.target = target;
    this.condition = condition;
    this.sequenceFlow = sequenceFlow;
  }

  /** The jump from a link throw event to the link catch event of the same name. */
  static ExecutableFlow link(ExecutableElement linkThrow, ExecutableElement linkCatch) {
    return new ExecutableFlow(
        linkThrow.id() + "->" + linkCatch.id(), linkThrow, linkCatch, null, false);
  }

  /** False for link jumps, which are not sequence flows of the model. */
  public boolean isSequenceFlow() {
    return sequenceFlow;
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

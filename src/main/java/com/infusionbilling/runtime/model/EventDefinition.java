package com.infusionbilling.runtime.model;

import com.infusionbilling.runtime.expression.Expression;

/**
 * What an event element waits for or throws, built once from its BPMN event definition. Names and
 * thrown codes may be FEEL expressions (evaluated when the element is reached); catch codes are
 * static, and a null catch code catches every error or escalation.
 */
public sealed interface EventDefinition {

  /** A message: its name, and for catch events the correlation key expression. */
  record Message(Expression name, Expression correlationKey) implements EventDefinition {}

  /** A timer: timeDate, timeDuration or timeCycle, static or FEEL. */
  record Timer(TimerKind kind, Expression value) implements EventDefinition {}

  /** A signal, by name. */
  record Signal(Expression name) implements EventDefinition {}

  /** An error: catchCode for catch events (null catches all), thrownCode for end events. */
  record Error(String catchCode, Expression thrownCode) implements EventDefinition {}

  /** An escalation: catchCode for catch events (null catches all), thrownCode for throw events. */
  record Escalation(String catchCode, Expression thrownCode) implements EventDefinition {}

  /** A link: a throw event continues at the catch event of the same name in its scope. */
  record Link(String name) implements EventDefinition {}

  /**
   * Compensation: on a boundary event, the marker linking an activity to its compensation handler;
   * on a throw or end event, the activity to compensate ({@code activityRef}) or null for every
   * completed activity of the scope.
   */
  record Compensation(String activityRef) implements EventDefinition {}

  /** A terminate end event. */
  record Terminate() implements EventDefinition {}

  /** The three ways of defining a timer. */
  enum TimerKind {
    DATE,
    DURATION,
    CYCLE
  }
}

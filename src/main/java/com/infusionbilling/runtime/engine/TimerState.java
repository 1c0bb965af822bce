package com.infusionbilling.runtime.engine;

/**
 * The states of a timer ({@code rt_timer.state} holds the name): CREATED while it waits for its due
 * date, TRIGGERED once it fired for the last time, CANCELED when its owner ended first.
 */
public enum TimerState {
  CREATED,
  TRIGGERED,
  CANCELED
}

package com.infusionbilling.runtime.engine;

import com.infusionbilling.runtime.model.TimerSchedule;

/**
 * A timer row: of a timer catch event, a timer boundary event or an event sub-process timer start
 * (owned by an element instance), or of a timer start event (without a process instance).
 */
public final class TimerRecord {
  public final long key;
  public final long processDefinitionKey;
  public final String bpmnProcessId;
  public final String tenantId;
  public final Long processInstanceKey;
  public final Long elementInstanceKey;
  public final String elementId;
  public final long createdAt;
  public long dueDate;
  public int repetitions;
  public String cycle;
  public TimerState state;

  final boolean persisted;
  boolean dirty;

  public TimerRecord(
      long key,
      EventTarget target,
      long createdAt,
      TimerSchedule schedule,
      TimerState state,
      boolean persisted) {
    this.key = key;
    this.processDefinitionKey = target.processDefinitionKey();
    this.bpmnProcessId = target.bpmnProcessId();
    this.tenantId = target.tenantId();
    this.processInstanceKey = target.processInstanceKey();
    this.elementInstanceKey = target.elementInstanceKey();
    this.elementId = target.elementId();
    this.createdAt = createdAt;
    this.dueDate = schedule.dueDate();
    this.repetitions = schedule.repetitions();
    this.cycle = schedule.cycle();
    this.state = state;
    this.persisted = persisted;
  }

  public TimerSchedule schedule() {
    return new TimerSchedule(dueDate, repetitions, cycle);
  }

  public boolean isPending() {
    return state == TimerState.CREATED;
  }

  /** The timer fired: schedule its next repetition, or mark it triggered. */
  public void fired(long now, boolean mayRepeat) {
    TimerSchedule schedule = schedule();
    if (mayRepeat && schedule.repeats()) {
      TimerSchedule next = schedule.next(now);
      dueDate = next.dueDate();
      repetitions = next.repetitions();
    } else {
      state = TimerState.TRIGGERED;
    }
    dirty = true;
  }

  public void cancel() {
    state = TimerState.CANCELED;
    dirty = true;
  }
}

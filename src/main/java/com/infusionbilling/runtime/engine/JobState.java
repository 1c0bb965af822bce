package com.infusionbilling.runtime.engine;

/**
 * The states of a job, as docs.camunda.io's job search reports them ({@code rt_job.state} holds the
 * name). A job is activatable in CREATED, FAILED (with retries left, after its back-off),
 * RETRIES_UPDATED and TIMED_OUT; COMPLETED, CANCELED and ERROR_THROWN end it.
 */
public enum JobState {
  CREATED,
  COMPLETED,
  FAILED,
  RETRIES_UPDATED,
  TIMED_OUT,
  ERROR_THROWN,
  CANCELED,
  MIGRATED;

  /** Whether the job has ended: completed, or canceled with its element. */
  public boolean isEnded() {
    return this == COMPLETED || this == CANCELED;
  }
}

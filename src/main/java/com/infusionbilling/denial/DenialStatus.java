package com.infusionbilling.denial;

/** Where a denial stands. */
public enum DenialStatus {
  /** Stored by posting; {@code DenialManagement} starts after the posting commits. */
  OPEN,
  /** {@code Decision_DenialRouting} chose an action, a group and a work deadline. */
  ROUTED,
  /** Someone works it (retro authorization, appeal, correction, ...). */
  IN_WORK,
  /** An appeal is open ({@code AppealCase}). */
  APPEALED,
  /** An appeal deadline passed or every level is exhausted: a manager decides on a write-off. */
  WRITE_OFF_CANDIDATE,
  /** Written off with a manager's approval. */
  WRITTEN_OFF,
  /** Nothing left to do: corrected, rebilled, billed to the patient, overturned or info only. */
  RESOLVED
}

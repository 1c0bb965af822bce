package com.infusionbilling.runtime.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The bookkeeping of a multi-instance body: how many inner instances there are and how many
 * completed or were terminated, and for a sequential body the items still to come (the input
 * collection is evaluated once, when the body is activated). Persisted with the body instance.
 */
public final class LoopState {
  public int size;
  public int next;
  public int completed;
  public int terminated;

  /** The evaluated input collection (kept for sequential bodies only). */
  public List<Object> items = new ArrayList<>();

  public LoopState() {}

  LoopState(int size) {
    this.size = size;
  }
}

package com.infusionbilling.edi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One segment as read: its ID and element values by position (1-based), each element possibly a
 * composite (components) and possibly repeated. Missing or empty values read as {@code null}.
 */
public final class X12Segment {

  private static final String[] NONE = new String[0];

  private final String id;
  // elements.get(position - 1) = repetitions, each repetition = components (simple: length 1)
  private final List<List<String[]>> elements = new ArrayList<>(12);

  public X12Segment(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public boolean is(String segmentId) {
    return id.equals(segmentId);
  }

  void set(int position, int component, int repetition, String value) {
    while (elements.size() < position) {
      elements.add(new ArrayList<>(1));
    }
    List<String[]> reps = elements.get(position - 1);
    int repIndex = Math.max(repetition, 1) - 1;
    while (reps.size() <= repIndex) {
      reps.add(NONE);
    }
    int compIndex = Math.max(component, 1) - 1;
    String[] comps = reps.get(repIndex);
    if (comps.length <= compIndex) {
      String[] grown = new String[compIndex + 1];
      System.arraycopy(comps, 0, grown, 0, comps.length);
      comps = grown;
      reps.set(repIndex, comps);
    }
    comps[compIndex] = value == null || value.isEmpty() ? null : value;
  }

  /** Number of element positions present (trailing empty elements are not written in X12). */
  public int size() {
    return elements.size();
  }

  /** The element at {@code position} (first repetition, first component), or null. */
  public String get(int position) {
    return get(position, 1);
  }

  /** A component of the element at {@code position} (first repetition), or null. */
  public String get(int position, int component) {
    if (position < 1 || position > elements.size()) {
      return null;
    }
    List<String[]> reps = elements.get(position - 1);
    if (reps.isEmpty()) {
      return null;
    }
    String[] comps = reps.get(0);
    return component <= comps.length ? comps[component - 1] : null;
  }

  /** The components of the element at {@code position} (first repetition); empty if absent. */
  public List<String> components(int position) {
    if (position < 1 || position > elements.size() || elements.get(position - 1).isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    Collections.addAll(out, elements.get(position - 1).get(0));
    return out;
  }

  /** The first component of every repetition of the element at {@code position}. */
  public List<String> repetitions(int position) {
    if (position < 1 || position > elements.size()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String[] rep : elements.get(position - 1)) {
      if (rep.length > 0 && rep[0] != null) {
        out.add(rep[0]);
      }
    }
    return out;
  }

  /** The segment in X12 notation with {@code *}, {@code :} and {@code ^}, without terminator. */
  public String toText() {
    StringBuilder b = new StringBuilder(id);
    for (List<String[]> reps : elements) {
      b.append('*');
      for (int r = 0; r < reps.size(); r++) {
        if (r > 0) {
          b.append('^');
        }
        String[] comps = reps.get(r);
        for (int c = 0; c < comps.length; c++) {
          if (c > 0) {
            b.append(':');
          }
          if (comps[c] != null) {
            b.append(comps[c]);
          }
        }
      }
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return id;
  }
}

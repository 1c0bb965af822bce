package com.infusionbilling.edi;

/**
 * Hands out X12 control numbers, unique per kind, between 1 and 999,999,999 (wrapping to 1). The
 * production implementation is {@link JdbcControlNumberSource}, which persists every allocation.
 */
public interface ControlNumberSource {

  /** Allocates {@code count} consecutive numbers and returns the first. */
  long allocate(ControlNumberKind kind, int count);

  default long next(ControlNumberKind kind) {
    return allocate(kind, 1);
  }
}

package com.infusionbilling.edi;

/**
 * Guards the project's StAEDI validation fix (docs/x12.md, "StAEDI patch"): StAEDI 1.26.0's
 * validator rebuilds a segment's version-filtered child list for every element it checks, which
 * makes validation quadratic in a segment's width; the project's copy of {@code
 * io.xlate.edi.internal.stream.validation.UsageNode} (under {@code src/main/java/io/xlate}) caches
 * that list per version. The copy only works while it comes before the StAEDI jar on the class
 * path, so the schemas are not loaded at all unless it is the class in use: a class-path change or
 * a StAEDI upgrade that drops it fails loudly ({@link X12Schemas}, {@code StaediFastPathTest})
 * instead of making every X12 file about twice as slow to validate.
 */
public final class StaediFastPath {
  static final String PATCHED_CLASS = "io.xlate.edi.internal.stream.validation.UsageNode";

  /** The field only the patched copy has (its per-version cache). */
  static final String CACHE_FIELD = "versionedChildren";

  private StaediFastPath() {}

  /** Throws unless StAEDI's validator runs with the patched, caching UsageNode. */
  public static void require() {
    Class<?> usageNode;
    try {
      usageNode = Class.forName(PATCHED_CLASS, false, StaediFastPath.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          "StAEDI's " + PATCHED_CLASS + " is gone: re-check the patch against this StAEDI", e);
    }
    if (!caches(usageNode)) {
      throw new IllegalStateException(
          "StAEDI validation fast path not in use: "
              + PATCHED_CLASS
              + " was loaded from "
              + usageNode.getProtectionDomain().getCodeSource()
              + " instead of the project's patched copy (it must come before the StAEDI jar on"
              + " the class path; see docs/x12.md, \"StAEDI patch\")");
    }
  }

  /** Whether this UsageNode class is the patched one (it has the per-version cache). */
  static boolean caches(Class<?> usageNode) {
    try {
      usageNode.getDeclaredField(CACHE_FIELD);
      return true;
    } catch (NoSuchFieldException e) {
      return false;
    }
  }
}

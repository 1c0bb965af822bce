package com.infusionbilling.edi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * StAEDI's validator runs with the project's patched UsageNode (docs/x12.md, "StAEDI patch"):
 * without it, validation is about twice as slow (docs/benchmarks.md). The test fails when the copy
 * is not the class in use, e.g. after a class-path change or a StAEDI upgrade.
 */
class StaediFastPathTest {

  @Test
  void theValidatorUsesThePatchedUsageNodeFromTheProjectsOwnClasses() throws Exception {
    Class<?> usageNode = Class.forName(StaediFastPath.PATCHED_CLASS);

    assertThat(StaediFastPath.caches(usageNode)).isTrue();
    assertThat(location(usageNode)).isEqualTo(location(X12Schemas.class));
    assertThatCode(StaediFastPath::require).doesNotThrowAnyException();
  }

  @Test
  void aUsageNodeWithoutThePerVersionCacheIsRecognised() {
    // a class without the cache field stands for StAEDI's own UsageNode
    assertThat(StaediFastPath.caches(String.class)).isFalse();
  }

  static Path location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}

package com.infusionbilling.runtime.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the shared embedded runtime when the test JVM's JUnit session opens, before any Spring
 * test context exists, so Camunda Process Test (remote mode) and the application find it listening;
 * stops it when the session closes. Integration tests that start the packaged application in its
 * own JVM (Failsafe, {@code -Dtest-runtime.skip=true}) need none.
 */
public class EmbeddedRuntimeSessionListener implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (Boolean.getBoolean("test-runtime.skip")) {
      return;
    }
    TestRuntime.get();
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    TestRuntime.release();
  }
}

package com.infusionbilling.testing;

import com.infusionbilling.runtime.testing.TestRuntime;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Purges the shared test runtime before a process-test class, as Camunda Process Test does after
 * each of its tests. Tests that are not process tests (end-to-end tests with the real workers, for
 * example) may leave instances waiting on user tasks; without this, a process test's {@code
 * completeUserTask("Task_X")} could complete the earlier test's task instead of its own.
 */
public class PurgeRuntimeBeforeClass implements BeforeAllCallback {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    TestRuntime.get();
    var request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://127.0.0.1:" + TestRuntime.restPort() + "/actuator/cluster/purge"))
            .timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "purging the test runtime failed: " + response.statusCode() + " " + response.body());
    }
  }
}

package com.infusionbilling.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.runtime.search.SearchConnections;
import com.infusionbilling.runtime.testing.TestRuntime;
import io.camunda.client.api.response.ActivatedJob;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, runtime isolation: expensive searches cannot stop the runtime from serving commands.
 * Searches have connections of their own ({@link SearchConnections}); this test holds every one of
 * them, as searches that never end would, and shows that instances still start, jobs are still
 * activated and completed over REST and gRPC, that a search is refused with 503 (not a hang, not a
 * 500), and that searches beyond the admission limit are refused at once.
 */
class RuntimeIsolationTest extends ConformanceSupport {

  private final List<Connection> held = new ArrayList<>();

  @BeforeEach
  void holdEverySearchConnection() throws Exception {
    var pool = TestRuntime.get().bean(SearchConnections.class).pool();
    for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
      held.add(pool.getConnection());
    }
  }

  @AfterEach
  void release() throws Exception {
    for (Connection c : held) {
      c.close();
    }
    held.clear();
  }

  @Test
  void commandsRunOverBothTransportsWhileEverySearchConnectionIsTaken() throws Exception {
    String type = uniqueId("isolated");
    String id = uniqueId("isolated");
    deploy(client(Transport.REST), oneTask(id, type), id);

    AtomicBoolean working = new AtomicBoolean(true);
    CompletableFuture<Integer> worker =
        CompletableFuture.supplyAsync(
            () -> {
              int completed = 0;
              while (working.get()) {
                for (ActivatedJob job : activate(client(Transport.GRPC), type, 8)) {
                  client(Transport.REST).newCompleteCommand(job.getKey()).send().join();
                  completed++;
                }
              }
              return completed;
            });
    List<CompletableFuture<?>> instances = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Transport transport = i % 2 == 0 ? Transport.REST : Transport.GRPC;
      instances.add(
          client(transport)
              .newCreateInstanceCommand()
              .bpmnProcessId(id)
              .latestVersion()
              .variables(Map.of("n", i))
              .withResult()
              .requestTimeout(Duration.ofSeconds(60))
              .send()
              .toCompletableFuture());
    }
    CompletableFuture.allOf(instances.toArray(CompletableFuture[]::new)).get(90, TimeUnit.SECONDS);
    working.set(false);
    assertThat(worker.get(30, TimeUnit.SECONDS)).isEqualTo(10);
  }

  @Test
  void aSearchWithNoConnectionLeftIsRefusedWith503() {
    assertRejected(
        Transport.REST,
        () -> client(Transport.REST).newProcessInstanceSearchRequest().send().join(),
        503,
        null,
        "database connections are all in use");
  }

  @Test
  void searchesBeyondTheAdmissionLimitAreRefusedAtOnceAndNoneFails() throws Exception {
    int limit = 4 * held.size();
    HttpClient http = HttpClient.newHttpClient();
    URI uri = TestRuntime.get().restAddress().resolve("/v2/process-instances/search");
    List<CompletableFuture<HttpResponse<String>>> searches = new ArrayList<>();
    for (int i = 0; i < limit + 6; i++) {
      searches.add(
          http.sendAsync(
              HttpRequest.newBuilder(uri)
                  .header("Content-Type", "application/json")
                  .timeout(Duration.ofSeconds(60))
                  .POST(HttpRequest.BodyPublishers.ofString("{}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString()));
    }
    CompletableFuture.allOf(searches.toArray(CompletableFuture[]::new)).get(90, TimeUnit.SECONDS);
    List<HttpResponse<String>> responses = searches.stream().map(CompletableFuture::join).toList();
    assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(503);
    assertThat(responses)
        .allSatisfy(r -> assertThat(r.headers().firstValue("Retry-After")).hasValue("1"));
    assertThat(responses.stream().filter(r -> r.body().contains("searches are running at once")))
        .hasSizeGreaterThanOrEqualTo(6);
  }
}

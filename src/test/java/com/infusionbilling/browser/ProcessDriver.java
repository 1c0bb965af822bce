package com.infusionbilling.browser;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.UserTaskState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * Brings the real processes to a user task for a browser test, as the job workers, the payer and
 * time would: it completes the jobs of its own instances with the given results (the application's
 * workers are off in tests), publishes messages and moves the runtime's clock. Its instances carry
 * a variable {@code browserScenario} (children get it from their call activity), so jobs and tasks
 * of other tests on the shared runtime are never touched.
 */
final class ProcessDriver {
  static final String TAG = "browserScenario";
  static final Duration PATIENCE = Duration.ofSeconds(60);

  private final CamundaClient camunda;
  private final String runtimeRestAddress;
  private final String tag = "S-" + UUID.randomUUID().toString().substring(0, 8);
  private final Map<String, Map<String, Object>> jobResults = new HashMap<>();
  private long clockMoved;
  private final List<Long> started = new java.util.ArrayList<>();

  ProcessDriver(CamundaClient camunda, String runtimeRestAddress) {
    this.camunda = camunda;
    this.runtimeRestAddress = runtimeRestAddress;
  }

  String tag() {
    return tag;
  }

  /** A value unique to this scenario (a trace number, a request id). */
  long uniqueNumber() {
    return 700_000_000L + Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 200_000_000L);
  }

  /** Completes this scenario's jobs of {@code type} with {@code result}. */
  ProcessDriver completesJobs(String type, Map<String, Object> result) {
    jobResults.put(type, result);
    return this;
  }

  long start(String processId, Map<String, Object> variables) {
    Map<String, Object> v = new HashMap<>(variables);
    v.put(TAG, tag);
    long key =
        camunda
            .newCreateInstanceCommand()
            .bpmnProcessId(processId)
            .latestVersion()
            .variables(v)
            .send()
            .join()
            .getProcessInstanceKey();
    started.add(key);
    return key;
  }

  /**
   * Cancels what this scenario started and the instance of its user task (a message may have
   * started that one), so no instance of it waits on in the shared runtime.
   */
  void cancelStarted(long userTaskKey) {
    List<Long> keys = new java.util.ArrayList<>(started);
    if (userTaskKey > 0) {
      keys.add(camunda.newUserTaskGetRequest(userTaskKey).send().join().getProcessInstanceKey());
    }
    for (long key : keys) {
      try {
        camunda.newCancelInstanceCommand(key).send().join();
      } catch (RuntimeException e) {
        // completed or cancelled already
      }
    }
  }

  /**
   * Publishes a message now; buffered for a while, so it waits for a subscription still to come.
   */
  void publish(String name, String correlationKey, Map<String, Object> variables) {
    Map<String, Object> v = new HashMap<>(variables);
    v.put(TAG, tag);
    camunda
        .newPublishMessageCommand()
        .messageName(name)
        .correlationKey(correlationKey)
        .timeToLive(Duration.ofMinutes(10))
        .variables(v)
        .send()
        .join();
  }

  /**
   * Drives jobs until the element is active in the instance (e.g. a receive task and its timer).
   */
  void awaitActive(long processInstanceKey, String elementId) {
    until(
        "element " + elementId + " active",
        () ->
            !camunda
                .newElementInstanceSearchRequest()
                .filter(
                    f ->
                        f.processInstanceKey(processInstanceKey)
                            .elementId(elementId)
                            .state(ElementInstanceState.ACTIVE))
                .send()
                .join()
                .items()
                .isEmpty());
  }

  /** Drives jobs until this scenario has an open user task at the element; returns its key. */
  long awaitUserTask(String elementId) {
    long[] key = {-1};
    until(
        "user task " + elementId,
        () -> {
          var items =
              camunda
                  .newUserTaskSearchRequest()
                  .filter(
                      f ->
                          f.elementId(elementId)
                              .state(UserTaskState.CREATED)
                              .processInstanceVariables(Map.of(TAG, "\"" + tag + "\"")))
                  .send()
                  .join()
                  .items();
          if (items.isEmpty()) {
            return false;
          }
          key[0] = items.get(0).getUserTaskKey();
          return true;
        });
    return key[0];
  }

  /** Completes a user task on the way to the one the scenario is after, as its form would. */
  void complete(long userTaskKey, Map<String, Object> variables) {
    camunda.newCompleteUserTaskCommand(userTaskKey).variables(variables).send().join();
  }

  /** A variable of a process instance, as JSON text. */
  String variable(long processInstanceKey, String name) {
    var items =
        camunda
            .newVariableSearchRequest()
            .filter(f -> f.processInstanceKey(processInstanceKey).name(name))
            .send()
            .join()
            .items();
    return items.isEmpty() ? null : items.get(0).getValue();
  }

  /** Moves the runtime's clock (timers fire as if the time had passed); reset by {@link #close}. */
  void advanceClock(Duration by) {
    post("/actuator/clock/add", "{\"offsetMilli\": " + by.toMillis() + "}", "POST");
    clockMoved += by.toMillis();
  }

  /** Puts the runtime's clock back to the real time if this scenario moved it. */
  void resetClock() {
    if (clockMoved != 0) {
      post("/actuator/clock", null, "DELETE");
      clockMoved = 0;
    }
  }

  private void post(String path, String body, String method) {
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(runtimeRestAddress + path))
              .header("Content-Type", "application/json");
      request =
          body == null
              ? request.method(method, HttpRequest.BodyPublishers.noBody())
              : request.method(method, HttpRequest.BodyPublishers.ofString(body));
      HttpResponse<String> response =
          HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(path + " answered " + response.statusCode());
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void until(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "scenario " + tag + ": " + what + " not reached within " + PATIENCE);
      }
      if (!driveJobs()) {
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
    }
  }

  /** Completes this scenario's activatable jobs; others stay locked briefly and return. */
  private boolean driveJobs() {
    boolean any = false;
    for (var entry : jobResults.entrySet()) {
      List<ActivatedJob> jobs =
          camunda
              .newActivateJobsCommand()
              .jobType(entry.getKey())
              .maxJobsToActivate(20)
              .timeout(Duration.ofSeconds(2))
              .fetchVariables(TAG)
              .requestTimeout(Duration.ofMillis(200))
              .send()
              .join()
              .getJobs();
      for (ActivatedJob job : jobs) {
        if (tag.equals(job.getVariablesAsMap().get(TAG))) {
          camunda.newCompleteCommand(job).variables(entry.getValue()).send().join();
          any = true;
        }
      }
    }
    return any;
  }
}

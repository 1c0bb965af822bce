package com.infusionbilling.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.IncidentErrorType;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.grpc.Status;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Job workers, as docs.camunda.io's "Job workers" and the jobs API describe them. */
class JobConformanceTest extends ConformanceSupport {

  @AfterEach
  void resetClock() {
    resetTime();
  }

  private static String deployOneTask(Transport transport, String type) {
    String id = uniqueId("jobs");
    deploy(client(transport), oneTask(id, type), id);
    return id;
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void activationReturnsAtMostMaxJobsToActivate(Transport transport) {
    var client = client(transport);
    String type = uniqueId("max");
    String id = deployOneTask(transport, type);
    for (int i = 0; i < 3; i++) {
      start(client, id, Map.of());
    }
    assertThat(activate(client, type, 2)).hasSize(2);
    assertThat(activate(client, type, 5)).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void fetchVariableLimitsTheVariablesOfActivatedJobs(Transport transport) {
    var client = client(transport);
    String type = uniqueId("fetch");
    String id = deployOneTask(transport, type);
    start(client, id, Map.of("wanted", 1, "other", 2));
    List<ActivatedJob> jobs =
        client
            .newActivateJobsCommand()
            .jobType(type)
            .maxJobsToActivate(1)
            .fetchVariables("wanted")
            .send()
            .join()
            .getJobs();
    assertThat(jobs.get(0).getVariablesAsMap()).containsOnlyKeys("wanted");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void jobTypeRetriesAndHeadersComeFromTheModelIncludingFeelExpressions(Transport transport) {
    var client = client(transport);
    String id = uniqueId("feel");
    String suffix = uniqueId("t");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask(
                "task",
                t ->
                    t.zeebeJobTypeExpression("\"feel-\" + suffix")
                        .zeebeJobRetriesExpression("2 + 3")
                        .zeebeTaskHeader("payer", "MEDICARE_PART_B"))
            .endEvent()
            .done();
    deploy(client, model, id);
    long key = start(client, id, Map.of("suffix", suffix));
    ActivatedJob job = activateOne(client, "feel-" + suffix);
    assertThat(job.getRetries()).isEqualTo(5);
    assertThat(job.getCustomHeaders()).containsEntry("payer", "MEDICARE_PART_B");
    assertThat(job.getProcessInstanceKey()).isEqualTo(key);
    assertThat(job.getBpmnProcessId()).isEqualTo(id);
    assertThat(job.getElementId()).isEqualTo("task");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aWaitingActivationRequestReceivesAJobCreatedAfterItWasSent(Transport transport)
      throws Exception {
    var client = client(transport);
    String type = uniqueId("longpoll");
    String id = deployOneTask(transport, type);
    CompletableFuture<List<ActivatedJob>> waiting =
        client
            .newActivateJobsCommand()
            .jobType(type)
            .maxJobsToActivate(1)
            .requestTimeout(Duration.ofSeconds(20))
            .send()
            .toCompletableFuture()
            .thenApply(r -> r.getJobs());
    Thread.sleep(300); // the request is now parked in the runtime
    assertThat(waiting).isNotDone();
    long key = start(client, id, Map.of());
    List<ActivatedJob> jobs = waiting.get(15, TimeUnit.SECONDS);
    assertThat(jobs).hasSize(1);
    assertThat(jobs.get(0).getProcessInstanceKey()).isEqualTo(key);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anActivationRequestWithoutJobsReturnsEmptyWhenItsRequestTimeoutPasses(Transport transport) {
    var client = client(transport);
    var response =
        client
            .newActivateJobsCommand()
            .jobType(uniqueId("none"))
            .maxJobsToActivate(1)
            .requestTimeout(Duration.ofMillis(300))
            .send()
            .join();
    assertThat(response.getJobs()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anActivatedJobIsNotActivatedAgainUntilItsTimeoutPasses(Transport transport) {
    var client = client(transport);
    String type = uniqueId("timeout");
    String id = deployOneTask(transport, type);
    start(client, id, Map.of());
    ActivatedJob first =
        client
            .newActivateJobsCommand()
            .jobType(type)
            .maxJobsToActivate(1)
            .timeout(Duration.ofMinutes(5))
            .send()
            .join()
            .getJobs()
            .get(0);
    assertThat(activateBriefly(client, type)).isEmpty();
    increaseTime(Duration.ofMinutes(6));
    ActivatedJob again = activateOne(client, type);
    assertThat(again.getKey()).isEqualTo(first.getKey());
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void completingAJobTwiceIsRejectedAsNotFound(Transport transport) {
    var client = client(transport);
    String type = uniqueId("twice");
    String id = deployOneTask(transport, type);
    long key = start(client, id, Map.of());
    ActivatedJob job = activateOne(client, type);
    client.newCompleteCommand(job.getKey()).send().join();
    assertRejected(
        transport,
        () -> client.newCompleteCommand(job.getKey()).send().join(),
        404,
        Status.Code.NOT_FOUND,
        String.valueOf(job.getKey()));
    awaitState(client, key, "COMPLETED");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void completingAnUnknownJobIsRejectedAsNotFound(Transport transport) {
    assertRejected(
        transport,
        () -> client(transport).newCompleteCommand(2251799813685249L + 999_999_999L).send().join(),
        404,
        Status.Code.NOT_FOUND,
        "no such job");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aFailedJobWithRetriesLeftIsActivatableAgainAfterItsBackOff(Transport transport) {
    var client = client(transport);
    String type = uniqueId("backoff");
    String id = deployOneTask(transport, type);
    start(client, id, Map.of());
    ActivatedJob job = activateOne(client, type);
    client
        .newFailCommand(job.getKey())
        .retries(2)
        .retryBackoff(Duration.ofMinutes(10))
        .errorMessage("payer portal down")
        .send()
        .join();
    assertThat(activateBriefly(client, type)).as("still backing off").isEmpty();
    increaseTime(Duration.ofMinutes(11));
    ActivatedJob retried = activateOne(client, type);
    assertThat(retried.getKey()).isEqualTo(job.getKey());
    assertThat(retried.getRetries()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aJobFailedWithNoRetriesRaisesAnIncidentThatResolvesAfterRetriesAreUpdated(
      Transport transport) {
    var client = client(transport);
    String type = uniqueId("noretries");
    String id = deployOneTask(transport, type);
    long key = start(client, id, Map.of());
    ActivatedJob job = activateOne(client, type);
    client
        .newFailCommand(job.getKey())
        .retries(0)
        .errorMessage("clearinghouse rejected")
        .send()
        .join();

    var incidents = incidents(client, key);
    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).getErrorType()).isEqualTo(IncidentErrorType.JOB_NO_RETRIES);
    assertThat(incidents.get(0).getErrorMessage()).isEqualTo("clearinghouse rejected");
    assertThat(incidents.get(0).getJobKey()).isEqualTo(job.getKey());
    assertThat(processInstance(client, key).getHasIncident()).isTrue();
    assertThat(activateBriefly(client, type)).isEmpty();

    client.newUpdateRetriesCommand(job.getKey()).retries(1).send().join();
    client.newResolveIncidentCommand(incidents.get(0).getIncidentKey()).send().join();

    ActivatedJob retried = activateOne(client, type);
    client.newCompleteCommand(retried.getKey()).send().join();
    awaitState(client, key, "COMPLETED");
    assertThat(incidents(client, key).get(0).getState().name()).isEqualTo("RESOLVED");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void resolvingAJobIncidentWithoutRetriesRaisesANewIncident(Transport transport) {
    var client = client(transport);
    String type = uniqueId("stillbroken");
    String id = deployOneTask(transport, type);
    long key = start(client, id, Map.of());
    ActivatedJob job = activateOne(client, type);
    client.newFailCommand(job.getKey()).retries(0).send().join();
    var first = incidents(client, key).get(0);
    client.newResolveIncidentCommand(first.getIncidentKey()).send().join();
    var all = incidents(client, key);
    assertThat(all).hasSize(2);
    assertThat(all).filteredOn(i -> i.getState().name().equals("ACTIVE")).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aBpmnErrorWithoutACatchEventRaisesAnUnhandledErrorIncident(Transport transport) {
    var client = client(transport);
    String type = uniqueId("error");
    String id = deployOneTask(transport, type);
    long key = start(client, id, Map.of());
    ActivatedJob job = activateOne(client, type);
    client
        .newThrowErrorCommand(job.getKey())
        .errorCode("AUTH_DENIED")
        .errorMessage("payer denied")
        .send()
        .join();
    var incidents = incidents(client, key);
    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).getErrorType()).isEqualTo(IncidentErrorType.UNHANDLED_ERROR_EVENT);
    assertThat(incidents.get(0).getErrorMessage()).contains("AUTH_DENIED");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void updatingRetriesToZeroIsRejected(Transport transport) {
    var client = client(transport);
    String type = uniqueId("zero");
    String id = deployOneTask(transport, type);
    start(client, id, Map.of());
    ActivatedJob job = activateOne(client, type);
    assertRejected(
        transport,
        () -> client.newUpdateRetriesCommand(job.getKey()).retries(0).send().join(),
        400,
        Status.Code.INVALID_ARGUMENT,
        "positive amount of retries");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void updatingTheTimeoutMovesTheDeadlineOfAnActivatedJob(Transport transport) {
    var client = client(transport);
    String type = uniqueId("newtimeout");
    String id = deployOneTask(transport, type);
    start(client, id, Map.of());
    ActivatedJob job =
        client
            .newActivateJobsCommand()
            .jobType(type)
            .maxJobsToActivate(1)
            .timeout(Duration.ofMinutes(1))
            .send()
            .join()
            .getJobs()
            .get(0);
    client.newUpdateTimeoutCommand(job.getKey()).timeout(Duration.ofHours(1)).send().join();
    increaseTime(Duration.ofMinutes(2));
    assertThat(activateBriefly(client, type)).as("the new deadline has not passed").isEmpty();
    increaseTime(Duration.ofHours(1));
    assertThat(activateOne(client, type).getKey()).isEqualTo(job.getKey());
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void jobsCanBeSearchedByTypeAndState(Transport transport) {
    var client = client(transport);
    String type = uniqueId("search");
    String id = deployOneTask(transport, type);
    start(client, id, Map.of());
    ActivatedJob job = activateOne(client, type);
    client.newCompleteCommand(job.getKey()).send().join();
    var found = client.newJobSearchRequest().filter(f -> f.type(type)).send().join().items();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).getState().name()).isEqualTo("COMPLETED");
    assertThat(found.get(0).getJobKey()).isEqualTo(job.getKey());
  }
}

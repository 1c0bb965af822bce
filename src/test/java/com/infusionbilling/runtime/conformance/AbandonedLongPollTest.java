package com.infusionbilling.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.runtime.EmbeddedRuntime;
import com.infusionbilling.runtime.rest.LongPollProbe;
import com.infusionbilling.runtime.testing.TestRuntime;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A worker that goes away while its activation request waits (its JVM stops, its Spring context
 * closes) must not take jobs with it: live workers get them at once, not after the job timeout.
 * Over gRPC the call is cancelled; over REST the container does not say, and the runtime finds out
 * by probing the parked request ({@link LongPollProbe}).
 */
class AbandonedLongPollTest extends ConformanceSupport {

  /** Longer than two probe intervals: the runtime has had the chance to see the client gone. */
  private static final long AFTER_PROBES_MILLIS = 3 * LongPollProbe.DEFAULT_INTERVAL.toMillis();

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aJobGoesToALiveWorkerNotToTheWaitingRequestOfAWorkerThatWentAway(Transport transport)
      throws Exception {
    var live = client(transport);
    String type = uniqueId("abandoned");
    String id = uniqueId("abandoned");
    deploy(live, oneTask(id, type), id);

    EmbeddedRuntime runtime = TestRuntime.get();
    CamundaClient leaving =
        CamundaClient.newClientBuilder()
            .restAddress(runtime.restAddress())
            .grpcAddress(runtime.grpcAddress())
            .preferRestOverGrpc(transport == Transport.REST)
            .build();
    CompletableFuture<?> abandoned =
        leaving
            .newActivateJobsCommand()
            .jobType(type)
            .maxJobsToActivate(1)
            .timeout(Duration.ofMinutes(10))
            .requestTimeout(Duration.ofMinutes(2))
            .send()
            .toCompletableFuture();
    Thread.sleep(300); // parked in the runtime
    assertThat(abandoned).isNotDone();
    leaving.close();
    Thread.sleep(AFTER_PROBES_MILLIS);

    long instance = start(live, id, Map.of());
    List<ActivatedJob> jobs =
        live.newActivateJobsCommand()
            .jobType(type)
            .maxJobsToActivate(1)
            .requestTimeout(Duration.ofSeconds(20))
            .send()
            .join()
            .getJobs();
    // Without the fix the abandoned request held the job for its 10-minute timeout.
    assertThat(jobs).extracting(ActivatedJob::getProcessInstanceKey).containsExactly(instance);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aRequestParkedPastSeveralProbesStillReceivesItsJobAsValidJson(Transport transport)
      throws Exception {
    var client = client(transport);
    String type = uniqueId("probed");
    String id = uniqueId("probed");
    deploy(client, oneTask(id, type), id);
    CompletableFuture<List<ActivatedJob>> waiting =
        client
            .newActivateJobsCommand()
            .jobType(type)
            .maxJobsToActivate(1)
            .requestTimeout(Duration.ofSeconds(30))
            .send()
            .toCompletableFuture()
            .thenApply(r -> r.getJobs());
    Thread.sleep(AFTER_PROBES_MILLIS); // the REST response is committed and probed by now
    assertThat(waiting).isNotDone();
    long instance = start(client, id, Map.of("amount", 42));
    List<ActivatedJob> jobs = waiting.get(20, TimeUnit.SECONDS);
    assertThat(jobs).extracting(ActivatedJob::getProcessInstanceKey).containsExactly(instance);
    assertThat(jobs.get(0).getVariablesAsMap()).containsEntry("amount", 42);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aRequestProbedUntilItsRequestTimeoutEndsWithNoJobs(Transport transport) {
    var response =
        client(transport)
            .newActivateJobsCommand()
            .jobType(uniqueId("none"))
            .maxJobsToActivate(1)
            .requestTimeout(Duration.ofMillis(AFTER_PROBES_MILLIS))
            .send()
            .join();
    assertThat(response.getJobs()).isEmpty();
  }
}

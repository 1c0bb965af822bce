package com.infusionbilling.runtime.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.infusionbilling.runtime.clock.RuntimeClock;
import com.infusionbilling.runtime.shared.ActivatedJob;
import com.infusionbilling.runtime.shared.ActivationRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A long-polling activation ends by its own request timeout with an empty response (docs.camunda.io
 * "Activate jobs": "The request will be completed when at least one job is activated or after the
 * requestTimeout"), even while the dispatcher's sweep waits on the database.
 */
class JobDispatcherTest {

  @Test
  void aLongPollEndsEmptyAtItsRequestTimeoutEvenWhileTheSweepIsBlocked() throws Exception {
    JobActivator activator = mock(JobActivator.class);
    CountDownLatch sweepBlocked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    when(activator.activate(any(), anyLong())).thenReturn(List.of());
    when(activator.timeOutExpiredJobs(anyLong()))
        .thenAnswer(
            invocation -> {
              sweepBlocked.countDown();
              release.await(); // a row lock held by another transaction
              return 0;
            });
    try (JobDispatcher dispatcher = new JobDispatcher(activator, new RuntimeClock(), 60_000, 5)) {
      sweepBlocked.await();
      AtomicReference<List<ActivatedJob>> answer = new AtomicReference<>();

      dispatcher.activate(
          new ActivationRequest("claim-scrub", "w", 1000, 1, null, null, 200), answer::set);

      await().atMost(Duration.ofSeconds(10)).until(() -> answer.get() != null);
      assertThat(answer.get()).isEmpty();
    } finally {
      release.countDown();
    }
  }

  /**
   * A purge answers every waiting long poll with no jobs: a poll whose HTTP client went away would
   * otherwise take the next jobs of its type and hold them until their timeout.
   */
  @Test
  void releasingWaitingPollsAnswersThemEmptyAndTheyTakeNoLaterJob() {
    JobActivator activator = mock(JobActivator.class);
    when(activator.activate(any(), anyLong())).thenReturn(List.of());
    try (JobDispatcher dispatcher = new JobDispatcher(activator, new RuntimeClock(), 60_000, 5)) {
      AtomicReference<List<ActivatedJob>> answer = new AtomicReference<>();
      dispatcher.activate(
          new ActivationRequest("post-remittance", "w", 1000, 1, null, null, 600_000), answer::set);

      dispatcher.releaseWaitingPolls();

      await().atMost(Duration.ofSeconds(10)).until(() -> answer.get() != null);
      assertThat(answer.get()).isEmpty();
      ActivatedJob job = mock(ActivatedJob.class);
      when(activator.activate(any(), anyLong())).thenReturn(List.of(job));
      dispatcher.jobsAvailable(List.of("post-remittance"));
      assertThat(answer.get()).as("the released poll received nothing more").isEmpty();
    }
  }
}

package com.infusionbilling.runtime.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
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

  /**
   * A job a command creates while a worker's long poll is parked goes to that worker (the command
   * reserves it in its transaction), but only once the command's transaction has committed.
   */
  @Test
  void aJobHandedToAParkedLongPollReachesItOnlyAfterTheCommit() {
    JobActivator activator = activatorWithNoJobs();
    try (JobDispatcher dispatcher = dispatcherWithoutSweep(activator)) {
      AtomicReference<List<ActivatedJob>> answer = new AtomicReference<>();
      ActivationRequest poll = parkedPollRequest();
      dispatcher.activate(poll, answer::set);

      JobDispatcher.Handoff handoff = dispatcher.newHandoff();
      assertThat(handoff.reserve("scrub", "<default>")).isSameAs(poll);
      assertThat(handoff.reserve("scrub", "<default>"))
          .as("the same poll takes up to maxJobsToActivate jobs of one command")
          .isSameAs(poll);
      ActivatedJob first = job("scrub");
      ActivatedJob second = job("scrub");
      handoff.add(poll, first);
      handoff.add(poll, second);
      assertThat(answer.get()).as("nothing before the commit").isNull();

      handoff.deliver();

      assertThat(answer.get()).containsExactly(first, second);
      assertThat(dispatcher.newHandoff().reserve("scrub", "<default>"))
          .as("an answered poll is no longer waiting")
          .isNull();
    }
  }

  /**
   * A command that rolls back answers the poll it reserved with no jobs; its worker polls again.
   */
  @Test
  void aRolledBackCommandAnswersItsReservedPollWithNoJobs() {
    JobActivator activator = activatorWithNoJobs();
    try (JobDispatcher dispatcher = dispatcherWithoutSweep(activator)) {
      AtomicReference<List<ActivatedJob>> answer = new AtomicReference<>();
      ActivationRequest poll = parkedPollRequest();
      dispatcher.activate(poll, answer::set);
      JobDispatcher.Handoff handoff = dispatcher.newHandoff();
      handoff.add(handoff.reserve("scrub", "<default>"), job("scrub"));

      handoff.release();

      assertThat(answer.get()).isEmpty();
    }
  }

  /** A worker that left while a command held its poll does not swallow the jobs: they go back. */
  @Test
  void jobsForAPollWithdrawnMeanwhileAreGivenBack() {
    JobActivator activator = activatorWithNoJobs();
    try (JobDispatcher dispatcher = dispatcherWithoutSweep(activator)) {
      AtomicReference<List<ActivatedJob>> answer = new AtomicReference<>();
      ActivationRequest poll = parkedPollRequest();
      Runnable withdraw = dispatcher.activate(poll, answer::set);
      JobDispatcher.Handoff handoff = dispatcher.newHandoff();
      ActivatedJob job = job("scrub");
      handoff.add(handoff.reserve("scrub", "<default>"), job);

      withdraw.run();
      handoff.deliver();

      assertThat(answer.get()).isNull();
      verify(activator).yieldJobs(eq(List.of(job)), anyLong());
    }
  }

  /** Only a worker of the job's type and tenant is reserved. */
  @Test
  void noWorkerOfTheTypeOrTenantMeansTheJobWaitsForTheNextPoll() {
    JobActivator activator = activatorWithNoJobs();
    try (JobDispatcher dispatcher = dispatcherWithoutSweep(activator)) {
      dispatcher.activate(
          new ActivationRequest("scrub", "w", 1000, 5, null, List.of("tenant-a"), 600_000),
          jobs -> {});
      JobDispatcher.Handoff handoff = dispatcher.newHandoff();

      assertThat(handoff.reserve("post-remittance", "tenant-a")).isNull();
      assertThat(handoff.reserve("scrub", "tenant-b")).isNull();
      assertThat(handoff.reserve("scrub", "tenant-a")).isNotNull();
    }
  }

  /** A job stream gets the job pushed after the commit; a stream gone meanwhile gives it back. */
  @Test
  void jobsHandedToAStreamArePushedAfterTheCommitOrGivenBackWhenItIsGone() {
    JobActivator activator = activatorWithNoJobs();
    try (JobDispatcher dispatcher = dispatcherWithoutSweep(activator)) {
      ActivationRequest request = new ActivationRequest("scrub", "w", 1000, 32, null, null, -1);
      List<ActivatedJob> pushed = new java.util.ArrayList<>();
      java.util.concurrent.atomic.AtomicBoolean open =
          new java.util.concurrent.atomic.AtomicBoolean(true);
      dispatcher.addStream(
          new JobDispatcher.JobStream() {
            @Override
            public ActivationRequest request() {
              return request;
            }

            @Override
            public boolean push(ActivatedJob job) {
              return open.get() && pushed.add(job);
            }
          });
      JobDispatcher.Handoff handoff = dispatcher.newHandoff();
      ActivatedJob first = job("scrub");
      handoff.add(handoff.reserve("scrub", "<default>"), first);
      assertThat(pushed).isEmpty();
      handoff.deliver();
      assertThat(pushed).containsExactly(first);

      open.set(false);
      JobDispatcher.Handoff next = dispatcher.newHandoff();
      ActivatedJob second = job("scrub");
      next.add(next.reserve("scrub", "<default>"), second);
      next.deliver();
      verify(activator).yieldJobs(eq(List.of(second)), anyLong());
      assertThat(dispatcher.newHandoff().reserve("scrub", "<default>"))
          .as("the gone stream was removed")
          .isNull();
    }
  }

  private static JobActivator activatorWithNoJobs() {
    JobActivator activator = mock(JobActivator.class);
    when(activator.activate(any(), anyLong())).thenReturn(List.of());
    return activator;
  }

  /** A dispatcher whose sweep (every minute) does not run during the test. */
  private static JobDispatcher dispatcherWithoutSweep(JobActivator activator) {
    return new JobDispatcher(activator, new RuntimeClock(), 60_000, 60_000);
  }

  /** A long poll for "scrub" jobs (up to 5) that parks for 10 minutes. */
  private static ActivationRequest parkedPollRequest() {
    return new ActivationRequest("scrub", "w", 1000, 5, null, null, 600_000);
  }

  private static long keys = 1;

  private static ActivatedJob job(String type) {
    long key = keys++;
    return new ActivatedJob(
        key,
        type,
        100,
        "Process",
        1,
        10,
        "Task",
        200 + key,
        java.util.Map.of(),
        "w",
        3,
        0,
        java.util.Map.of(),
        "<default>",
        "BPMN_ELEMENT",
        "UNSPECIFIED",
        null);
  }
}

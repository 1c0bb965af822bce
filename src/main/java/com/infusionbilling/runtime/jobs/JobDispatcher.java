package com.infusionbilling.runtime.jobs;

import com.infusionbilling.runtime.clock.RuntimeClock;
import com.infusionbilling.runtime.shared.ActivatedJob;
import com.infusionbilling.runtime.shared.ActivationRequest;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands jobs to workers that wait for them: long-polling activation requests (REST and gRPC
 * ActivateJobs) and job streams (gRPC StreamActivatedJobs). When a command makes jobs of a type
 * activatable, the dispatcher is told at once and serves the waiting workers, so a new job reaches
 * a polling worker within milliseconds rather than at its next poll. A sweep picks up jobs whose
 * back-off or timeout ended, and every clock change.
 */
public final class JobDispatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(JobDispatcher.class);
  private static final int STREAM_BATCH = 32;

  /** A long-polling activation request waiting for jobs. */
  private final class PendingPoll {
    final ActivationRequest request;
    final Consumer<List<ActivatedJob>> callback;
    final AtomicBoolean done = new AtomicBoolean();
    volatile boolean withdrawn;
    volatile ScheduledFuture<?> expiry;

    PendingPoll(ActivationRequest request, Consumer<List<ActivatedJob>> callback) {
      this.request = request;
      this.callback = callback;
    }

    boolean deliver(List<ActivatedJob> jobs) {
      if (!done.compareAndSet(false, true)) {
        return false;
      }
      return handOver(jobs);
    }

    /** Answers the poll; its {@code done} flag is already set (by the caller that took it). */
    boolean handOver(List<ActivatedJob> jobs) {
      if (withdrawn) {
        return false; // its worker went away while a command held it: the jobs go back
      }
      ScheduledFuture<?> f = expiry;
      if (f != null) {
        f.cancel(false);
      }
      polls.getOrDefault(request.type(), new ConcurrentLinkedQueue<>()).remove(this);
      try {
        callback.accept(jobs);
        return true;
      } catch (RuntimeException e) {
        LOG.debug("could not deliver activated jobs to a waiting worker", e);
        return false;
      }
    }
  }

  /** A gRPC job stream: jobs are pushed to it one by one as they become activatable. */
  public interface JobStream {
    ActivationRequest request();

    /** Pushes a job; false when the stream is gone and the job must be given back. */
    boolean push(ActivatedJob job);
  }

  private final JobActivator activator;
  private final RuntimeClock clock;
  private final long defaultRequestTimeoutMillis;
  private final Map<String, Queue<PendingPoll>> polls = new ConcurrentHashMap<>();
  private final Map<String, Queue<JobStream>> streams = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> dispatchState = new ConcurrentHashMap<>();
  private final ExecutorService dispatchers;
  private final ScheduledExecutorService scheduler;

  /**
   * Ends long polls at their request timeout. Its own thread: the sweep may wait on database locks,
   * and a poll must still end on time, with an empty response, never by the container's timeout.
   */
  private final ScheduledExecutorService expiries;

  public JobDispatcher(
      JobActivator activator,
      RuntimeClock clock,
      long defaultRequestTimeoutMillis,
      long sweepIntervalMillis) {
    this.activator = activator;
    this.clock = clock;
    this.defaultRequestTimeoutMillis = defaultRequestTimeoutMillis;
    this.dispatchers =
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "runtime-job-dispatch");
              t.setDaemon(true);
              return t;
            });
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "runtime-job-sweep");
              t.setDaemon(true);
              return t;
            });
    this.expiries =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "runtime-long-poll-expiry");
              t.setDaemon(true);
              return t;
            });
    scheduler.scheduleWithFixedDelay(
        this::sweep, sweepIntervalMillis, sweepIntervalMillis, TimeUnit.MILLISECONDS);
  }

  /**
   * Activates jobs for a worker. The callback runs once: with jobs as soon as there are some, or
   * with an empty list when the request timeout passes (or at once when long polling is off).
   * Returns a handle that withdraws a parked request (the worker went away), so no job is handed to
   * it afterwards.
   */
  public Runnable activate(ActivationRequest request, Consumer<List<ActivatedJob>> callback) {
    List<ActivatedJob> jobs = activator.activate(request, clock.millis());
    if (!jobs.isEmpty() || request.requestTimeoutMillis() < 0) {
      callback.accept(jobs);
      return () -> {};
    }
    long timeout = request.longPollMillis(defaultRequestTimeoutMillis);
    PendingPoll poll = new PendingPoll(request, callback);
    polls.computeIfAbsent(request.type(), k -> new ConcurrentLinkedQueue<>()).add(poll);
    poll.expiry = expiries.schedule(() -> poll.deliver(List.of()), timeout, TimeUnit.MILLISECONDS);
    // A job created between the first attempt and the registration must not wait for the sweep.
    jobsAvailable(Set.of(request.type()));
    return () -> {
      poll.withdrawn = true;
      if (poll.done.compareAndSet(false, true)) {
        ScheduledFuture<?> f = poll.expiry;
        if (f != null) {
          f.cancel(false);
        }
        Queue<PendingPoll> queue = polls.get(request.type());
        if (queue != null) {
          queue.remove(poll);
        }
      }
    };
  }

  /**
   * Starts handing jobs that a command is creating straight to waiting workers: a job stream of
   * their type, else a parked long poll. The command reserves a worker inside its transaction and
   * writes the job as activated by it; the worker gets the job once the transaction has committed
   * ({@link Handoff#deliver}), with no activation query of its own. A rolled-back command answers a
   * reserved long poll with no jobs (its worker polls again), as a long poll may.
   */
  public Handoff newHandoff() {
    return new Handoff();
  }

  /** The waiting workers one command reserved, and the jobs it handed them. */
  public final class Handoff {
    private final Map<PendingPoll, List<ActivatedJob>> toPolls = new java.util.LinkedHashMap<>();
    private final Map<JobStream, List<ActivatedJob>> toStreams = new java.util.LinkedHashMap<>();

    private Handoff() {}

    /**
     * A waiting worker's request that takes a job of this type and tenant now, reserved for this
     * command; null when no worker waits (the job stays activatable for the next poll).
     */
    public ActivationRequest reserve(String type, String tenantId) {
      for (var entry : toPolls.entrySet()) {
        ActivationRequest request = entry.getKey().request;
        if (request.type().equals(type)
            && takes(request, tenantId)
            && entry.getValue().size() < request.maxJobsToActivate()) {
          return request;
        }
      }
      Queue<JobStream> typeStreams = streams.get(type);
      if (typeStreams != null) {
        for (JobStream stream : typeStreams) {
          if (takes(stream.request(), tenantId)) {
            // Round robin: the next job of this type goes to the next stream.
            if (typeStreams.remove(stream)) {
              typeStreams.add(stream);
            }
            toStreams.putIfAbsent(stream, new java.util.ArrayList<>());
            return stream.request();
          }
        }
      }
      Queue<PendingPoll> typePolls = polls.get(type);
      if (typePolls != null) {
        for (PendingPoll poll : typePolls) {
          if (takes(poll.request, tenantId) && poll.done.compareAndSet(false, true)) {
            typePolls.remove(poll);
            toPolls.put(poll, new java.util.ArrayList<>());
            return poll.request;
          }
        }
      }
      return null;
    }

    /** The job, written as activated for the request {@link #reserve} returned. */
    public void add(ActivationRequest request, ActivatedJob job) {
      for (var entry : toPolls.entrySet()) {
        if (entry.getKey().request == request) {
          entry.getValue().add(job);
          return;
        }
      }
      for (var entry : toStreams.entrySet()) {
        if (entry.getKey().request() == request) {
          entry.getValue().add(job);
          return;
        }
      }
      throw new IllegalArgumentException("no worker was reserved for this request");
    }

    /**
     * After the commit: the reserved workers get their jobs; what cannot be delivered is given
     * back.
     */
    public void deliver() {
      long now = clock.millis();
      toStreams.forEach(
          (stream, jobs) -> {
            for (int i = 0; i < jobs.size(); i++) {
              if (!stream.push(jobs.get(i))) {
                activator.yieldJobs(jobs.subList(i, jobs.size()), now);
                removeStream(stream);
                return;
              }
            }
          });
      toPolls.forEach(
          (poll, jobs) -> {
            if (!poll.handOver(jobs)) {
              activator.yieldJobs(jobs, now);
            }
          });
    }

    /** After a rollback: reserved long polls end with no jobs; their workers poll again. */
    public void release() {
      toPolls.keySet().forEach(poll -> poll.handOver(List.of()));
      toPolls.clear();
      toStreams.clear();
    }
  }

  private static boolean takes(ActivationRequest request, String tenantId) {
    return request.tenantIds().isEmpty() || request.tenantIds().contains(tenantId);
  }

  public void addStream(JobStream stream) {
    streams
        .computeIfAbsent(stream.request().type(), k -> new ConcurrentLinkedQueue<>())
        .add(stream);
    jobsAvailable(Set.of(stream.request().type()));
  }

  public void removeStream(JobStream stream) {
    Queue<JobStream> queue = streams.get(stream.request().type());
    if (queue != null) {
      queue.remove(stream);
    }
  }

  /** Jobs of these types became activatable (called after the command committed). */
  public void jobsAvailable(Collection<String> types) {
    for (String type : types) {
      if (hasWaiters(type)) {
        scheduleDispatch(type);
      }
    }
  }

  /** The clock moved: serve everything that became due. */
  public void clockChanged() {
    scheduler.execute(this::sweep);
  }

  private boolean hasWaiters(String type) {
    Queue<PendingPoll> p = polls.get(type);
    Queue<JobStream> s = streams.get(type);
    return (p != null && !p.isEmpty()) || (s != null && !s.isEmpty());
  }

  /** Coalesces dispatch requests: one dispatch per type runs at a time, re-run when asked again. */
  private void scheduleDispatch(String type) {
    AtomicInteger state = dispatchState.computeIfAbsent(type, k -> new AtomicInteger());
    if (state.getAndIncrement() == 0) {
      dispatchers.execute(() -> runDispatch(type, state));
    }
  }

  private void runDispatch(String type, AtomicInteger state) {
    do {
      state.set(1);
      try {
        dispatch(type);
      } catch (RuntimeException e) {
        LOG.warn("job dispatch for type '{}' failed; the sweep will retry", type, e);
      }
    } while (state.compareAndExchange(1, 0) != 1);
  }

  private void dispatch(String type) {
    Queue<JobStream> typeStreams = streams.get(type);
    if (typeStreams != null) {
      for (JobStream stream : typeStreams) {
        while (true) {
          ActivationRequest base = stream.request();
          var request =
              new ActivationRequest(
                  base.type(),
                  base.worker(),
                  base.timeoutMillis(),
                  STREAM_BATCH,
                  base.fetchVariables(),
                  base.tenantIds(),
                  -1);
          List<ActivatedJob> jobs = activator.activate(request, clock.millis());
          if (jobs.isEmpty()) {
            break;
          }
          for (int i = 0; i < jobs.size(); i++) {
            if (!stream.push(jobs.get(i))) {
              activator.yieldJobs(jobs.subList(i, jobs.size()), clock.millis());
              removeStream(stream);
              break;
            }
          }
          if (jobs.size() < STREAM_BATCH) {
            break;
          }
        }
      }
    }
    Queue<PendingPoll> typePolls = polls.get(type);
    if (typePolls == null) {
      return;
    }
    for (PendingPoll poll : typePolls) {
      if (poll.done.get()) {
        typePolls.remove(poll);
        continue;
      }
      List<ActivatedJob> jobs = activator.activate(poll.request, clock.millis());
      if (jobs.isEmpty()) {
        return;
      }
      if (!poll.deliver(jobs)) {
        activator.yieldJobs(jobs, clock.millis());
      }
    }
  }

  private void sweep() {
    try {
      long now = clock.millis();
      activator.timeOutExpiredJobs(now);
      Set<String> waiting = new HashSet<>();
      polls.forEach(
          (type, queue) -> {
            if (!queue.isEmpty()) waiting.add(type);
          });
      streams.forEach(
          (type, queue) -> {
            if (!queue.isEmpty()) waiting.add(type);
          });
      for (String type : activator.typesActivatableAt(now, waiting)) {
        scheduleDispatch(type);
      }
    } catch (RuntimeException e) {
      LOG.debug("job sweep failed; retrying at the next interval", e);
    }
  }

  /**
   * Answers every waiting long poll with no jobs. After a purge the jobs they waited for are gone,
   * and a poll whose client has gone away (an HTTP client closed while its request waited: the
   * container does not tell) would otherwise take the next test's jobs until their timeout; live
   * workers simply poll again.
   */
  public void releaseWaitingPolls() {
    for (Queue<PendingPoll> queue : polls.values()) {
      PendingPoll poll;
      while ((poll = queue.poll()) != null) {
        poll.deliver(List.of());
      }
    }
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
    expiries.shutdownNow();
    dispatchers.shutdownNow();
    polls.values().forEach(q -> q.forEach(p -> p.deliver(List.of())));
    polls.clear();
    streams.clear();
  }
}

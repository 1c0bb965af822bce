package com.infusionbilling.runtime.executor;

import com.infusionbilling.runtime.clock.RuntimeClock;
import com.infusionbilling.runtime.engine.InstanceStore;
import com.infusionbilling.runtime.engine.JobRecord;
import com.infusionbilling.runtime.engine.ProcessInstanceExecution;
import com.infusionbilling.runtime.jobs.JobActivator;
import com.infusionbilling.runtime.jobs.JobDispatcher;
import com.infusionbilling.runtime.shared.ActivationRequest;
import com.infusionbilling.runtime.shared.RuntimeProblemException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs every state-changing command of the runtime, whichever transport it came from. The executor
 * owns what each command would otherwise repeat:
 *
 * <ul>
 *   <li>the transaction: one per command, committed before the client hears back;
 *   <li>the per-instance lock: {@link Context#load} and {@link Context#lock} take the process
 *       instance's row lock (its call hierarchy's root first), so work on one instance is
 *       serialized;
 *   <li>the lock-conflict retry: a deadlock or lock timeout runs the command again from the start,
 *       in a new transaction, up to {@value #ATTEMPTS} times, then answers RESOURCE_EXHAUSTED;
 *   <li>the after-commit hooks: jobs the command handed to waiting workers reach them, and workers
 *       waiting for the job types it made activatable are woken, only once its transaction has
 *       committed; hooks of an attempt that rolled back are dropped (its rollback hooks run
 *       instead, and workers it had reserved are released).
 * </ul>
 */
public final class CommandExecutor implements JobActivator.Transactions {

  public static final int ATTEMPTS = 5;

  private final TransactionTemplate tx;
  private final InstanceStore instances;
  private final JobDispatcher dispatcher;
  private final RuntimeClock clock;

  public CommandExecutor(
      TransactionTemplate tx,
      InstanceStore instances,
      JobDispatcher dispatcher,
      RuntimeClock clock) {
    this.tx = tx;
    this.instances = instances;
    this.dispatcher = dispatcher;
    this.clock = clock;
  }

  /** A command's work inside its transaction. */
  @FunctionalInterface
  public interface Command<T> {
    T execute(Context context);
  }

  /** What a command may do inside its transaction. One context per attempt. */
  public final class Context {
    private final long now;
    private final Set<String> jobTypes = new LinkedHashSet<>();
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final List<Runnable> onRollback = new ArrayList<>();
    private final JobDispatcher.Handoff handoff = dispatcher.newHandoff();

    private Context(long now) {
      this.now = now;
    }

    /** The runtime clock's time when this attempt began. */
    public long now() {
      return now;
    }

    /** Locks the process instance (root of its call hierarchy first) and loads its state. */
    public ProcessInstanceExecution load(long processInstanceKey) {
      return instances.load(processInstanceKey, now);
    }

    /**
     * Locks the process instance and loads its state and one of its jobs, in one statement (the job
     * is null when there is no such job).
     */
    public InstanceStore.InstanceWithJob loadWithJob(long processInstanceKey, long jobKey) {
      return instances.loadWithJob(processInstanceKey, jobKey, now);
    }

    /**
     * Locks the process instance (root of its call hierarchy first) without loading it; for
     * commands that change one of its rows directly. False when there is no such instance.
     */
    public boolean lock(long processInstanceKey) {
      return instances.lock(processInstanceKey);
    }

    /**
     * Writes the instance's changes and what they caused beyond it. Jobs it created go straight to
     * workers waiting for them (activated in this transaction, delivered after the commit); the job
     * types it made activatable otherwise are announced after the commit.
     */
    public void flush(ProcessInstanceExecution execution) {
      // A command whose changes reach other instances (or come back to this one) hands nothing
      // over: its jobs' variables are final only once those follow-ups have run.
      Map<JobRecord, ActivationRequest> handedOver =
          execution.events().followUps().isEmpty() ? reserveWorkers(execution) : Map.of();
      instances.flush(execution);
      handedOver.forEach(
          (job, request) ->
              handoff.add(
                  request,
                  JobActivator.activated(
                      job,
                      request.worker(),
                      job.deadline,
                      execution
                          .variables()
                          .visibleJson(scopeChain(job), request.fetchVariables()))));
      Set<String> announce = new LinkedHashSet<>(execution.activatableJobTypes());
      // Types whose jobs all went to reserved workers need no wake-up (it would only query).
      Set<String> allHandedOver = new LinkedHashSet<>();
      handedOver.keySet().forEach(job -> allHandedOver.add(job.type));
      allHandedOver.removeAll(execution.typesOfJobsAwaitingActivation());
      announce.removeAll(allHandedOver);
      jobsAvailable(announce);
    }

    /** Reserves a waiting worker for each new job it can take, and activates the job for it. */
    private Map<JobRecord, ActivationRequest> reserveWorkers(ProcessInstanceExecution execution) {
      Map<JobRecord, ActivationRequest> reserved = new LinkedHashMap<>();
      for (JobRecord job : execution.newJobsActivatableNow()) {
        ActivationRequest request = handoff.reserve(job.type, job.tenantId);
        if (request != null) {
          job.deadline = now + request.timeoutMillis();
          job.activatableAt = job.deadline;
          job.worker = request.worker();
          reserved.put(job, request);
        }
      }
      return reserved;
    }

    /** Wakes the workers waiting for these job types once the transaction has committed. */
    public void jobsAvailable(Collection<String> types) {
      jobTypes.addAll(types);
    }

    /** Runs once the transaction has committed (never for an attempt that rolled back). */
    public void afterCommit(Runnable hook) {
      afterCommit.add(hook);
    }

    /** Runs when this attempt rolls back (before a retry, or before the command fails). */
    public void onRollback(Runnable hook) {
      onRollback.add(hook);
    }
  }

  private static List<Long> scopeChain(JobRecord job) {
    return Arrays.stream(job.scopePath.split(",")).map(Long::valueOf).toList();
  }

  /** Work without an instance (job activation, time-outs): a transaction, retried on conflict. */
  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return execute(context -> work.get());
  }

  /** Runs the command in one transaction, retrying it on a lock conflict. */
  public <T> T execute(Command<T> command) {
    int attempts = 0;
    while (true) {
      Context context = new Context(clock.millis());
      T result;
      try {
        result = tx.execute(status -> command.execute(context));
      } catch (RuntimeException e) {
        context.handoff.release();
        context.onRollback.forEach(Runnable::run);
        if (e instanceof PessimisticLockingFailureException && ++attempts < ATTEMPTS) {
          continue;
        }
        if (e instanceof PessimisticLockingFailureException) {
          throw new RuntimeProblemException(
              RuntimeProblemException.Kind.RESOURCE_EXHAUSTED,
              "the command could not acquire its locks; retry later");
        }
        throw e;
      }
      context.handoff.deliver();
      dispatcher.jobsAvailable(context.jobTypes);
      context.afterCommit.forEach(Runnable::run);
      return result;
    }
  }
}

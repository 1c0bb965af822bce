package com.infusionbilling.runtime.events;

import com.infusionbilling.runtime.clock.RuntimeClock;
import com.infusionbilling.runtime.command.Transactions;
import com.infusionbilling.runtime.engine.ElementInstance;
import com.infusionbilling.runtime.engine.FollowUp;
import com.infusionbilling.runtime.engine.InstanceStore;
import com.infusionbilling.runtime.engine.ProcessInstanceExecution;
import com.infusionbilling.runtime.engine.ProcessInstanceRecord;
import com.infusionbilling.runtime.jobs.JobDispatcher;
import com.infusionbilling.runtime.model.ExecutableElement;
import com.infusionbilling.runtime.state.DefinitionStore;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Carries events between process instances and process definitions inside one transaction: a
 * buffered message to a subscription an instance opened, a signal an instance threw to every
 * subscriber, an error or escalation that left a child instance to its parent, a new process
 * instance from a start event.
 *
 * <p>Every command that flushes an instance hands its {@link FollowUp}s here; they are applied in
 * the order they happened, each writing the instances it touched, until nothing is left. Instances
 * are locked one at a time, each call hierarchy root first ({@link InstanceStore#load}).
 */
public final class EventRouter {

  /** A runaway loop of instances signalling each other stops the command rather than the JVM. */
  private static final int MAX_FOLLOW_UPS = 10_000;

  private final InstanceStore instances;
  private final DefinitionStore definitions;
  private final Transactions transactions;
  private final RuntimeClock clock;
  private final JobDispatcher dispatcher;
  private MessageCorrelator messages;
  private SignalBroadcaster signals;

  public EventRouter(
      InstanceStore instances,
      DefinitionStore definitions,
      Transactions transactions,
      RuntimeClock clock,
      JobDispatcher dispatcher) {
    this.instances = instances;
    this.definitions = definitions;
    this.transactions = transactions;
    this.clock = clock;
    this.dispatcher = dispatcher;
    instances.afterFlush(this::afterFlush);
  }

  /** The routes for messages and signals (they need the router themselves). */
  public void connect(MessageCorrelator messages, SignalBroadcaster signals) {
    this.messages = messages;
    this.signals = signals;
  }

  /**
   * Runs a command over several instances in one transaction (with its follow-ups), then wakes the
   * workers waiting for the jobs it created.
   */
  public <T> T inTransaction(Function<Batch, T> work) {
    record Outcome<T>(T value, Set<String> jobTypes) {}
    Outcome<T> outcome =
        transactions.inTransaction(
            () -> {
              Batch batch = new Batch(clock.millis());
              T value = work.apply(batch);
              batch.finish();
              return new Outcome<>(value, batch.jobTypes);
            });
    dispatcher.jobsAvailable(outcome.jobTypes());
    return outcome.value();
  }

  /** The work of one transaction across instances. */
  public final class Batch {
    private final long now;
    private final Set<String> jobTypes = new LinkedHashSet<>();
    private final Deque<FollowUp> pending = new ArrayDeque<>();

    private Batch(long now) {
      this.now = now;
    }

    public long now() {
      return now;
    }

    /** Locks and loads a process instance. */
    public ProcessInstanceExecution load(long processInstanceKey) {
      return instances.load(processInstanceKey, now);
    }

    /** Writes an instance; its follow-ups are applied when the batch finishes. */
    public void write(ProcessInstanceExecution execution) {
      for (ProcessInstanceExecution written : instances.writeAll(execution)) {
        jobTypes.addAll(written.activatableJobTypes());
        pending.addAll(written.events().followUps());
      }
    }

    /** Creates a process instance of the definition at one of its event start events. */
    public long startInstance(
        long processDefinitionKey, String startEventId, Map<String, Object> variables) {
      DefinitionStore.ProcessDefinitionRow definition =
          definitions.requireByKey(processDefinitionKey);
      ExecutableElement startEvent = definitions.executable(definition.key()).element(startEventId);
      ProcessInstanceExecution execution =
          instances.newInstance(definition, null, null, null, null, now);
      execution.startAt(startEvent, variables);
      write(execution);
      return execution.processInstance().key;
    }

    /** Applies the follow-ups, and theirs, until none is left. */
    public void finish() {
      int applied = 0;
      while (!pending.isEmpty()) {
        if (++applied > MAX_FOLLOW_UPS) {
          throw new IllegalStateException(
              "more than "
                  + MAX_FOLLOW_UPS
                  + " events between process instances in one command (a signal loop?)");
        }
        apply(this, pending.poll());
      }
    }
  }

  private void afterFlush(
      ProcessInstanceExecution command, List<ProcessInstanceExecution> written) {
    Batch batch = null;
    for (ProcessInstanceExecution execution : written) {
      if (!execution.events().followUps().isEmpty()) {
        batch = batch == null ? new Batch(command.now()) : batch;
        batch.pending.addAll(execution.events().followUps());
      }
    }
    if (batch != null) {
      batch.finish();
      command.activatableJobTypes().addAll(batch.jobTypes);
    }
  }

  private void apply(Batch batch, FollowUp followUp) {
    if (followUp instanceof FollowUp.MessageSubscriptionOpened opened) {
      messages.correlateBuffered(batch, opened.subscription());
    } else if (followUp instanceof FollowUp.SignalThrown signal) {
      signals.broadcast(batch, signal.name(), signal.variables(), signal.tenantId());
    } else if (followUp instanceof FollowUp.ErrorThrown error) {
      propagateError(batch, error);
    } else if (followUp instanceof FollowUp.EscalationThrown escalation) {
      propagateEscalation(batch, escalation);
    } else if (followUp instanceof FollowUp.InstanceEnded ended) {
      messages.instanceEnded(batch, ended);
    }
  }

  /**
   * An error left a child instance: the caller of each ancestor in turn may catch it; when none
   * does, the element that threw it gets the incident, as if the error had no catch event at all.
   */
  private void propagateError(Batch batch, FollowUp.ErrorThrown error) {
    List<String> available = new ArrayList<>(error.availableCodes());
    boolean caught =
        caughtByAncestor(
            batch,
            error.parentProcessInstanceKey(),
            error.parentElementInstanceKey(),
            (parent, caller) ->
                parent
                    .events()
                    .catchChildError(caller, error.errorCode(), error.variables(), available));
    if (caught) {
      return;
    }
    ProcessInstanceExecution child = batch.load(error.processInstanceKey());
    ElementInstance thrower = child.instance(error.throwerElementInstanceKey());
    if (thrower != null && thrower.isActive()) {
      child
          .events()
          .raiseUnhandledError(
              thrower, error.jobKey(), error.errorCode(), error.errorMessage(), available);
      batch.write(child);
    }
  }

  /** An escalation left a child instance: the first ancestor whose caller catches it handles it. */
  private void propagateEscalation(Batch batch, FollowUp.EscalationThrown escalation) {
    caughtByAncestor(
        batch,
        escalation.parentProcessInstanceKey(),
        escalation.parentElementInstanceKey(),
        (parent, caller) ->
            parent
                .events()
                .catchChildEscalation(caller, escalation.escalationCode(), escalation.variables()));
  }

  /**
   * Offers an event to the element that called a child instance, then to its caller, and so on up
   * the call hierarchy, until one catches it (and is written). Returns whether one did.
   */
  private static boolean caughtByAncestor(
      Batch batch,
      Long ancestor,
      Long caller,
      BiPredicate<ProcessInstanceExecution, ElementInstance> catcher) {
    while (ancestor != null && caller != null) {
      ProcessInstanceExecution parent = batch.load(ancestor);
      ElementInstance callerInstance = parent.instance(caller);
      if (parent.processInstance().isActive()
          && callerInstance != null
          && callerInstance.isActive()
          && catcher.test(parent, callerInstance)) {
        batch.write(parent);
        return true;
      }
      ProcessInstanceRecord record = parent.processInstance();
      ancestor = record.parentProcessInstanceKey;
      caller = record.parentElementInstanceKey;
    }
    return false;
  }
}

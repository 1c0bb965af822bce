package com.infusionbilling.runtime.events;

import com.infusionbilling.runtime.engine.ElementInstance;
import com.infusionbilling.runtime.engine.FollowUp;
import com.infusionbilling.runtime.engine.InstanceStore;
import com.infusionbilling.runtime.engine.ProcessInstanceExecution;
import com.infusionbilling.runtime.engine.ProcessInstanceRecord;
import com.infusionbilling.runtime.executor.CommandExecutor;
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
  private final CommandExecutor executor;
  private MessageCorrelator messages;
  private SignalBroadcaster signals;

  public EventRouter(
      InstanceStore instances, DefinitionStore definitions, CommandExecutor executor) {
    this.instances = instances;
    this.definitions = definitions;
    this.executor = executor;
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
    return executor.execute(
        context -> {
          Batch batch = new Batch(context.now());
          T value = work.apply(batch);
          batch.finish();
          context.jobsAvailable(batch.jobTypes);
          return value;
        });
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
    } else if (followUp instanceof FollowUp.MessagePublished message) {
      messages.publish(
          batch,
          message.name(),
          message.correlationKey(),
          message.timeToLiveMillis(),
          message.messageId(),
          message.variables(),
          message.tenantId());
    } else if (followUp instanceof FollowUp.SignalThrown signal) {
      signals.broadcast(batch, signal.name(), signal.variables(), signal.tenantId());
    } else if (followUp instanceof FollowUp.ErrorThrown error) {
      propagateError(batch, error);
    } else if (followUp instanceof FollowUp.EscalationThrown escalation) {
      propagateEscalation(batch, escalation);
    } else if (followUp instanceof FollowUp.InstanceEnded ended) {
      messages.instanceEnded(batch, ended);
    } else if (followUp instanceof FollowUp.CallActivityActivated activated) {
      callProcess(batch, activated);
    } else if (followUp instanceof FollowUp.CalledInstanceCompleted completed) {
      completeCallActivity(batch, completed);
    } else if (followUp instanceof FollowUp.CallActivityTerminated terminated) {
      terminateCalledInstances(batch, terminated);
    }
  }

  /**
   * Creates the instance a call activity calls, as a child of the calling instance. A called
   * process that is not deployed (or has no none start event) is a {@code CALLED_ELEMENT_ERROR}
   * incident on the call activity; resolving it tries again.
   */
  private void callProcess(Batch batch, FollowUp.CallActivityActivated call) {
    DefinitionStore.ProcessDefinitionRow definition = calledDefinition(call);
    String problem = null;
    if (definition == null) {
      problem = notDeployedMessage(call);
    } else if (definitions.executable(definition.key()).root().noneStartEvent() == null) {
      problem =
          "Expected process with BPMN process id '"
              + call.calledProcessId()
              + "' to have a none start event, but it starts by message, timer or signal only.";
    }
    if (problem != null) {
      ProcessInstanceExecution parent = batch.load(call.processInstanceKey());
      ElementInstance callActivity = parent.instance(call.elementInstanceKey());
      if (callActivity != null && callActivity.isActive() && callActivity.incidentKey() == null) {
        parent.raiseIncident(callActivity, "CALLED_ELEMENT_ERROR", problem, null);
        batch.write(parent);
      }
      return;
    }
    ProcessInstanceExecution child =
        instances.newChildInstance(
            definition,
            call.processInstanceKey(),
            call.elementInstanceKey(),
            call.rootProcessInstanceKey(),
            call.treePath(),
            batch.now());
    instances.start(child, call.variables());
    batch.write(child);
  }

  private DefinitionStore.ProcessDefinitionRow calledDefinition(
      FollowUp.CallActivityActivated call) {
    return switch (call.calledElement().binding()) {
      case LATEST -> definitions.latest(call.calledProcessId(), call.tenantId());
      case DEPLOYMENT -> {
        DefinitionStore.ProcessDefinitionRow caller =
            definitions.requireByKey(call.processDefinitionKey());
        yield definitions.inDeployment(
            call.calledProcessId(), caller.deploymentKey(), call.tenantId());
      }
      case VERSION_TAG ->
          definitions.latestWithVersionTag(
              call.calledProcessId(), call.calledElement().versionTag(), call.tenantId());
    };
  }

  private static String notDeployedMessage(FollowUp.CallActivityActivated call) {
    String id = call.calledProcessId();
    return switch (call.calledElement().binding()) {
      case LATEST ->
          "Expected process with BPMN process id '" + id + "' to be deployed, but not found.";
      case DEPLOYMENT ->
          "Expected to call process with BPMN process id '"
              + id
              + "' with binding type 'deployment', but no such process was found in the"
              + " deployment that contains the calling process.";
      case VERSION_TAG ->
          "Expected to call process with BPMN process id '"
              + id
              + "' and version tag '"
              + call.calledElement().versionTag()
              + "', but no such process was found.";
    };
  }

  /** A called instance completed: its call activity completes with the child's variables. */
  private void completeCallActivity(Batch batch, FollowUp.CalledInstanceCompleted completed) {
    ProcessInstanceExecution parent = batch.load(completed.parentProcessInstanceKey());
    ElementInstance callActivity = parent.instance(completed.parentElementInstanceKey());
    if (!parent.processInstance().isActive()
        || callActivity == null
        || callActivity.lifecycle() != com.infusionbilling.runtime.engine.Lifecycle.ACTIVATED) {
      return;
    }
    parent.completeCallActivity(callActivity, completed.variables());
    batch.write(parent);
  }

  /** A call activity was terminated: the instances it created are terminated (and theirs). */
  private void terminateCalledInstances(Batch batch, FollowUp.CallActivityTerminated terminated) {
    for (Long childKey : instances.activeCalledInstances(terminated.elementInstanceKey())) {
      ProcessInstanceExecution child = batch.load(childKey);
      if (!child.processInstance().isActive()) {
        continue;
      }
      instances.loadLiveJobs(child);
      child.cancel();
      batch.write(child);
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

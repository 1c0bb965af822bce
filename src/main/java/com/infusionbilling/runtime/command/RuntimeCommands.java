package com.infusionbilling.runtime.command;

import com.infusionbilling.runtime.clock.RuntimeClock;
import com.infusionbilling.runtime.engine.InstanceStore;
import com.infusionbilling.runtime.engine.ProcessInstanceExecution;
import com.infusionbilling.runtime.engine.ProcessInstanceState;
import com.infusionbilling.runtime.executor.CommandExecutor;
import com.infusionbilling.runtime.shared.InvalidArgumentException;
import com.infusionbilling.runtime.shared.InvalidStateException;
import com.infusionbilling.runtime.shared.NotFoundException;
import com.infusionbilling.runtime.shared.RuntimeProblemException;
import com.infusionbilling.runtime.state.DefinitionStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The commands on deployments and process instances: deploy, create (optionally awaiting the
 * result), cancel, modify, activate ad-hoc activities, set variables. REST controllers and the gRPC
 * gateway both translate their requests into these calls, so every command has one implementation;
 * the other families are {@link JobCommands}, {@link IncidentCommands}, {@link UserTaskCommands},
 * {@link MessageCommands}, {@link SignalCommands} and {@link DecisionCommands}. Each command runs
 * through the {@link CommandExecutor}: one database transaction, serialized with every other
 * command on the same process instance by the instance's row lock, retried on a lock conflict, and
 * announcing the jobs it created only once committed.
 */
public final class RuntimeCommands {

  private final Tenants tenants;

  private final CommandExecutor executor;
  private final InstanceStore instances;
  private final DefinitionStore definitions;
  private final DeploymentProcessor deployments;
  private final RuntimeClock clock;
  private final LongSupplier keys;
  private final InstanceResults results;
  private final long defaultRequestTimeoutMillis;

  public RuntimeCommands(
      CommandExecutor executor,
      InstanceStore instances,
      DefinitionStore definitions,
      DeploymentProcessor deployments,
      RuntimeClock clock,
      LongSupplier keys,
      InstanceResults results,
      long defaultRequestTimeoutMillis,
      Tenants tenants) {
    this.tenants = tenants;
    this.results = results;
    this.defaultRequestTimeoutMillis = defaultRequestTimeoutMillis;
    this.executor = executor;
    this.instances = instances;
    this.definitions = definitions;
    this.deployments = deployments;
    this.clock = clock;
    this.keys = keys;
  }

  // ---------------------------------------------------------------------------------------------
  // Deployments and instances

  public DeploymentOutcome deploy(DeployResources command) {
    List<DeploymentProcessor.Resource> resources = command.resources();
    String tenant = tenant(command.tenantId());
    deployments.checkLimits(
        resources); // size, elements, depth: before parsing, outside the transaction
    return executor.execute(
        context -> {
          // New versions become the latest: instance creation forgets the versions it remembered.
          definitions.deploymentChanging();
          context.afterCommit(definitions::deploymentChanging);
          context.onRollback(definitions::deploymentChanging);
          return deployments.deploy(resources, tenant, clock.millis());
        });
  }

  public ProcessInstanceCreated createProcessInstance(CreateProcessInstance command) {
    return createProcessInstance(command, false).created();
  }

  /** A created instance and, once it has completed, its variables. */
  public record InstanceResult(ProcessInstanceCreated created, Map<String, Object> variables) {}

  /**
   * Creates an instance and waits (without holding a thread) until it completes; the result has the
   * root scope's variables, or only the named ones. Not completing within the timeout (0 = the
   * runtime's default request timeout) fails with DEADLINE_EXCEEDED; the instance keeps running.
   */
  public CompletableFuture<InstanceResult> createProcessInstanceWithResult(
      CreateProcessInstanceWithResult command) {
    Started started = createProcessInstance(command.instance(), true);
    ProcessInstanceCreated created = started.created();
    long timeout = requestTimeoutMillis(command.requestTimeoutMillis());
    List<String> fetchVariables = command.fetchVariables();
    long key = created.processInstanceKey();
    return started
        .ended()
        .orTimeout(timeout, TimeUnit.MILLISECONDS)
        .handle(
            (state, error) -> {
              Throwable cause =
                  error instanceof java.util.concurrent.CompletionException
                          && error.getCause() != null
                      ? error.getCause()
                      : error;
              if (cause instanceof RuntimeProblemException problem) {
                throw problem; // e.g. the runtime stops while the request waits
              }
              if (error != null) {
                results.forget(key);
                throw new RuntimeProblemException(
                    RuntimeProblemException.Kind.DEADLINE_EXCEEDED,
                    "Expected process instance '"
                        + key
                        + "' to complete within "
                        + timeout
                        + " ms, but it did not; it continues to run");
              }
              if (state != ProcessInstanceState.COMPLETED) {
                throw new InvalidStateException(
                    "Expected process instance '"
                        + key
                        + "' to complete, but it was "
                        + state.name().toLowerCase(java.util.Locale.ROOT));
              }
              return new InstanceResult(created, instances.rootVariables(key, fetchVariables));
            });
  }

  /**
   * How long a create-with-result request waits for its instance: the time it names, or the
   * runtime's default request timeout for 0.
   */
  public long requestTimeoutMillis(long requestedMillis) {
    return requestedMillis > 0 ? requestedMillis : defaultRequestTimeoutMillis;
  }

  /** A created instance and, when its end is awaited, the future its end completes. */
  private record Started(
      ProcessInstanceCreated created, CompletableFuture<ProcessInstanceState> ended) {}

  private Started createProcessInstance(CreateProcessInstance command, boolean awaitEnd) {
    String tenant = tenant(command.tenantId());
    Map<String, Object> variables = command.variables();
    return executor.execute(
        context -> {
          DefinitionStore.ProcessDefinitionRow definition = resolveDefinition(command, tenant);
          ProcessInstanceExecution execution =
              instances.newInstance(definition, null, null, null, null, context.now());
          long key = execution.processInstance().key;
          CompletableFuture<ProcessInstanceState> ended = null;
          if (awaitEnd) {
            ended = results.await(key);
            context.onRollback(() -> results.forget(key)); // a retry registers its own instance
          }
          instances.start(
              execution,
              variables,
              command.startBeforeElements(),
              command.terminateAfterElements());
          context.flush(execution);
          return new Started(
              new ProcessInstanceCreated(
                  key,
                  definition.key(),
                  definition.bpmnProcessId(),
                  definition.version(),
                  definition.tenantId()),
              ended);
        });
  }

  private DefinitionStore.ProcessDefinitionRow resolveDefinition(
      CreateProcessInstance command, String tenant) {
    if (command.processDefinitionKey() != null) {
      DefinitionStore.ProcessDefinitionRow row = definitions.byKey(command.processDefinitionKey());
      if (row == null) {
        throw new NotFoundException(
            "Expected to find process definition with key '"
                + command.processDefinitionKey()
                + "', but none found");
      }
      return row;
    }
    if (command.bpmnProcessId() == null || command.bpmnProcessId().isBlank()) {
      throw new InvalidArgumentException(
          "Expected to create a process instance by processDefinitionKey or processDefinitionId,"
              + " but neither was given");
    }
    Integer version = command.version();
    DefinitionStore.ProcessDefinitionRow row =
        version == null || version < 0
            ? definitions.latest(command.bpmnProcessId(), tenant)
            : definitions.version(command.bpmnProcessId(), version, tenant);
    if (row == null) {
      throw new NotFoundException(
          "Expected to find process definition with process ID '"
              + command.bpmnProcessId()
              + "'"
              + (version == null || version < 0 ? "" : " and version '" + version + "'")
              + ", but none found");
    }
    return row;
  }

  public void cancelProcessInstance(CancelProcessInstance command) {
    long processInstanceKey = command.processInstanceKey();
    executor.execute(
        context -> {
          ProcessInstanceExecution execution = loadActive(context, processInstanceKey, "cancel");
          Long parent = execution.processInstance().parentProcessInstanceKey;
          if (parent != null) {
            throw new InvalidStateException(
                "Expected to cancel a process instance with key '"
                    + processInstanceKey
                    + "', but it is created by a parent process instance. Cancel the root process"
                    + " instance '"
                    + execution.processInstance().rootProcessInstanceKey
                    + "' instead.");
          }
          instances.loadLiveJobs(execution);
          execution.cancel();
          instances.flush(execution);
          return null;
        });
  }

  /**
   * Modifies an active process instance (docs.camunda.io "Process instance modification"):
   * activates elements (with variables, in an ancestor scope) and terminates element instances, all
   * or nothing.
   */
  public void modifyProcessInstance(ModifyProcessInstance command) {
    executor.execute(
        context -> {
          ProcessInstanceExecution execution =
              loadActive(context, command.processInstanceKey(), "modify");
          instances.loadLiveJobs(execution);
          execution.modification().apply(command.activations(), command.terminations());
          context.flush(execution);
          return null;
        });
  }

  /** Activates elements of an active ad-hoc sub-process instance (see AdHocSubProcessBehavior). */
  public void activateAdHocActivities(ActivateAdHocActivities command) {
    long adHocKey = command.adHocSubProcessInstanceKey();
    executor.execute(
        context -> {
          Long processInstanceKey = instances.processInstanceOfActiveElement(adHocKey);
          if (processInstanceKey == null) {
            throw new NotFoundException(
                "Expected to activate activities of ad-hoc sub-process instance with key '"
                    + adHocKey
                    + "', but no such active ad-hoc sub-process instance was found");
          }
          ProcessInstanceExecution execution = context.load(processInstanceKey);
          instances.loadLiveJobs(execution);
          com.infusionbilling.runtime.engine.AdHocSubProcessBehavior.activateElements(
              execution, adHocKey, command.activations(), command.cancelRemainingInstances());
          context.flush(execution);
          return null;
        });
  }

  public long setVariables(SetVariables command) {
    long scopeKey = command.elementInstanceKey();
    return executor.execute(
        context -> {
          Long processInstanceKey = instances.processInstanceOfActiveElement(scopeKey);
          if (processInstanceKey == null) {
            throw new NotFoundException(
                "Expected to update variables for element with key '"
                    + scopeKey
                    + "', but no such element was found");
          }
          ProcessInstanceExecution execution = context.load(processInstanceKey);
          execution.setVariables(scopeKey, command.variables(), command.local());
          instances.flush(execution);
          return keys.getAsLong();
        });
  }

  // ---------------------------------------------------------------------------------------------

  private static ProcessInstanceExecution loadActive(
      CommandExecutor.Context context, long processInstanceKey, String verb) {
    ProcessInstanceExecution execution;
    try {
      execution = context.load(processInstanceKey);
    } catch (NotFoundException e) {
      throw instanceNotFound(verb, processInstanceKey);
    }
    if (!execution.processInstance().isActive()) {
      throw instanceNotFound(verb, processInstanceKey);
    }
    return execution;
  }

  private static NotFoundException instanceNotFound(String verb, long processInstanceKey) {
    return new NotFoundException(
        "Expected to "
            + verb
            + " a process instance with key '"
            + processInstanceKey
            + "', but no such process instance was found");
  }

  /** The tenant a request is for (see {@link Tenants#resolve}). */
  String tenant(String tenantId) {
    return tenants.resolve(tenantId);
  }

  public Tenants tenants() {
    return tenants;
  }
}

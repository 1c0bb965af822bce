package com.infusionbilling.runtime.engine;

import com.infusionbilling.runtime.model.ExecutableElement;
import com.infusionbilling.runtime.model.TaskListener;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * What the element instances of one process instance wait on, during one command: the jobs of tasks
 * and listeners, Camunda user tasks and incidents, created, changed or canceled here and written
 * afterwards by {@code InstanceStore} and {@code UserTaskStore}.
 */
final class WaitStates {

  private final ProcessInstanceExecution execution;
  private final LongSupplier keys;

  private final Map<Long, JobRecord> jobs = new LinkedHashMap<>();
  private final List<IncidentRecord> incidents = new ArrayList<>();
  private final Set<Long> canceledJobs = new LinkedHashSet<>();
  private final Set<Long> resolvedIncidents = new LinkedHashSet<>();
  private final Set<String> activatableJobTypes = new LinkedHashSet<>();
  private final Map<Long, UserTaskRecord> userTasks = new LinkedHashMap<>();
  private final Set<Long> canceledUserTaskElements = new LinkedHashSet<>();
  private LongFunction<UserTaskRecord> userTaskLoader = key -> null;

  WaitStates(ProcessInstanceExecution execution, LongSupplier keys) {
    this.execution = execution;
    this.keys = keys;
  }

  // ---------------------------------------------------------------------------------------------
  // Loading

  void addLoadedJob(JobRecord job) {
    jobs.put(job.key, job);
  }

  void addLoadedUserTask(UserTaskRecord task) {
    userTasks.put(task.key, task);
  }

  void useUserTaskLoader(LongFunction<UserTaskRecord> loader) {
    this.userTaskLoader = loader;
  }

  JobRecord job(long key) {
    return jobs.get(key);
  }

  // ---------------------------------------------------------------------------------------------
  // Jobs

  /** Creates a job of the given kind (a task's, or a listener's) the element instance waits on. */
  JobRecord createJob(
      ElementInstance instance,
      String type,
      int retries,
      String kind,
      String listenerEventType,
      Map<String, String> headers) {
    ProcessInstanceRecord processInstance = execution.processInstance();
    JobRecord job =
        new JobRecord(
            keys.getAsLong(),
            type,
            processInstance.key,
            instance.key(),
            instance.element().id(),
            processInstance.bpmnProcessId,
            processInstance.processDefinitionKey,
            processInstance.version,
            processInstance.tenantId,
            execution.now(),
            headers,
            kind,
            listenerEventType,
            false);
    job.state = JobState.CREATED;
    job.retries = retries;
    job.activatableAt = execution.now();
    job.scopePath = scopePath(instance);
    jobs.put(job.key, job);
    instance.setJobKey(job.key);
    activatableJobTypes.add(type);
    return job;
  }

  void markCompleted(JobRecord job) {
    job.state = JobState.COMPLETED;
    job.activatableAt = null;
    job.deadline = null;
    job.endTime = execution.now();
    job.markDirty();
  }

  /** Cancels the job an element instance waits on (when the element is terminated). */
  void cancelJob(ElementInstance instance) {
    Long jobKey = instance.jobKey();
    if (jobKey == null) {
      return;
    }
    JobRecord job = jobs.get(jobKey);
    if (job != null) {
      if (job.isAlive()) {
        job.state = JobState.CANCELED;
        job.activatableAt = null;
        job.deadline = null;
        job.endTime = execution.now();
        job.markDirty();
      }
    } else {
      canceledJobs.add(jobKey);
    }
  }

  /** The job is ready for activation again: waiting workers of its type are woken. */
  void activatable(JobRecord job) {
    activatableJobTypes.add(job.type);
  }

  // ---------------------------------------------------------------------------------------------
  // User tasks

  /** The open (not completed or canceled) user task of an element instance, loaded on demand. */
  UserTaskRecord openUserTaskOf(long elementInstanceKey) {
    for (UserTaskRecord task : userTasks.values()) {
      if (task.elementInstanceKey == elementInstanceKey && task.isOpen()) {
        return task;
      }
    }
    UserTaskRecord task = userTaskLoader.apply(elementInstanceKey);
    if (task != null) {
      userTasks.put(task.key, task);
    }
    return task;
  }

  /** A new user task for the element instance, waiting for its properties to be set. */
  UserTaskRecord newUserTask(ElementInstance instance) {
    ProcessInstanceRecord processInstance = execution.processInstance();
    ExecutableElement element = instance.element();
    return new UserTaskRecord(
        keys.getAsLong(),
        instance.key(),
        processInstance.key,
        processInstance.processDefinitionKey,
        processInstance.bpmnProcessId,
        processInstance.version,
        processInstance.processName,
        element.id(),
        element.name() == null || element.name().isBlank() ? element.id() : element.name(),
        processInstance.tenantId,
        execution.now(),
        scopePath(instance),
        false);
  }

  void putUserTask(UserTaskRecord task) {
    userTasks.put(task.key, task);
  }

  /** Cancels the user task an element instance waits on (when the element is terminated). */
  void cancelUserTask(ElementInstance instance) {
    if (TaskListenerRunner.hasListeners(instance, TaskListener.EventType.CANCELING)) {
      UserTaskRecord task = openUserTaskOf(instance.key());
      if (task != null) {
        if (task.pendingTransition != null) {
          cancelJob(instance); // the interrupted transition's listener job
          task.pendingTransition = null;
        }
        TaskListenerRunner.begin(
            execution, instance, task, TaskListener.EventType.CANCELING, null, Map.of(), Map.of());
        task.markDirty();
        return;
      }
    }
    for (UserTaskRecord task : userTasks.values()) {
      if (task.elementInstanceKey == instance.key() && task.isWaiting()) {
        task.state = UserTaskState.CANCELED;
        task.completionTime = execution.now();
        task.markDirty();
      }
    }
    canceledUserTaskElements.add(instance.key());
  }

  // ---------------------------------------------------------------------------------------------
  // Incidents

  void raiseIncident(ElementInstance instance, String errorType, String message, Long jobKey) {
    ProcessInstanceRecord processInstance = execution.processInstance();
    IncidentRecord incident =
        new IncidentRecord(
            keys.getAsLong(),
            processInstance.key,
            processInstance.processDefinitionKey,
            processInstance.bpmnProcessId,
            instance.key(),
            instance.element().id(),
            jobKey,
            errorType,
            message,
            execution.now(),
            processInstance.tenantId,
            IncidentState.ACTIVE,
            null,
            false);
    incidents.add(incident);
    instance.setIncidentKey(incident.key);
  }

  /** The incident of a terminated element instance is resolved when the instance is written. */
  void resolveLater(long incidentKey) {
    resolvedIncidents.add(incidentKey);
  }

  private String scopePath(ElementInstance instance) {
    return execution.scopeChain(instance.key()).stream()
        .map(String::valueOf)
        .collect(Collectors.joining(","));
  }

  // ---------------------------------------------------------------------------------------------
  // Changes (read by InstanceStore and UserTaskStore)

  Collection<JobRecord> jobs() {
    return jobs.values();
  }

  List<IncidentRecord> incidents() {
    return incidents;
  }

  Set<Long> canceledJobKeys() {
    return canceledJobs;
  }

  Collection<UserTaskRecord> userTasks() {
    return userTasks.values();
  }

  Set<Long> canceledUserTaskElements() {
    return canceledUserTaskElements;
  }

  Set<Long> resolvedIncidentKeys() {
    return resolvedIncidents;
  }

  List<JobRecord> newJobsActivatableNow(long now) {
    return jobs.values().stream()
        .filter(j -> !j.persisted && j.deadline == null)
        .filter(j -> j.activatableAt != null && j.activatableAt <= now)
        .toList();
  }

  Set<String> typesOfJobsAwaitingActivation() {
    Set<String> types = new java.util.HashSet<>();
    for (JobRecord job : jobs.values()) {
      if (job.isAlive() && job.activatableAt != null && job.deadline == null) {
        types.add(job.type);
      }
    }
    return types;
  }

  Set<String> activatableJobTypes() {
    return activatableJobTypes;
  }
}

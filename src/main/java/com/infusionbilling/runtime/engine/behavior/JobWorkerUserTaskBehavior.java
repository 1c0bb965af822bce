package com.infusionbilling.runtime.engine.behavior;

import com.infusionbilling.runtime.engine.ElementBehavior;
import com.infusionbilling.runtime.engine.ElementInstance;
import com.infusionbilling.runtime.engine.ProcessInstanceExecution;
import com.infusionbilling.runtime.model.UserTaskDefinition;
import com.infusionbilling.runtime.state.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A job-worker user task (a user task without zeebe:userTask, deprecated since 8.6 but still
 * supported): activation creates a job of type {@code io.camunda.zeebe:userTask} whose custom
 * headers carry the evaluated assignment, schedule and form key, as docs.camunda.io "User tasks" /
 * "Job worker implementation" describes; the task waits until the job is completed.
 */
public final class JobWorkerUserTaskBehavior implements ElementBehavior {

  static final String PREFIX = "io.camunda.zeebe:";

  @Override
  public void onActivated(ProcessInstanceExecution execution, ElementInstance instance) {
    UserTaskDefinition definition = instance.element().userTaskDefinition();
    UserTaskValues values = UserTaskValues.evaluateOrRaiseIncident(execution, instance);
    if (values == null) {
      return;
    }
    Map<String, String> headers = new LinkedHashMap<>(definition.headers());
    if (definition.formKey() != null) {
      headers.put(PREFIX + "formKey", definition.formKey());
    }
    if (values.assignee() != null) {
      headers.put(PREFIX + "assignee", values.assignee());
    }
    if (!values.candidateGroups().isEmpty()) {
      headers.put(PREFIX + "candidateGroups", Json.write(values.candidateGroups()));
    }
    if (!values.candidateUsers().isEmpty()) {
      headers.put(PREFIX + "candidateUsers", Json.write(values.candidateUsers()));
    }
    if (values.dueDate() != null) {
      headers.put(PREFIX + "dueDate", UserTaskValues.iso(values.dueDate()));
    }
    if (values.followUpDate() != null) {
      headers.put(PREFIX + "followUpDate", UserTaskValues.iso(values.followUpDate()));
    }
    execution.createJob(instance, UserTaskDefinition.JOB_WORKER_TYPE, 1, headers);
  }

  @Override
  public void onTerminating(ProcessInstanceExecution execution, ElementInstance instance) {
    execution.cancelJob(instance);
  }
}

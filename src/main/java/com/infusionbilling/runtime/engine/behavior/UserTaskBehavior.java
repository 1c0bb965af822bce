package com.infusionbilling.runtime.engine.behavior;

import com.infusionbilling.runtime.engine.ElementBehavior;
import com.infusionbilling.runtime.engine.ElementInstance;
import com.infusionbilling.runtime.engine.ProcessInstanceExecution;
import com.infusionbilling.runtime.engine.UserTaskRecord;
import com.infusionbilling.runtime.model.UserTaskDefinition;

/**
 * A Camunda user task (zeebe:userTask): activation evaluates its assignment, schedule, priority and
 * form reference and creates the user task; the element waits until the task is completed through
 * the API. A linked form that is not deployed raises a FORM_NOT_FOUND incident; resolving it after
 * deploying the form creates the task.
 */
public final class UserTaskBehavior implements ElementBehavior {

  @Override
  public void onActivated(ProcessInstanceExecution execution, ElementInstance instance) {
    UserTaskDefinition definition = instance.element().userTaskDefinition();
    UserTaskValues values = UserTaskValues.evaluateOrRaiseIncident(execution, instance);
    if (values == null) {
      return;
    }
    Long formKey = null;
    if (definition.formId() != null) {
      boolean deployment = "deployment".equals(definition.formBinding());
      String tenantId = execution.processInstance().tenantId;
      formKey =
          deployment
              ? execution
                  .forms()
                  .inDeploymentOf(
                      definition.formId(), execution.processInstance().processDefinitionKey)
              : definition.formVersionTag() != null
                  ? execution
                      .forms()
                      .withVersionTag(definition.formId(), definition.formVersionTag(), tenantId)
                  : execution.forms().latest(definition.formId(), tenantId);
      if (formKey == null) {
        execution.raiseIncident(
            instance,
            "FORM_NOT_FOUND",
            deployment
                ? "Expected to use a form with id '"
                    + definition.formId()
                    + "' with binding type 'deployment', but no such form was deployed together"
                    + " with the process"
                : definition.formVersionTag() != null
                    ? "Expected to find a form with id '"
                        + definition.formId()
                        + "' and version tag '"
                        + definition.formVersionTag()
                        + "', but no such form is deployed. Deploy it and resolve the incident"
                    : "Expected to find a form with id '"
                        + definition.formId()
                        + "', but no form with this id is deployed. Deploy a form with this id"
                        + " and resolve the incident",
            null);
        return;
      }
    }
    UserTaskRecord task = execution.newUserTask(instance);
    task.assignee = values.assignee();
    task.candidateGroups = values.candidateGroups();
    task.candidateUsers = values.candidateUsers();
    task.dueDate = values.dueDate();
    task.followUpDate = values.followUpDate();
    task.priority = values.priority();
    task.formKey = formKey;
    task.externalFormReference = values.externalFormReference();
    task.customHeaders = definition.headers();
    execution.userTaskCreated(instance, task);
  }

  @Override
  public void onTerminating(ProcessInstanceExecution execution, ElementInstance instance) {
    execution.cancelUserTask(instance);
  }
}

package com.infusionbilling.runtime.model;

import com.infusionbilling.runtime.expression.Expression;
import com.infusionbilling.runtime.expression.ExpressionException;
import com.infusionbilling.runtime.expression.ExpressionLanguage;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeBindingType;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebePriorityDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskSchedule;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a user task's Zeebe extensions (docs.camunda.io "User tasks"): a Camunda user task
 * (zeebe:userTask) or a job-worker user task, with its assignment, schedule, priority, form and
 * headers. Expressions are parsed here, so a model with a broken one is refused at deployment.
 */
final class UserTaskModels {

  private final ExpressionLanguage expressions;

  UserTaskModels(ExpressionLanguage expressions) {
    this.expressions = expressions;
  }

  UserTaskDefinition definition(UserTask task, List<String> problems) {
    String where = BpmnTransformer.describe(task);
    boolean camunda = task.getSingleExtensionElement(ZeebeUserTask.class) != null;
    Expression assignee = null;
    Expression candidateGroups = null;
    Expression candidateUsers = null;
    ZeebeAssignmentDefinition assignment =
        task.getSingleExtensionElement(ZeebeAssignmentDefinition.class);
    if (assignment != null) {
      assignee = parse(assignment.getAssignee(), where, "assignee", problems);
      candidateGroups = parse(assignment.getCandidateGroups(), where, "candidateGroups", problems);
      candidateUsers = parse(assignment.getCandidateUsers(), where, "candidateUsers", problems);
    }
    Expression dueDate = null;
    Expression followUpDate = null;
    ZeebeTaskSchedule schedule = task.getSingleExtensionElement(ZeebeTaskSchedule.class);
    if (schedule != null) {
      dueDate = parse(schedule.getDueDate(), where, "dueDate", problems);
      followUpDate = parse(schedule.getFollowUpDate(), where, "followUpDate", problems);
    }
    Expression priority = null;
    ZeebePriorityDefinition priorityDefinition =
        task.getSingleExtensionElement(ZeebePriorityDefinition.class);
    if (priorityDefinition != null) {
      priority = parse(priorityDefinition.getPriority(), where, "priority", problems);
      if (priority instanceof Expression.Static s) {
        checkStaticPriority(s.source(), where, problems);
      }
    }
    String formId = null;
    String formBinding = "latest";
    String formVersionTag = null;
    Expression externalReference = null;
    String formKey = null;
    ZeebeFormDefinition form = task.getSingleExtensionElement(ZeebeFormDefinition.class);
    if (form != null) {
      formId = blankToNull(form.getFormId());
      formKey = blankToNull(form.getFormKey());
      externalReference = parse(form.getExternalReference(), where, "externalReference", problems);
      ZeebeBindingType binding = form.getBindingType();
      if (binding == ZeebeBindingType.deployment) {
        formBinding = "deployment";
      } else if (binding == ZeebeBindingType.versionTag) {
        formBinding = "versionTag";
        formVersionTag = blankToNull(form.getVersionTag());
        if (formVersionTag == null) {
          problems.add(where + ": form bindingType 'versionTag' needs the versionTag of the form");
        }
      }
      if (!camunda && formId != null) {
        problems.add(
            where
                + ": a linked form (zeebe:formDefinition formId) needs a Camunda user task"
                + " (zeebe:userTask); job-worker user tasks take a formKey");
      }
      if (camunda && formKey != null) {
        problems.add(
            where
                + ": zeebe:formDefinition formKey is for job-worker user tasks; a Camunda user"
                + " task links a form by formId or externalReference");
      }
    }
    Map<String, String> headers = new LinkedHashMap<>();
    ZeebeTaskHeaders taskHeaders = task.getSingleExtensionElement(ZeebeTaskHeaders.class);
    if (taskHeaders != null) {
      for (ZeebeHeader header : taskHeaders.getHeaders()) {
        headers.put(header.getKey(), header.getValue());
      }
    }
    return new UserTaskDefinition(
        camunda,
        assignee,
        candidateGroups,
        candidateUsers,
        dueDate,
        followUpDate,
        priority,
        formId,
        formBinding,
        formVersionTag,
        externalReference,
        formKey,
        Map.copyOf(headers));
  }

  /** The form linked to the process's none start event by formId, or null. */
  ExecutableProcess.StartForm startForm(io.camunda.zeebe.model.bpmn.instance.Process process) {
    for (var element : process.getFlowElements()) {
      if (element instanceof io.camunda.zeebe.model.bpmn.instance.StartEvent start
          && start.getEventDefinitions().isEmpty()) {
        ZeebeFormDefinition form = start.getSingleExtensionElement(ZeebeFormDefinition.class);
        if (form != null && blankToNull(form.getFormId()) != null) {
          return new ExecutableProcess.StartForm(
              form.getFormId().strip(),
              form.getBindingType() == ZeebeBindingType.deployment ? "deployment" : "latest");
        }
      }
    }
    return null;
  }

  private Expression parse(String text, String where, String what, List<String> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return expressions.parse(text);
    } catch (ExpressionException e) {
      problems.add(where + ": invalid " + what + ": " + e.getMessage());
      return null;
    }
  }

  private static void checkStaticPriority(String text, String where, List<String> problems) {
    try {
      int value = Integer.parseInt(text.strip());
      if (value < 0 || value > 100) {
        throw new NumberFormatException();
      }
    } catch (NumberFormatException e) {
      problems.add(where + ": priority must be a number between 0 and 100, but was '" + text + "'");
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}

package com.infusionbilling.runtime.rest;

import com.infusionbilling.runtime.decision.DecisionEvaluation;
import com.infusionbilling.runtime.search.DecisionSearches;
import com.infusionbilling.runtime.search.EventSearches;
import com.infusionbilling.runtime.search.IncidentSearches;
import com.infusionbilling.runtime.search.JobSearches;
import com.infusionbilling.runtime.search.ProcessDefinitionSearches;
import com.infusionbilling.runtime.search.ProcessInstanceSearches;
import com.infusionbilling.runtime.search.UserTaskSearches;
import com.infusionbilling.runtime.search.VariableSearches;
import io.camunda.client.protocol.rest.CorrelatedMessageSubscriptionResult;
import io.camunda.client.protocol.rest.DecisionDefinitionResult;
import io.camunda.client.protocol.rest.DecisionDefinitionTypeEnum;
import io.camunda.client.protocol.rest.DecisionInstanceGetQueryResult;
import io.camunda.client.protocol.rest.DecisionInstanceResult;
import io.camunda.client.protocol.rest.DecisionInstanceStateEnum;
import io.camunda.client.protocol.rest.DecisionRequirementsResult;
import io.camunda.client.protocol.rest.ElementInstanceResult;
import io.camunda.client.protocol.rest.ElementInstanceStateEnum;
import io.camunda.client.protocol.rest.EvaluatedDecisionInputItem;
import io.camunda.client.protocol.rest.EvaluatedDecisionOutputItem;
import io.camunda.client.protocol.rest.FormResult;
import io.camunda.client.protocol.rest.IncidentResult;
import io.camunda.client.protocol.rest.JobKindEnum;
import io.camunda.client.protocol.rest.JobListenerEventTypeEnum;
import io.camunda.client.protocol.rest.JobSearchResult;
import io.camunda.client.protocol.rest.JobStateEnum;
import io.camunda.client.protocol.rest.MatchedDecisionRuleItem;
import io.camunda.client.protocol.rest.MessageSubscriptionResult;
import io.camunda.client.protocol.rest.MessageSubscriptionStateEnum;
import io.camunda.client.protocol.rest.ProcessDefinitionResult;
import io.camunda.client.protocol.rest.ProcessInstanceCallHierarchyEntry;
import io.camunda.client.protocol.rest.ProcessInstanceResult;
import io.camunda.client.protocol.rest.ProcessInstanceSequenceFlowResult;
import io.camunda.client.protocol.rest.ProcessInstanceStateEnum;
import io.camunda.client.protocol.rest.UserTaskResult;
import io.camunda.client.protocol.rest.UserTaskStateEnum;
import io.camunda.client.protocol.rest.VariableSearchResult;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

/**
 * Maps the searches' records to the v2 REST bodies (the client's own generated types): keys as
 * strings, dates as ISO 8601 with milliseconds in UTC, states and types as the API's enums.
 */
final class SearchMapping {

  private static final DateTimeFormatter DATE_FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX").withZone(ZoneOffset.UTC);

  private SearchMapping() {}

  static <T, R> List<R> all(List<T> items, Function<T, R> mapping) {
    List<R> mapped = new ArrayList<>(items.size());
    items.forEach(item -> mapped.add(mapping.apply(item)));
    return mapped;
  }

  static ProcessInstanceResult processInstance(ProcessInstanceSearches.ProcessInstance p) {
    return new ProcessInstanceResult()
        .processInstanceKey(String.valueOf(p.processInstanceKey()))
        .processDefinitionKey(String.valueOf(p.processDefinitionKey()))
        .processDefinitionId(p.processDefinitionId())
        .processDefinitionName(p.processDefinitionName())
        .processDefinitionVersion(p.processDefinitionVersion())
        .processDefinitionVersionTag(p.processDefinitionVersionTag())
        .startDate(date(p.startDate()))
        .endDate(date(p.endDate()))
        .state(ProcessInstanceStateEnum.fromValue(p.state().name()))
        .hasIncident(p.hasIncident())
        .tenantId(p.tenantId())
        .parentProcessInstanceKey(key(p.parentProcessInstanceKey()))
        .parentElementInstanceKey(key(p.parentElementInstanceKey()))
        .tags(new LinkedHashSet<>(p.tags()));
  }

  static ElementInstanceResult elementInstance(ProcessInstanceSearches.ElementInstance e) {
    return new ElementInstanceResult()
        .elementInstanceKey(String.valueOf(e.elementInstanceKey()))
        .processInstanceKey(String.valueOf(e.processInstanceKey()))
        .processDefinitionKey(String.valueOf(e.processDefinitionKey()))
        .processDefinitionId(e.processDefinitionId())
        .elementId(e.elementId())
        .elementName(e.elementName())
        .type(ElementInstanceResult.TypeEnum.fromValue(e.type()))
        .state(ElementInstanceStateEnum.fromValue(e.state().name()))
        .hasIncident(e.hasIncident())
        .incidentKey(key(e.incidentKey()))
        .tenantId(e.tenantId())
        .startDate(date(e.startDate()))
        .endDate(date(e.endDate()));
  }

  static ProcessInstanceCallHierarchyEntry callHierarchyEntry(
      ProcessInstanceSearches.CallHierarchyEntry entry) {
    return new ProcessInstanceCallHierarchyEntry()
        .processInstanceKey(String.valueOf(entry.processInstanceKey()))
        .processDefinitionKey(String.valueOf(entry.processDefinitionKey()))
        .processDefinitionName(entry.processDefinitionName());
  }

  static ProcessInstanceSequenceFlowResult sequenceFlow(ProcessInstanceSearches.SequenceFlow f) {
    return new ProcessInstanceSequenceFlowResult()
        .sequenceFlowId(f.sequenceFlowId())
        .elementId(f.sequenceFlowId())
        .processInstanceKey(String.valueOf(f.processInstanceKey()))
        .processDefinitionKey(String.valueOf(f.processDefinitionKey()))
        .processDefinitionId(f.processDefinitionId())
        .tenantId(f.tenantId());
  }

  static VariableSearchResult variable(VariableSearches.Variable v) {
    return new VariableSearchResult()
        .variableKey(String.valueOf(v.variableKey()))
        .name(v.name())
        .value(v.value())
        .isTruncated(false)
        .scopeKey(String.valueOf(v.scopeKey()))
        .processInstanceKey(String.valueOf(v.processInstanceKey()))
        .tenantId(v.tenantId());
  }

  static IncidentResult incident(IncidentSearches.Incident i) {
    return new IncidentResult()
        .incidentKey(String.valueOf(i.incidentKey()))
        .processInstanceKey(String.valueOf(i.processInstanceKey()))
        .processDefinitionKey(String.valueOf(i.processDefinitionKey()))
        .processDefinitionId(i.processDefinitionId())
        .elementInstanceKey(String.valueOf(i.elementInstanceKey()))
        .elementId(i.elementId())
        .jobKey(key(i.jobKey()))
        .errorType(IncidentResult.ErrorTypeEnum.fromValue(i.errorType()))
        .errorMessage(i.errorMessage())
        .state(IncidentResult.StateEnum.fromValue(i.state().name()))
        .creationTime(date(i.creationTime()))
        .tenantId(i.tenantId());
  }

  static JobSearchResult job(JobSearches.Job j) {
    return new JobSearchResult()
        .jobKey(String.valueOf(j.jobKey()))
        .type(j.type())
        .worker(j.worker())
        .state(JobStateEnum.fromValue(j.state().name()))
        .kind(JobKindEnum.fromValue(j.kind()))
        .listenerEventType(JobListenerEventTypeEnum.fromValue(j.listenerEventType()))
        .retries(j.retries())
        .isDenied(false)
        .errorCode(j.errorCode())
        .errorMessage(j.errorMessage())
        .hasFailedWithRetriesLeft(j.hasFailedWithRetriesLeft())
        .deadline(date(j.deadline()))
        .endTime(date(j.endTime()))
        .customHeaders(new LinkedHashMap<>(j.customHeaders()))
        .processDefinitionId(j.processDefinitionId())
        .processDefinitionKey(String.valueOf(j.processDefinitionKey()))
        .processInstanceKey(String.valueOf(j.processInstanceKey()))
        .elementId(j.elementId())
        .elementInstanceKey(String.valueOf(j.elementInstanceKey()))
        .tenantId(j.tenantId());
  }

  static ProcessDefinitionResult processDefinition(ProcessDefinitionSearches.ProcessDefinition d) {
    return new ProcessDefinitionResult()
        .processDefinitionKey(String.valueOf(d.processDefinitionKey()))
        .processDefinitionId(d.processDefinitionId())
        .name(d.name())
        .version(d.version())
        .versionTag(d.versionTag())
        .resourceName(d.resourceName())
        .tenantId(d.tenantId())
        .hasStartForm(d.hasStartForm());
  }

  static MessageSubscriptionResult messageSubscription(EventSearches.MessageSubscription s) {
    return new MessageSubscriptionResult()
        .messageSubscriptionKey(String.valueOf(s.messageSubscriptionKey()))
        .processDefinitionId(s.processDefinitionId())
        .processDefinitionKey(String.valueOf(s.processDefinitionKey()))
        .processInstanceKey(key(s.processInstanceKey()))
        .elementId(s.elementId())
        .elementInstanceKey(key(s.elementInstanceKey()))
        .messageSubscriptionState(MessageSubscriptionStateEnum.fromValue(s.state().name()))
        .lastUpdatedDate(date(s.lastUpdatedDate()))
        .messageName(s.messageName())
        .correlationKey(s.correlationKey())
        .tenantId(s.tenantId());
  }

  static CorrelatedMessageSubscriptionResult correlatedMessage(EventSearches.CorrelatedMessage c) {
    return new CorrelatedMessageSubscriptionResult()
        .correlationKey(c.correlationKey())
        .correlationTime(date(c.correlationTime()))
        .elementId(c.elementId())
        .elementInstanceKey(key(c.elementInstanceKey()))
        .messageKey(String.valueOf(c.messageKey()))
        .messageName(c.messageName())
        .partitionId(c.partitionId())
        .processDefinitionId(c.processDefinitionId())
        .processDefinitionKey(String.valueOf(c.processDefinitionKey()))
        .processInstanceKey(String.valueOf(c.processInstanceKey()))
        .subscriptionKey(String.valueOf(c.subscriptionKey()))
        .tenantId(c.tenantId());
  }

  static UserTaskResult userTask(UserTaskSearches.UserTask t) {
    return new UserTaskResult()
        .userTaskKey(String.valueOf(t.userTaskKey()))
        .name(t.name())
        .state(UserTaskStateEnum.fromValue(t.state().name()))
        .assignee(t.assignee())
        .elementId(t.elementId())
        .elementInstanceKey(String.valueOf(t.elementInstanceKey()))
        .candidateGroups(t.candidateGroups())
        .candidateUsers(t.candidateUsers())
        .processDefinitionId(t.processDefinitionId())
        .processDefinitionKey(String.valueOf(t.processDefinitionKey()))
        .processDefinitionVersion(t.processDefinitionVersion())
        .processName(t.processName())
        .processInstanceKey(String.valueOf(t.processInstanceKey()))
        .creationDate(date(t.creationDate()))
        .completionDate(date(t.completionDate()))
        .dueDate(date(t.dueDate()))
        .followUpDate(date(t.followUpDate()))
        .priority(t.priority())
        .formKey(key(t.formKey()))
        .externalFormReference(t.externalFormReference())
        .customHeaders(new LinkedHashMap<>(t.customHeaders()))
        .tenantId(t.tenantId());
  }

  /** A form, or null (answered 204) when there is none. */
  static FormResult form(UserTaskSearches.Form f) {
    if (f == null) {
      return null;
    }
    return new FormResult()
        .formKey(String.valueOf(f.formKey()))
        .formId(f.formId())
        .version(f.version())
        .tenantId(f.tenantId())
        .schema(f.schema());
  }

  static DecisionDefinitionResult decisionDefinition(DecisionSearches.DecisionDefinition d) {
    return new DecisionDefinitionResult()
        .decisionDefinitionKey(String.valueOf(d.decisionDefinitionKey()))
        .decisionDefinitionId(d.decisionDefinitionId())
        .name(d.name())
        .version(d.version())
        .decisionRequirementsId(d.decisionRequirementsId())
        .decisionRequirementsKey(String.valueOf(d.decisionRequirementsKey()))
        .tenantId(d.tenantId());
  }

  static DecisionRequirementsResult decisionRequirements(DecisionSearches.DecisionRequirements r) {
    return new DecisionRequirementsResult()
        .decisionRequirementsKey(String.valueOf(r.decisionRequirementsKey()))
        .decisionRequirementsId(r.decisionRequirementsId())
        .decisionRequirementsName(r.decisionRequirementsName())
        .version(r.version())
        .resourceName(r.resourceName())
        .tenantId(r.tenantId());
  }

  static DecisionInstanceResult decisionInstance(DecisionSearches.DecisionInstance i) {
    return new DecisionInstanceResult()
        .decisionEvaluationInstanceKey(i.decisionEvaluationInstanceKey())
        .decisionEvaluationKey(String.valueOf(i.decisionEvaluationKey()))
        .state(DecisionInstanceStateEnum.fromValue(i.state()))
        .evaluationDate(date(i.evaluationDate()))
        .evaluationFailure(i.evaluationFailure())
        .decisionDefinitionKey(String.valueOf(i.decisionDefinitionKey()))
        .decisionDefinitionId(i.decisionDefinitionId())
        .decisionDefinitionName(i.decisionDefinitionName())
        .decisionDefinitionVersion(i.decisionDefinitionVersion())
        .decisionDefinitionType(DecisionDefinitionTypeEnum.fromValue(i.decisionDefinitionType()))
        .result(i.result())
        .processDefinitionKey(String.valueOf(i.processDefinitionKey()))
        .processInstanceKey(String.valueOf(i.processInstanceKey()))
        .elementInstanceKey(String.valueOf(i.elementInstanceKey()))
        .tenantId(i.tenantId());
  }

  static DecisionInstanceGetQueryResult decisionInstanceDetail(
      DecisionSearches.DecisionInstanceDetail d) {
    DecisionInstanceResult base = decisionInstance(d.instance());
    List<EvaluatedDecisionInputItem> inputs = new ArrayList<>();
    for (DecisionEvaluation.EvaluatedInput input : d.evaluatedInputs()) {
      inputs.add(evaluatedInput(input));
    }
    List<MatchedDecisionRuleItem> rules = new ArrayList<>();
    for (DecisionEvaluation.MatchedRule rule : d.matchedRules()) {
      rules.add(matchedRule(rule));
    }
    return new DecisionInstanceGetQueryResult()
        .decisionEvaluationInstanceKey(base.getDecisionEvaluationInstanceKey())
        .decisionEvaluationKey(base.getDecisionEvaluationKey())
        .state(base.getState())
        .evaluationDate(base.getEvaluationDate())
        .evaluationFailure(base.getEvaluationFailure())
        .decisionDefinitionKey(base.getDecisionDefinitionKey())
        .decisionDefinitionId(base.getDecisionDefinitionId())
        .decisionDefinitionName(base.getDecisionDefinitionName())
        .decisionDefinitionVersion(base.getDecisionDefinitionVersion())
        .decisionDefinitionType(base.getDecisionDefinitionType())
        .result(base.getResult())
        .processDefinitionKey(base.getProcessDefinitionKey())
        .processInstanceKey(base.getProcessInstanceKey())
        .elementInstanceKey(base.getElementInstanceKey())
        .tenantId(base.getTenantId())
        .evaluatedInputs(inputs)
        .matchedRules(rules);
  }

  /** An evaluated input as the v2 API reports it (also in the evaluate endpoint's response). */
  static EvaluatedDecisionInputItem evaluatedInput(DecisionEvaluation.EvaluatedInput input) {
    return new EvaluatedDecisionInputItem()
        .inputId(input.inputId())
        .inputName(input.inputName())
        .inputValue(input.valueJson());
  }

  /** A matched rule as the v2 API reports it (also in the evaluate endpoint's response). */
  static MatchedDecisionRuleItem matchedRule(DecisionEvaluation.MatchedRule rule) {
    List<EvaluatedDecisionOutputItem> outputs = new ArrayList<>();
    for (var output : rule.outputs()) {
      outputs.add(
          new EvaluatedDecisionOutputItem()
              .outputId(output.outputId())
              .outputName(output.outputName())
              .outputValue(output.valueJson()));
    }
    return new MatchedDecisionRuleItem()
        .ruleId(rule.ruleId())
        .ruleIndex(rule.ruleIndex())
        .evaluatedOutputs(outputs);
  }

  private static String date(Instant instant) {
    return instant == null ? null : DATE_FORMAT.format(instant);
  }

  private static String key(Long key) {
    return key == null ? null : String.valueOf(key);
  }
}

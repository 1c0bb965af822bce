package com.infusionbilling.runtime.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.infusionbilling.runtime.command.ActivateAdHocActivities;
import com.infusionbilling.runtime.command.CancelProcessInstance;
import com.infusionbilling.runtime.command.CreateProcessInstance;
import com.infusionbilling.runtime.command.CreateProcessInstanceWithResult;
import com.infusionbilling.runtime.command.ModifyProcessInstance;
import com.infusionbilling.runtime.command.ProcessInstanceCreated;
import com.infusionbilling.runtime.command.RuntimeCommands;
import com.infusionbilling.runtime.command.SetVariables;
import com.infusionbilling.runtime.engine.ProcessInstanceModification;
import com.infusionbilling.runtime.search.ProcessInstanceSearches;
import com.infusionbilling.runtime.search.VariableSearches;
import io.camunda.client.protocol.rest.CreateProcessInstanceResult;
import io.camunda.client.protocol.rest.ElementInstanceResult;
import io.camunda.client.protocol.rest.ElementInstanceSearchQueryResult;
import io.camunda.client.protocol.rest.ModifyProcessInstanceVariableInstruction;
import io.camunda.client.protocol.rest.ProcessInstanceCreationInstruction;
import io.camunda.client.protocol.rest.ProcessInstanceCreationStartInstruction;
import io.camunda.client.protocol.rest.ProcessInstanceModificationActivateInstruction;
import io.camunda.client.protocol.rest.ProcessInstanceModificationInstruction;
import io.camunda.client.protocol.rest.ProcessInstanceModificationTerminateInstruction;
import io.camunda.client.protocol.rest.ProcessInstanceResult;
import io.camunda.client.protocol.rest.ProcessInstanceSearchQueryResult;
import io.camunda.client.protocol.rest.ProcessInstanceSequenceFlowsQueryResult;
import io.camunda.client.protocol.rest.SetVariableRequest;
import io.camunda.client.protocol.rest.VariableSearchQueryResult;
import io.camunda.client.protocol.rest.VariableSearchResult;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * The Camunda 8 REST API v2 endpoints of process instances and what they consist of: create (with
 * result), modify, cancel, search and get; element instances (set variables, activate ad-hoc
 * activities, search, get) and variables. Each maps the client's body to one command or query.
 */
@RestController
@RequestMapping("/v2")
public class ProcessInstanceController {

  private final RuntimeCommands commands;
  private final ProcessInstanceSearches instanceSearches;
  private final VariableSearches variableSearches;

  public ProcessInstanceController(
      RuntimeCommands commands,
      ProcessInstanceSearches instanceSearches,
      VariableSearches variableSearches) {
    this.commands = commands;
    this.instanceSearches = instanceSearches;
    this.variableSearches = variableSearches;
  }

  // --- process instances ----------------------------------------------------------------------

  @PostMapping("/process-instances")
  public Object createProcessInstance(@RequestBody ProcessInstanceCreationInstruction request) {
    long key = RestMapping.key(request.getProcessDefinitionKey(), "processDefinitionKey");
    java.util.Set<String> terminateAfter = new java.util.LinkedHashSet<>();
    if (request.getRuntimeInstructions() != null) {
      for (var instruction : request.getRuntimeInstructions()) {
        if (!(instruction
            instanceof
            io.camunda.client.protocol.rest.ProcessInstanceCreationTerminateInstruction
                terminate)) {
          throw new com.infusionbilling.runtime.shared.InvalidArgumentException(
              "Unknown runtime instruction type '" + instruction.getType() + "'");
        }
        terminateAfter.add(terminate.getAfterElementId());
      }
    }
    CreateProcessInstance command =
        new CreateProcessInstance(
            key,
            request.getProcessDefinitionId(),
            request.getProcessDefinitionVersion(),
            request.getVariables(),
            request.getTenantId(),
            request.getStartInstructions() == null
                ? null
                : request.getStartInstructions().stream()
                    .map(ProcessInstanceCreationStartInstruction::getElementId)
                    .toList(),
            terminateAfter);
    if (Boolean.TRUE.equals(request.getAwaitCompletion())) {
      CreateProcessInstanceWithResult withResult =
          new CreateProcessInstanceWithResult(
              command, request.getRequestTimeout(), request.getFetchVariables());
      long wait = commands.requestTimeoutMillis(withResult.requestTimeoutMillis());
      // The command answers at the request timeout; the container's own timeout, a minute later,
      // would only come first if something is badly stuck, and then answers the same way.
      DeferredResult<CreateProcessInstanceResult> result =
          new DeferredResult<>(Math.min(wait, Long.MAX_VALUE - 60_000) + 60_000L);
      result.onTimeout(
          () ->
              result.setErrorResult(
                  new com.infusionbilling.runtime.shared.RuntimeProblemException(
                      com.infusionbilling.runtime.shared.RuntimeProblemException.Kind
                          .DEADLINE_EXCEEDED,
                      "Expected the process instance to complete within "
                          + wait
                          + " ms, but it did not; it continues to run")));
      commands
          .createProcessInstanceWithResult(withResult)
          .whenComplete(
              (done, error) -> {
                if (error != null) {
                  result.setErrorResult(
                      error instanceof java.util.concurrent.CompletionException
                              && error.getCause() != null
                          ? error.getCause()
                          : error);
                } else {
                  result.setResult(created(done.created()).variables(done.variables()));
                }
              });
      return result;
    }
    return created(commands.createProcessInstance(command));
  }

  private static CreateProcessInstanceResult created(ProcessInstanceCreated created) {
    return new CreateProcessInstanceResult()
        .processInstanceKey(String.valueOf(created.processInstanceKey()))
        .processDefinitionKey(String.valueOf(created.processDefinitionKey()))
        .processDefinitionId(created.bpmnProcessId())
        .processDefinitionVersion(created.version())
        .tenantId(created.tenantId());
  }

  @PostMapping("/process-instances/{key}/modification")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void modify(
      @PathVariable long key, @RequestBody ProcessInstanceModificationInstruction request) {
    List<ProcessInstanceModification.Activation> activations = new java.util.ArrayList<>();
    if (request.getActivateInstructions() != null) {
      for (ProcessInstanceModificationActivateInstruction a : request.getActivateInstructions()) {
        List<ProcessInstanceModification.VariableInstruction> variables =
            new java.util.ArrayList<>();
        if (a.getVariableInstructions() != null) {
          for (ModifyProcessInstanceVariableInstruction v : a.getVariableInstructions()) {
            variables.add(
                new ProcessInstanceModification.VariableInstruction(
                    v.getVariables(), v.getScopeId()));
          }
        }
        long ancestor =
            RestMapping.key(a.getAncestorElementInstanceKey(), "ancestorElementInstanceKey");
        activations.add(
            new ProcessInstanceModification.Activation(a.getElementId(), ancestor, variables));
      }
    }
    List<Long> terminations = new java.util.ArrayList<>();
    if (request.getTerminateInstructions() != null) {
      for (ProcessInstanceModificationTerminateInstruction t : request.getTerminateInstructions()) {
        terminations.add(RestMapping.key(t.getElementInstanceKey(), "elementInstanceKey"));
      }
    }
    commands.modifyProcessInstance(new ModifyProcessInstance(key, activations, terminations));
  }

  @PostMapping("/process-instances/{key}/cancellation")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void cancel(@PathVariable long key) {
    commands.cancelProcessInstance(new CancelProcessInstance(key));
  }

  @PostMapping("/process-instances/search")
  public ProcessInstanceSearchQueryResult searchProcessInstances(
      @RequestBody(required = false) JsonNode body) {
    var page = instanceSearches.processInstances(body);
    return new ProcessInstanceSearchQueryResult()
        .items(SearchMapping.all(page.items(), SearchMapping::processInstance))
        .page(RestMapping.page(page));
  }

  @GetMapping("/process-instances/{key}")
  public ProcessInstanceResult processInstance(@PathVariable long key) {
    return SearchMapping.processInstance(instanceSearches.processInstance(key));
  }

  @GetMapping("/process-instances/{key}/sequence-flows")
  public ProcessInstanceSequenceFlowsQueryResult sequenceFlows(@PathVariable long key) {
    return new ProcessInstanceSequenceFlowsQueryResult()
        .items(SearchMapping.all(instanceSearches.sequenceFlows(key), SearchMapping::sequenceFlow));
  }

  @GetMapping("/process-instances/{key}/call-hierarchy")
  public List<io.camunda.client.protocol.rest.ProcessInstanceCallHierarchyEntry> callHierarchy(
      @PathVariable long key) {
    return SearchMapping.all(
        instanceSearches.callHierarchy(key), SearchMapping::callHierarchyEntry);
  }

  // --- element instances and variables ---------------------------------------------------------

  @PutMapping("/element-instances/{key}/variables")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void setVariables(@PathVariable long key, @RequestBody SetVariableRequest request) {
    commands.setVariables(new SetVariables(key, request.getVariables(), request.getLocal()));
  }

  /** docs.camunda.io REST API "Activate activities within an ad-hoc sub-process". */
  @PostMapping("/element-instances/ad-hoc-activities/{key}/activation")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void activateAdHocActivities(
      @PathVariable long key,
      @RequestBody
          io.camunda.client.protocol.rest.AdHocSubProcessActivateActivitiesInstruction request) {
    List<com.infusionbilling.runtime.engine.AdHocSubProcessBehavior.Activation> activations =
        new java.util.ArrayList<>();
    if (request.getElements() != null) {
      for (var element : request.getElements()) {
        activations.add(
            new com.infusionbilling.runtime.engine.AdHocSubProcessBehavior.Activation(
                element.getElementId(), element.getVariables()));
      }
    }
    commands.activateAdHocActivities(
        new ActivateAdHocActivities(key, activations, request.getCancelRemainingInstances()));
  }

  @PostMapping("/element-instances/search")
  public ElementInstanceSearchQueryResult searchElementInstances(
      @RequestBody(required = false) JsonNode body) {
    var page = instanceSearches.elementInstances(body);
    return new ElementInstanceSearchQueryResult()
        .items(SearchMapping.all(page.items(), SearchMapping::elementInstance))
        .page(RestMapping.page(page));
  }

  @GetMapping("/element-instances/{key}")
  public ElementInstanceResult elementInstance(@PathVariable long key) {
    return SearchMapping.elementInstance(instanceSearches.elementInstance(key));
  }

  @PostMapping("/variables/search")
  public VariableSearchQueryResult searchVariables(@RequestBody(required = false) JsonNode body) {
    var page = variableSearches.variables(body);
    return new VariableSearchQueryResult()
        .items(SearchMapping.all(page.items(), SearchMapping::variable))
        .page(RestMapping.page(page));
  }

  @GetMapping("/variables/{key}")
  public VariableSearchResult variable(@PathVariable long key) {
    return SearchMapping.variable(variableSearches.variable(key));
  }
}

package com.infusionbilling.runtime.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.infusionbilling.runtime.command.CreateInstance;
import com.infusionbilling.runtime.command.IncidentCommands;
import com.infusionbilling.runtime.command.JobCommands;
import com.infusionbilling.runtime.command.ProcessInstanceCreated;
import com.infusionbilling.runtime.command.RuntimeCommands;
import com.infusionbilling.runtime.engine.ProcessInstanceModification;
import com.infusionbilling.runtime.search.EntitySearch;
import com.infusionbilling.runtime.search.IncidentSearches;
import com.infusionbilling.runtime.search.JobSearches;
import com.infusionbilling.runtime.search.ProcessDefinitionSearches;
import com.infusionbilling.runtime.search.ProcessInstanceSearches;
import com.infusionbilling.runtime.search.VariableSearches;
import com.infusionbilling.runtime.shared.ActivationRequest;
import io.camunda.client.protocol.rest.CreateProcessInstanceResult;
import io.camunda.client.protocol.rest.ElementInstanceResult;
import io.camunda.client.protocol.rest.ElementInstanceSearchQueryResult;
import io.camunda.client.protocol.rest.IncidentResult;
import io.camunda.client.protocol.rest.IncidentSearchQueryResult;
import io.camunda.client.protocol.rest.JobActivationRequest;
import io.camunda.client.protocol.rest.JobActivationResult;
import io.camunda.client.protocol.rest.JobCompletionRequest;
import io.camunda.client.protocol.rest.JobErrorRequest;
import io.camunda.client.protocol.rest.JobFailRequest;
import io.camunda.client.protocol.rest.JobSearchQueryResult;
import io.camunda.client.protocol.rest.JobUpdateRequest;
import io.camunda.client.protocol.rest.ModifyProcessInstanceVariableInstruction;
import io.camunda.client.protocol.rest.ProcessDefinitionResult;
import io.camunda.client.protocol.rest.ProcessDefinitionSearchQueryResult;
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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * The Camunda 8 REST API v2 endpoints of part 1: process instances, jobs, incidents, variables,
 * element instances and process definitions. Each maps the client's body to one command or query.
 */
@RestController
@RequestMapping("/v2")
public class RuntimeRestController {

  private final RuntimeCommands commands;
  private final JobCommands jobs;
  private final IncidentCommands incidents;
  private final ProcessInstanceSearches instanceSearches;
  private final VariableSearches variableSearches;
  private final IncidentSearches incidentSearches;
  private final JobSearches jobSearches;
  private final ProcessDefinitionSearches definitionSearches;
  private final LongPollProbe probe;

  public RuntimeRestController(
      RuntimeCommands commands,
      JobCommands jobs,
      IncidentCommands incidents,
      ProcessInstanceSearches instanceSearches,
      VariableSearches variableSearches,
      IncidentSearches incidentSearches,
      JobSearches jobSearches,
      ProcessDefinitionSearches definitionSearches,
      LongPollProbe probe) {
    this.commands = commands;
    this.jobs = jobs;
    this.incidents = incidents;
    this.instanceSearches = instanceSearches;
    this.variableSearches = variableSearches;
    this.incidentSearches = incidentSearches;
    this.jobSearches = jobSearches;
    this.definitionSearches = definitionSearches;
    this.probe = probe;
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
    CreateInstance command =
        new CreateInstance(
            key > 0 ? key : null,
            request.getProcessDefinitionId(),
            request.getProcessDefinitionVersion(),
            request.getVariables(),
            request.getTenantId(),
            request.getStartInstructions() == null
                ? List.of()
                : request.getStartInstructions().stream()
                    .map(ProcessInstanceCreationStartInstruction::getElementId)
                    .toList(),
            terminateAfter);
    if (Boolean.TRUE.equals(request.getAwaitCompletion())) {
      long timeout = request.getRequestTimeout() == null ? 0 : request.getRequestTimeout();
      if (timeout < 0) {
        throw new com.infusionbilling.runtime.shared.InvalidArgumentException(
            "The property 'requestTimeout' must not be negative, but was " + timeout);
      }
      long wait = commands.requestTimeoutMillis(timeout);
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
          .createProcessInstanceWithResult(command, timeout, request.getFetchVariables())
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
        long instance = RestMapping.key(t.getElementInstanceKey(), "elementInstanceKey");
        if (instance < 0) {
          throw new com.infusionbilling.runtime.shared.InvalidArgumentException(
              "A terminate instruction needs an 'elementInstanceKey'");
        }
        terminations.add(instance);
      }
    }
    commands.modifyProcessInstance(key, activations, terminations);
  }

  @PostMapping("/process-instances/{key}/cancellation")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void cancel(@PathVariable long key) {
    commands.cancelProcessInstance(key);
  }

  @PostMapping("/process-instances/search")
  public ProcessInstanceSearchQueryResult searchProcessInstances(
      @RequestBody(required = false) JsonNode body) {
    EntitySearch.Page<ProcessInstanceResult> page = instanceSearches.processInstances(body);
    return new ProcessInstanceSearchQueryResult().items(page.items()).page(RestMapping.page(page));
  }

  @GetMapping("/process-instances/{key}")
  public ProcessInstanceResult processInstance(@PathVariable long key) {
    return instanceSearches.processInstance(key);
  }

  @GetMapping("/process-instances/{key}/sequence-flows")
  public ProcessInstanceSequenceFlowsQueryResult sequenceFlows(@PathVariable long key) {
    return new ProcessInstanceSequenceFlowsQueryResult().items(instanceSearches.sequenceFlows(key));
  }

  @GetMapping("/process-instances/{key}/call-hierarchy")
  public List<io.camunda.client.protocol.rest.ProcessInstanceCallHierarchyEntry> callHierarchy(
      @PathVariable long key) {
    return instanceSearches.callHierarchy(key);
  }

  @PostMapping("/process-instances/{key}/incidents/search")
  public IncidentSearchQueryResult incidentsOfInstance(
      @PathVariable long key, @RequestBody(required = false) JsonNode body) {
    EntitySearch.Page<IncidentResult> page = incidentSearches.incidentsOfProcessInstance(key, body);
    return new IncidentSearchQueryResult().items(page.items()).page(RestMapping.page(page));
  }

  // --- jobs -----------------------------------------------------------------------------------

  @PostMapping("/jobs/activation")
  public DeferredResult<JobActivationResult> activateJobs(
      @RequestBody JobActivationRequest request,
      HttpServletRequest httpRequest,
      HttpServletResponse httpResponse) {
    ActivationRequest activation =
        ActivationRequest.withDefaults(
            request.getType(),
            request.getWorker(),
            request.getTimeout(),
            request.getMaxJobsToActivate(),
            request.getFetchVariable(),
            request.getTenantIds(),
            request.getRequestTimeout());
    long wait = jobs.longPollMillis(activation);
    // The dispatcher ends the poll at its request timeout; should the container's async timeout
    // (a minute later) ever come first, the poll still ends as an empty response, not an error.
    DeferredResult<JobActivationResult> result =
        new DeferredResult<>(
            Math.min(wait, Long.MAX_VALUE - 60_000) + 60_000,
            new JobActivationResult().jobs(new java.util.ArrayList<>()));
    // A parked poll whose worker went away is withdrawn, and jobs offered to it go back
    // (LongPollProbe).
    java.util.concurrent.atomic.AtomicReference<Runnable> withdraw =
        new java.util.concurrent.atomic.AtomicReference<>(() -> {});
    LongPollProbe.Connection connection =
        probe.watch(
            httpRequest,
            httpResponse,
            () -> {
              withdraw.get().run();
              // nobody to answer: end the request without writing
              if (httpRequest.isAsyncStarted()) {
                httpRequest.getAsyncContext().complete();
              }
            });
    result.onCompletion(connection::end);
    try {
      withdraw.set(
          jobs.activateJobs(
              activation,
              jobs -> {
                if (!connection.claimForDelivery()) {
                  throw new IllegalStateException("the worker's connection is gone");
                }
                JobActivationResult body = new JobActivationResult();
                jobs.forEach(job -> body.addJobsItem(RestMapping.job(job)));
                if (!result.setResult(body)) {
                  throw new IllegalStateException("the worker's request is gone");
                }
              }));
    } catch (RuntimeException e) {
      connection.end();
      throw e;
    }
    // The worker disconnected or the request timed out on the servlet side: withdraw it.
    result.onError(error -> withdraw.get().run());
    result.onTimeout(() -> withdraw.get().run());
    return result;
  }

  @PostMapping("/jobs/{key}/completion")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void completeJob(
      @PathVariable long key, @RequestBody(required = false) JobCompletionRequest request) {
    jobs.completeJob(
        key,
        request == null ? null : request.getVariables(),
        request == null ? null : RestMapping.jobResult(request.getResult()));
  }

  @PostMapping("/jobs/{key}/failure")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void failJob(
      @PathVariable long key, @RequestBody(required = false) JobFailRequest request) {
    JobFailRequest body = request == null ? new JobFailRequest() : request;
    jobs.failJob(
        key,
        body.getRetries() == null ? 0 : body.getRetries(),
        body.getErrorMessage(),
        body.getRetryBackOff() == null ? 0 : body.getRetryBackOff(),
        body.getVariables());
  }

  @PostMapping("/jobs/{key}/error")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void throwError(@PathVariable long key, @RequestBody JobErrorRequest request) {
    jobs.throwError(key, request.getErrorCode(), request.getErrorMessage(), request.getVariables());
  }

  @PatchMapping("/jobs/{key}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void updateJob(@PathVariable long key, @RequestBody JobUpdateRequest request) {
    if (request.getChangeset() == null) {
      throw new com.infusionbilling.runtime.shared.InvalidArgumentException(
          "Expected a changeset with retries and/or timeout");
    }
    jobs.updateJob(key, request.getChangeset().getRetries(), request.getChangeset().getTimeout());
  }

  @PostMapping("/jobs/search")
  public JobSearchQueryResult searchJobs(@RequestBody(required = false) JsonNode body) {
    var page = jobSearches.jobs(body);
    return new JobSearchQueryResult().items(page.items()).page(RestMapping.page(page));
  }

  // --- incidents ------------------------------------------------------------------------------

  @PostMapping("/incidents/{key}/resolution")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void resolveIncident(@PathVariable long key) {
    incidents.resolveIncident(key);
  }

  @PostMapping("/incidents/search")
  public IncidentSearchQueryResult searchIncidents(@RequestBody(required = false) JsonNode body) {
    var page = incidentSearches.incidents(body);
    return new IncidentSearchQueryResult().items(page.items()).page(RestMapping.page(page));
  }

  @GetMapping("/incidents/{key}")
  public IncidentResult incident(@PathVariable long key) {
    return incidentSearches.incident(key);
  }

  // --- element instances and variables ---------------------------------------------------------

  @PutMapping("/element-instances/{key}/variables")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void setVariables(@PathVariable long key, @RequestBody SetVariableRequest request) {
    commands.setVariables(key, request.getVariables(), Boolean.TRUE.equals(request.getLocal()));
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
                element.getElementId(),
                element.getVariables() == null ? java.util.Map.of() : element.getVariables()));
      }
    }
    commands.activateAdHocActivities(
        key, activations, Boolean.TRUE.equals(request.getCancelRemainingInstances()));
  }

  @PostMapping("/element-instances/search")
  public ElementInstanceSearchQueryResult searchElementInstances(
      @RequestBody(required = false) JsonNode body) {
    EntitySearch.Page<ElementInstanceResult> page = instanceSearches.elementInstances(body);
    return new ElementInstanceSearchQueryResult().items(page.items()).page(RestMapping.page(page));
  }

  @GetMapping("/element-instances/{key}")
  public ElementInstanceResult elementInstance(@PathVariable long key) {
    return instanceSearches.elementInstance(key);
  }

  @PostMapping("/variables/search")
  public VariableSearchQueryResult searchVariables(@RequestBody(required = false) JsonNode body) {
    EntitySearch.Page<VariableSearchResult> page = variableSearches.variables(body);
    return new VariableSearchQueryResult().items(page.items()).page(RestMapping.page(page));
  }

  @GetMapping("/variables/{key}")
  public VariableSearchResult variable(@PathVariable long key) {
    return variableSearches.variable(key);
  }

  // --- process definitions --------------------------------------------------------------------

  @PostMapping("/process-definitions/search")
  public ProcessDefinitionSearchQueryResult searchProcessDefinitions(
      @RequestBody(required = false) JsonNode body) {
    EntitySearch.Page<ProcessDefinitionResult> page = definitionSearches.processDefinitions(body);
    return new ProcessDefinitionSearchQueryResult()
        .items(page.items())
        .page(RestMapping.page(page));
  }

  @GetMapping("/process-definitions/{key}")
  public ProcessDefinitionResult processDefinition(@PathVariable long key) {
    return definitionSearches.processDefinition(key);
  }

  @GetMapping(path = "/process-definitions/{key}/xml")
  public ResponseEntity<String> processDefinitionXml(@PathVariable long key) {
    return ResponseEntity.ok()
        .contentType(MediaType.TEXT_XML)
        .body(definitionSearches.processDefinitionXml(key));
  }
}

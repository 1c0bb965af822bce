package com.infusionbilling.worklist;

import com.infusionbilling.security.CurrentUser;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.ProcessInstance;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The data behind the episode view: a process instance's BPMN (v2 process definition XML) with the
 * elements that are active and completed (v2 element instance search), and the episode's timeline
 * when the instance is a therapy episode; and the context panel beside a task's form.
 */
@RestController
public class InstanceDiagramController {
  private final CamundaClient camunda;
  private final EpisodePanel context;
  private final WorklistService worklist;

  public InstanceDiagramController(
      CamundaClient camunda, EpisodePanel context, WorklistService worklist) {
    this.camunda = camunda;
    this.context = context;
    this.worklist = worklist;
  }

  @GetMapping("/api/worklist/instances/{processInstanceKey}/diagram")
  public Map<String, Object> diagram(@PathVariable long processInstanceKey) {
    ProcessInstance instance;
    try {
      instance = camunda.newProcessInstanceGetRequest(processInstanceKey).send().join();
    } catch (ProblemException e) {
      if (e.code() == 404) {
        throw new WorklistException.NotFound(processInstanceKey);
      }
      throw e;
    }
    String xml =
        camunda.newProcessDefinitionGetXmlRequest(instance.getProcessDefinitionKey()).send().join();
    Set<String> active = new LinkedHashSet<>();
    Set<String> completed = new LinkedHashSet<>();
    int from = 0;
    while (true) {
      final int offset = from;
      List<ElementInstance> page =
          camunda
              .newElementInstanceSearchRequest()
              .filter(f -> f.processInstanceKey(processInstanceKey))
              .page(p -> p.from(offset).limit(500))
              .send()
              .join()
              .items();
      for (ElementInstance e : page) {
        if (e.getState() == ElementInstanceState.ACTIVE) {
          active.add(e.getElementId());
        } else if (e.getState() == ElementInstanceState.COMPLETED) {
          completed.add(e.getElementId());
        }
      }
      if (page.size() < 500 || from > 5000) {
        break;
      }
      from += page.size();
    }
    completed.removeAll(active);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("processInstanceKey", processInstanceKey);
    out.put("processId", instance.getProcessDefinitionId());
    out.put("processName", instance.getProcessDefinitionName());
    out.put("state", instance.getState().name());
    out.put("xml", xml);
    out.put("active", active);
    out.put("completed", completed);
    // a task of a called process (verification, authorization, monitoring, visit) opens the
    // whole episode: its timeline and title, found through the instance's episodeId variable
    Optional<Long> episode =
        context.episodeOfInstance(processInstanceKey).or(() -> episodeVariable(processInstanceKey));
    out.put("episodeId", episode.orElse(null));
    out.put("timeline", episode.map(context::timelineOf).orElse(List.of()));
    out.put("title", episode.flatMap(context::titleOf).orElse(null));
    return out;
  }

  /** The {@code episodeId} variable of the instance itself (not of a sub-process scope). */
  private Optional<Long> episodeVariable(long processInstanceKey) {
    var items =
        camunda
            .newVariableSearchRequest()
            .filter(f -> f.name("episodeId").processInstanceKey(processInstanceKey))
            .page(p -> p.limit(20))
            .send()
            .join()
            .items();
    return items.stream()
        .sorted(
            (a, b) ->
                Boolean.compare(
                    !a.getProcessInstanceKey().equals(a.getScopeKey()),
                    !b.getProcessInstanceKey().equals(b.getScopeKey())))
        .map(v -> v.getValue() == null ? "" : v.getValue().strip())
        .filter(v -> v.matches("\\d{1,18}"))
        .map(Long::valueOf)
        .findFirst();
  }

  @GetMapping("/api/worklist/tasks/{key}/context")
  public ResponseEntity<Map<String, Object>> taskContext(
      Authentication auth, @PathVariable long key) {
    CurrentUser user = CurrentUser.of(auth);
    Object episodeId = worklist.variables(user, key).get("episodeId");
    if (!(episodeId instanceof Number n)) {
      return ResponseEntity.notFound().build();
    }
    return context
        .forEpisode(n.longValue())
        .map(ResponseEntity::ok)
        .orElse(ResponseEntity.notFound().build());
  }
}

package com.infusionbilling.runtime.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.infusionbilling.runtime.command.IncidentCommands;
import com.infusionbilling.runtime.command.ResolveIncident;
import com.infusionbilling.runtime.search.IncidentSearches;
import io.camunda.client.protocol.rest.IncidentResult;
import io.camunda.client.protocol.rest.IncidentSearchQueryResult;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Camunda 8 REST API v2 incident endpoints: resolution, search (also of one process instance
 * and the instances it called) and get.
 */
@RestController
@RequestMapping("/v2")
public class IncidentController {

  private final IncidentCommands incidents;
  private final IncidentSearches incidentSearches;

  public IncidentController(IncidentCommands incidents, IncidentSearches incidentSearches) {
    this.incidents = incidents;
    this.incidentSearches = incidentSearches;
  }

  @PostMapping("/incidents/{key}/resolution")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void resolveIncident(@PathVariable long key) {
    incidents.resolveIncident(new ResolveIncident(key));
  }

  @PostMapping("/incidents/search")
  public IncidentSearchQueryResult searchIncidents(@RequestBody(required = false) JsonNode body) {
    var page = incidentSearches.incidents(body);
    return new IncidentSearchQueryResult()
        .items(SearchMapping.all(page.items(), SearchMapping::incident))
        .page(RestMapping.page(page));
  }

  @GetMapping("/incidents/{key}")
  public IncidentResult incident(@PathVariable long key) {
    return SearchMapping.incident(incidentSearches.incident(key));
  }

  @PostMapping("/process-instances/{key}/incidents/search")
  public IncidentSearchQueryResult incidentsOfInstance(
      @PathVariable long key, @RequestBody(required = false) JsonNode body) {
    var page = incidentSearches.incidentsOfProcessInstance(key, body);
    return new IncidentSearchQueryResult()
        .items(SearchMapping.all(page.items(), SearchMapping::incident))
        .page(RestMapping.page(page));
  }
}

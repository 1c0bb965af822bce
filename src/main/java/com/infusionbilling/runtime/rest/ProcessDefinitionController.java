package com.infusionbilling.runtime.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.infusionbilling.runtime.search.ProcessDefinitionSearches;
import io.camunda.client.protocol.rest.ProcessDefinitionResult;
import io.camunda.client.protocol.rest.ProcessDefinitionSearchQueryResult;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The Camunda 8 REST API v2 process definition endpoints: search, get, and the BPMN XML. */
@RestController
@RequestMapping("/v2")
public class ProcessDefinitionController {

  private final ProcessDefinitionSearches definitionSearches;

  public ProcessDefinitionController(ProcessDefinitionSearches definitionSearches) {
    this.definitionSearches = definitionSearches;
  }

  @PostMapping("/process-definitions/search")
  public ProcessDefinitionSearchQueryResult searchProcessDefinitions(
      @RequestBody(required = false) JsonNode body) {
    var page = definitionSearches.processDefinitions(body);
    return new ProcessDefinitionSearchQueryResult()
        .items(SearchMapping.all(page.items(), SearchMapping::processDefinition))
        .page(RestMapping.page(page));
  }

  @GetMapping("/process-definitions/{key}")
  public ProcessDefinitionResult processDefinition(@PathVariable long key) {
    return SearchMapping.processDefinition(definitionSearches.processDefinition(key));
  }

  @GetMapping(path = "/process-definitions/{key}/xml")
  public ResponseEntity<String> processDefinitionXml(@PathVariable long key) {
    return ResponseEntity.ok()
        .contentType(MediaType.TEXT_XML)
        .body(definitionSearches.processDefinitionXml(key));
  }
}

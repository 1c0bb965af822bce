package com.infusionbilling.runtime.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.infusionbilling.runtime.command.AssignUserTask;
import com.infusionbilling.runtime.command.CompleteUserTask;
import com.infusionbilling.runtime.command.UnassignUserTask;
import com.infusionbilling.runtime.command.UpdateUserTask;
import com.infusionbilling.runtime.command.UserTaskCommands;
import com.infusionbilling.runtime.search.UserTaskSearches;
import com.infusionbilling.runtime.shared.InvalidArgumentException;
import com.infusionbilling.runtime.state.Json;
import io.camunda.client.protocol.rest.FormResult;
import io.camunda.client.protocol.rest.UserTaskResult;
import io.camunda.client.protocol.rest.UserTaskSearchQueryResult;
import io.camunda.client.protocol.rest.VariableSearchQueryResult;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Camunda user tasks in the REST API v2: search, get, form, variables, and the completion,
 * assignment and update commands. Bodies are read as JSON trees so that a malformed property is a
 * 400 naming it.
 */
@RestController
@RequestMapping("/v2")
public class UserTaskController {

  private static final Set<String> CHANGESET_PROPERTIES =
      Set.of("dueDate", "followUpDate", "candidateGroups", "candidateUsers", "priority");

  private final UserTaskCommands commands;
  private final UserTaskSearches searches;

  public UserTaskController(UserTaskCommands commands, UserTaskSearches searches) {
    this.commands = commands;
    this.searches = searches;
  }

  @PostMapping("/user-tasks/search")
  public UserTaskSearchQueryResult search(@RequestBody(required = false) JsonNode body) {
    var page = searches.search(body);
    return new UserTaskSearchQueryResult()
        .items(SearchMapping.all(page.items(), SearchMapping::userTask))
        .page(RestMapping.page(page));
  }

  @GetMapping("/user-tasks/{key}")
  public UserTaskResult get(@PathVariable long key) {
    return SearchMapping.userTask(searches.get(key));
  }

  @GetMapping("/user-tasks/{key}/form")
  public ResponseEntity<FormResult> form(@PathVariable long key) {
    FormResult form = SearchMapping.form(searches.form(key));
    return form == null ? ResponseEntity.noContent().build() : ResponseEntity.ok(form);
  }

  @GetMapping("/process-definitions/{key}/form")
  public ResponseEntity<FormResult> startForm(@PathVariable long key) {
    FormResult form = SearchMapping.form(searches.startForm(key));
    return form == null ? ResponseEntity.noContent().build() : ResponseEntity.ok(form);
  }

  @PostMapping("/user-tasks/{key}/variables/search")
  public VariableSearchQueryResult variables(
      @PathVariable long key, @RequestBody(required = false) JsonNode body) {
    var page = searches.variables(key, body);
    return new VariableSearchQueryResult()
        .items(SearchMapping.all(page.items(), SearchMapping::variable))
        .page(RestMapping.page(page));
  }

  @PostMapping("/user-tasks/{key}/completion")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void complete(@PathVariable long key, @RequestBody(required = false) JsonNode body) {
    JsonNode variables = body == null ? null : body.get("variables");
    String action = optionalText(body, "action");
    Map<String, Object> values = null;
    if (variables != null && !variables.isNull()) {
      if (!variables.isObject()) {
        throw new InvalidArgumentException(
            "The property 'variables' must be a JSON object, but was " + variables.getNodeType());
      }
      values = Json.parseDocument(variables.toString(), "variables");
    }
    commands.complete(new CompleteUserTask(key, values, action));
  }

  @PostMapping("/user-tasks/{key}/assignment")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void assign(@PathVariable long key, @RequestBody(required = false) JsonNode body) {
    String assignee = optionalText(body, "assignee");
    String action = optionalText(body, "action");
    JsonNode allowOverride = body == null ? null : body.get("allowOverride");
    if (allowOverride != null && !allowOverride.isNull() && !allowOverride.isBoolean()) {
      throw new InvalidArgumentException("The property 'allowOverride' must be a boolean");
    }
    commands.assign(
        new AssignUserTask(
            key,
            assignee,
            allowOverride == null || allowOverride.isNull() ? null : allowOverride.asBoolean(),
            action));
  }

  @DeleteMapping("/user-tasks/{key}/assignee")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void unassign(@PathVariable long key) {
    commands.unassign(new UnassignUserTask(key, null));
  }

  @PatchMapping("/user-tasks/{key}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void update(@PathVariable long key, @RequestBody(required = false) JsonNode body) {
    String action = optionalText(body, "action");
    JsonNode changeset = body == null ? null : body.get("changeset");
    if (changeset == null || changeset.isNull()) {
      commands.update(new UpdateUserTask(key, null, action));
      return;
    }
    if (!changeset.isObject()) {
      throw new InvalidArgumentException("The property 'changeset' must be a JSON object");
    }
    Iterator<String> names = changeset.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!CHANGESET_PROPERTIES.contains(name)) {
        throw new InvalidArgumentException(
            "The property 'changeset." + name + "' is unknown; known: " + CHANGESET_PROPERTIES);
      }
    }
    Integer priority = null;
    JsonNode priorityNode = changeset.get("priority");
    if (priorityNode != null && !priorityNode.isNull()) {
      if (!priorityNode.isInt()) {
        throw UpdateUserTask.Changeset.invalidPriority(priorityNode.asText());
      }
      priority = priorityNode.asInt();
    }
    commands.update(
        new UpdateUserTask(
            key,
            new UpdateUserTask.Changeset(
                date(changeset, "dueDate"),
                date(changeset, "followUpDate"),
                strings(changeset, "candidateGroups"),
                strings(changeset, "candidateUsers"),
                priority),
            action));
  }

  // ---------------------------------------------------------------------------------------------

  private static String optionalText(JsonNode body, String property) {
    JsonNode value = body == null ? null : body.get(property);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new InvalidArgumentException("The property '" + property + "' must be a string");
    }
    return value.asText();
  }

  /** Null: unchanged; {@link UpdateUserTask.Changeset#CLEAR}: an empty string clears it. */
  private static Long date(JsonNode changeset, String property) {
    JsonNode value = changeset.get(property);
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isTextual() && value.asText().isEmpty()) {
      return UpdateUserTask.Changeset.CLEAR;
    }
    try {
      if (!value.isTextual()) {
        throw new DateTimeParseException("not a string", value.toString(), 0);
      }
      return ZonedDateTime.parse(value.asText().strip(), DateTimeFormatter.ISO_ZONED_DATE_TIME)
          .toInstant()
          .toEpochMilli();
    } catch (DateTimeParseException e) {
      throw new InvalidArgumentException(
          "The property 'changeset."
              + property
              + "' must be an ISO 8601 date-time with offset (or an empty string to clear it),"
              + " but was '"
              + value.asText()
              + "'");
    }
  }

  private static List<String> strings(JsonNode changeset, String property) {
    JsonNode value = changeset.get(property);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isArray()) {
      throw new InvalidArgumentException(
          "The property 'changeset." + property + "' must be an array of strings");
    }
    List<String> result = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isTextual() || item.asText().isBlank()) {
        throw new InvalidArgumentException(
            "The property 'changeset." + property + "' must be an array of non-empty strings");
      }
      result.add(item.asText());
    }
    return result;
  }
}

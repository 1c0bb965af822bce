package com.infusionbilling.worklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.infusionbilling.security.CurrentUser;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The worklist API the front end uses (and any client with a user's credentials). */
@RestController
@RequestMapping("/api/worklist/tasks")
public class WorklistController {
  private final WorklistService worklist;

  public WorklistController(WorklistService worklist) {
    this.worklist = worklist;
  }

  @GetMapping
  public WorklistService.TaskPage list(
      Authentication auth,
      @RequestParam(required = false) String view,
      @RequestParam(required = false) String stage,
      @RequestParam(required = false) String payer,
      @RequestParam(required = false) String drug,
      @RequestParam(required = false) Integer dueWithinDays,
      @RequestParam(required = false) String sort,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "25") int size) {
    return worklist.list(
        CurrentUser.of(auth),
        new WorklistService.Query(
            view == null ? null : parse(WorklistService.View.class, "view", view),
            stage == null || stage.isBlank() ? null : Stage.parse(stage),
            payer,
            drug,
            dueWithinDays,
            sort == null ? null : parse(WorklistService.Sort.class, "sort", sort),
            page,
            size));
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new WorklistException.BadRequest(
          field,
          "unknown value '"
              + value
              + "'; one of "
              + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }

  @GetMapping("/{key}")
  public Map<String, Object> task(Authentication auth, @PathVariable long key) {
    CurrentUser user = CurrentUser.of(auth);
    var summary = worklist.view(user, key);
    // today: the date the form's date rules ("not in the future") are checked against
    return Map.of(
        "task",
        summary,
        "variables",
        worklist.variables(user, key),
        "today",
        worklist.today().toString());
  }

  @GetMapping("/{key}/form")
  public ResponseEntity<JsonNode> form(Authentication auth, @PathVariable long key) {
    JsonNode form = worklist.form(CurrentUser.of(auth), key);
    return form == null ? ResponseEntity.noContent().build() : ResponseEntity.ok(form);
  }

  @PostMapping("/{key}/claim")
  public WorklistService.TaskSummary claim(Authentication auth, @PathVariable long key) {
    return worklist.claim(CurrentUser.of(auth), key);
  }

  @PostMapping("/{key}/unclaim")
  public WorklistService.TaskSummary unclaim(Authentication auth, @PathVariable long key) {
    return worklist.unclaim(CurrentUser.of(auth), key);
  }

  public record Reassignment(String assignee) {}

  @PostMapping("/{key}/assignment")
  public WorklistService.TaskSummary reassign(
      Authentication auth, @PathVariable long key, @RequestBody Reassignment body) {
    return worklist.reassign(CurrentUser.of(auth), key, body == null ? null : body.assignee());
  }

  public record Completion(Map<String, Object> variables) {}

  @PostMapping("/{key}/completion")
  public ResponseEntity<Void> complete(
      Authentication auth, @PathVariable long key, @RequestBody(required = false) Completion body) {
    worklist.complete(CurrentUser.of(auth), key, body == null ? null : body.variables());
    return ResponseEntity.noContent().build();
  }
}

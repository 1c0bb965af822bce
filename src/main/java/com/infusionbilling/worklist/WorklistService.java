package com.infusionbilling.worklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.infusionbilling.audit.AuditLog;
import com.infusionbilling.audit.AuditLog.Action;
import com.infusionbilling.audit.AuditLog.EntityType;
import com.infusionbilling.security.CurrentUser;
import com.infusionbilling.security.UserAccounts;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.filter.UserTaskFilter;
import io.camunda.client.api.search.response.SearchResponse;
import io.camunda.client.api.search.response.UserTask;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * The coordinators' worklist over the Camunda 8 v2 user-task API, through {@link CamundaClient}
 * only, so it works the same on the embedded runtime and on a Camunda 8 cluster. Visibility is
 * enforced here, not in the browser: a coordinator sees the tasks assigned to them and the
 * unassigned tasks of their candidate groups; managers see every open task.
 */
@Service
public class WorklistService {

  /** Which tasks a list shows. */
  public enum View {
    /** assigned to me */
    MINE,
    /** unassigned, candidate group one of mine */
    GROUP,
    /** every open task (managers) */
    ALL
  }

  public enum Sort {
    DUE,
    PRIORITY,
    CREATED
  }

  public record Query(
      View view,
      Stage stage,
      String payerId,
      String drugHcpcs,
      Integer dueWithinDays,
      Sort sort,
      int page,
      int size) {}

  public record TaskSummary(
      long key,
      String name,
      String elementId,
      String processId,
      long processInstanceKey,
      String stage,
      String assignee,
      List<String> candidateGroups,
      Integer priority,
      OffsetDateTime created,
      OffsetDateTime due,
      boolean overdue,
      boolean atRisk,
      boolean hasForm,
      TaskRows.EpisodeLabel episode) {}

  public record TaskPage(List<TaskSummary> items, long total, int page, int size) {}

  /** A task is at risk once this share of the time from creation to due date has passed. */
  static final double AT_RISK_SHARE = 0.8;

  private final UserAccounts users;
  private final CamundaClient camunda;
  private final AuditLog audit;
  private final ObjectMapper json;
  private final FormValidator forms;
  private final TaskRows rows;
  private final List<TaskCompletionCheck> checks;
  private final Clock clock;

  public WorklistService(
      CamundaClient camunda,
      AuditLog audit,
      ObjectMapper json,
      FormValidator forms,
      UserAccounts users,
      TaskRows rows,
      List<TaskCompletionCheck> checks) {
    this.camunda = camunda;
    this.users = users;
    this.audit = audit;
    this.json = json;
    this.forms = forms;
    this.rows = rows;
    this.checks = List.copyOf(checks);
    this.clock = Clock.systemUTC();
  }

  public TaskPage list(CurrentUser user, Query q) {
    int size = Math.max(1, Math.min(q.size(), 200));
    int page = Math.max(0, q.page());
    View view = q.view() == null ? (user.isManager() ? View.ALL : View.MINE) : q.view();
    if (view == View.ALL && !user.isManager()) {
      throw new WorklistException.Forbidden("only managers see every task");
    }
    if (view == View.GROUP && user.groups().isEmpty()) {
      return new TaskPage(List.of(), 0, page, size);
    }
    List<Stage.Source> sources =
        q.stage() == null ? List.of(new Stage.Source("", null)) : q.stage().sources();
    // the payer filter matches payer names as well as IDs: one search per payer it names
    List<String> payerIds = rows.payerIds(q.payerId());
    if (payerIds != null && payerIds.isEmpty()) {
      return new TaskPage(List.of(), 0, page, size);
    }
    List<String> payers = payerIds == null ? java.util.Collections.singletonList(null) : payerIds;
    // one v2 search per process of the stage (and payer), each for the first (page + 1) * size
    // tasks in the requested order, merged: exact for the page, never more than a page per search
    List<UserTask> merged = new ArrayList<>();
    long total = 0;
    int window = (page + 1) * size;
    for (Stage.Source source : sources) {
      for (String payerId : payers) {
        SearchResponse<UserTask> response =
            camunda
                .newUserTaskSearchRequest()
                .filter(filter(user, view, source, payerId, q))
                .sort(
                    s -> {
                      switch (q.sort() == null ? Sort.DUE : q.sort()) {
                        case PRIORITY -> s.priority().desc().dueDate().asc();
                        case CREATED -> s.creationDate().asc();
                        default -> s.dueDate().asc().priority().desc();
                      }
                    })
                .page(p -> p.from(0).limit(window))
                .send()
                .join();
        merged.addAll(response.items());
        total += response.page().totalItems() == null ? 0 : response.page().totalItems();
      }
    }
    merged.sort(order(q.sort()));
    List<UserTask> shown =
        merged.stream()
            .skip((long) page * size)
            .limit(size)
            // defence in depth: the filter already did this
            .filter(t -> visible(user, t))
            .toList();
    // patient, drug and payer, so two tasks of the same kind can be told apart
    Map<Long, TaskRows.EpisodeLabel> labels = rows.labels(shown);
    List<TaskSummary> items =
        shown.stream().map(t -> summary(t, labels.get(t.getUserTaskKey()))).toList();
    return new TaskPage(items, total, page, size);
  }

  private Consumer<UserTaskFilter> filter(
      CurrentUser user, View view, Stage.Source source, String payerId, Query q) {
    return f -> {
      f.state(UserTaskState.CREATED);
      switch (view) {
        case MINE -> f.assignee(user.username());
        case GROUP -> {
          f.assignee(a -> a.exists(false));
          f.candidateGroup(g -> g.in(new ArrayList<>(user.groups())));
        }
        case ALL -> {}
      }
      if (!source.processId().isEmpty()) {
        f.bpmnProcessId(source.processId());
      }
      if (source.elementId() != null) {
        f.elementId(source.elementId());
      }
      if (q.dueWithinDays() != null) {
        OffsetDateTime limit = OffsetDateTime.now(clock).plusDays(q.dueWithinDays());
        f.dueDate(d -> d.lte(limit));
      }
      List<Consumer<io.camunda.client.api.search.filter.VariableValueFilter>> vars =
          new ArrayList<>();
      if (payerId != null) {
        vars.add(v -> v.name("payerId").value(json(payerId)));
      }
      if (q.drugHcpcs() != null && !q.drugHcpcs().isBlank()) {
        vars.add(v -> v.name("hcpcs").value(json(q.drugHcpcs())));
      }
      if (!vars.isEmpty()) {
        f.processInstanceVariables(vars);
      }
    };
  }

  private String json(String value) {
    try {
      return json.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Comparator<UserTask> order(Sort sort) {
    Comparator<UserTask> due =
        Comparator.comparing(UserTask::getDueDate, Comparator.nullsLast(Comparator.naturalOrder()));
    Comparator<UserTask> priority =
        Comparator.comparing(
            (UserTask t) -> t.getPriority() == null ? 0 : t.getPriority(),
            Comparator.reverseOrder());
    Comparator<UserTask> created =
        Comparator.comparing(
            UserTask::getCreationDate, Comparator.nullsLast(Comparator.naturalOrder()));
    Comparator<UserTask> byKey = Comparator.comparing(UserTask::getUserTaskKey);
    return switch (sort == null ? Sort.DUE : sort) {
      case PRIORITY -> priority.thenComparing(due).thenComparing(byKey);
      case CREATED -> created.thenComparing(byKey);
      default -> due.thenComparing(priority).thenComparing(byKey);
    };
  }

  /** Who may see a task: managers all; others their own, or their groups' unassigned ones. */
  static boolean visible(CurrentUser user, UserTask task) {
    if (user.isManager()) {
      return true;
    }
    if (user.username().equals(task.getAssignee())) {
      return true;
    }
    return task.getAssignee() == null && user.inAnyGroup(task.getCandidateGroups());
  }

  /** Who may work on a task (claim, complete): managers all, others only in its groups. */
  static boolean inGroups(CurrentUser user, UserTask task) {
    return user.isManager()
        || user.inAnyGroup(task.getCandidateGroups())
        || user.username().equals(task.getAssignee());
  }

  TaskSummary summary(UserTask t) {
    return summary(t, null);
  }

  TaskSummary summary(UserTask t, TaskRows.EpisodeLabel episode) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    OffsetDateTime due = t.getDueDate();
    boolean overdue = due != null && due.isBefore(now);
    boolean atRisk = false;
    if (due != null && !overdue && t.getCreationDate() != null) {
      long span = Duration.between(t.getCreationDate(), due).toMillis();
      long used = Duration.between(t.getCreationDate(), now).toMillis();
      atRisk = span > 0 && used >= AT_RISK_SHARE * span;
    }
    return new TaskSummary(
        t.getUserTaskKey(),
        t.getName(),
        t.getElementId(),
        t.getBpmnProcessId(),
        t.getProcessInstanceKey(),
        Stage.of(t.getBpmnProcessId(), t.getElementId()).map(Enum::name).orElse(null),
        t.getAssignee(),
        t.getCandidateGroups() == null ? List.of() : t.getCandidateGroups(),
        t.getPriority(),
        t.getCreationDate(),
        due,
        overdue,
        atRisk,
        t.getFormKey() != null || t.getExternalFormReference() != null,
        episode);
  }

  /** The task if this user may see it; 404 otherwise (existence is not revealed). */
  public UserTask task(CurrentUser user, long key) {
    UserTask task = fetch(key);
    boolean open = task.getState() == UserTaskState.CREATED;
    if (!(open ? visible(user, task) : inGroups(user, task))) {
      throw new WorklistException.NotFound(key);
    }
    return task;
  }

  public TaskSummary view(CurrentUser user, long key) {
    UserTask task = task(user, key);
    audit.record(Action.VIEW, EntityType.TASK, key, task.getName());
    return summary(task);
  }

  public Map<String, Object> variables(CurrentUser user, long key) {
    task(user, key);
    return variables(key);
  }

  /** "Today" as the server's date rules of forms see it (the sites' zone). */
  public java.time.LocalDate today() {
    return forms.today();
  }

  private Map<String, Object> variables(long key) {
    Map<String, Object> out = new LinkedHashMap<>();
    camunda
        .newUserTaskVariableSearchRequest(key)
        .page(p -> p.limit(500))
        .send()
        .join()
        .items()
        .forEach(v -> out.put(v.getName(), parse(v.getValue())));
    return out;
  }

  private Object parse(String value) {
    if (value == null) {
      return null;
    }
    try {
      return json.readValue(value, Object.class);
    } catch (Exception e) {
      return value;
    }
  }

  /** The form-js schema linked to the task, or null when it has none. */
  public JsonNode form(CurrentUser user, long key) {
    UserTask task = task(user, key);
    if (task.getFormKey() == null) {
      return null;
    }
    Object schema = camunda.newUserTaskGetFormRequest(key).send().join().getSchema();
    try {
      return schema instanceof String s ? json.readTree(s) : json.valueToTree(schema);
    } catch (Exception e) {
      throw new IllegalStateException("the form of task " + key + " is not JSON", e);
    }
  }

  public TaskSummary claim(CurrentUser user, long key) {
    UserTask task = task(user, key);
    requireOpen(task);
    if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
      throw new WorklistException.Conflict(
          "This task was claimed by " + task.getAssignee() + " meanwhile.");
    }
    return assign(user, task, user.username());
  }

  public TaskSummary reassign(CurrentUser user, long key, String assignee) {
    if (!user.isManager()) {
      throw new WorklistException.Forbidden("only managers reassign tasks");
    }
    if (assignee == null || assignee.isBlank()) {
      throw new WorklistException.BadRequest("assignee", "is required");
    }
    UserTask task = task(user, key);
    requireOpen(task);
    // only to an existing, enabled user who may work on the task (security decides who that is)
    users
        .refusalAsAssignee(assignee.trim(), task.getCandidateGroups())
        .ifPresent(
            reason -> {
              throw new WorklistException.BadRequest("assignee", reason);
            });
    return assign(user, task, assignee.trim());
  }

  private TaskSummary assign(CurrentUser user, UserTask task, String assignee) {
    try {
      camunda
          .newAssignUserTaskCommand(task.getUserTaskKey())
          .assignee(assignee)
          .allowOverride(true)
          .send()
          .join();
    } catch (ProblemException e) {
      throw translate(task.getUserTaskKey(), e);
    }
    audit.record(Action.ASSIGN, EntityType.TASK, task.getUserTaskKey(), "to " + assignee);
    return summary(fetch(task.getUserTaskKey()));
  }

  public TaskSummary unclaim(CurrentUser user, long key) {
    UserTask task = task(user, key);
    requireOpen(task);
    if (!user.isManager() && !user.username().equals(task.getAssignee())) {
      throw new WorklistException.Forbidden("only the assignee or a manager can unclaim a task");
    }
    try {
      camunda.newUnassignUserTaskCommand(key).send().join();
    } catch (ProblemException e) {
      throw translate(key, e);
    }
    audit.record(Action.UNASSIGN, EntityType.TASK, key, null);
    return summary(fetch(key));
  }

  /**
   * Completes the task with the form's values after validating them against its form again. The
   * user must be the assignee (claim first) or a manager.
   */
  public void complete(CurrentUser user, long key, Map<String, Object> values) {
    UserTask task = task(user, key);
    requireOpen(task);
    if (!user.username().equals(task.getAssignee()) && !user.isManager()) {
      throw new WorklistException.Forbidden("claim the task before completing it");
    }
    Map<String, Object> variables = values == null ? Map.of() : values;
    JsonNode form = form(user, key);
    if (form != null) {
      // the viewer sends read-only context back: compare it with what the form was filled with
      variables = forms.validate(form, variables(key), variables);
    }
    for (TaskCompletionCheck check : checks) {
      if (check.elementId().equals(task.getElementId())) {
        check.check(variables);
      }
    }
    try {
      camunda.newCompleteUserTaskCommand(key).variables(variables).send().join();
    } catch (ProblemException e) {
      throw translate(key, e);
    }
    audit.record(Action.COMPLETE, EntityType.TASK, key, task.getName());
  }

  private UserTask fetch(long key) {
    try {
      return camunda.newUserTaskGetRequest(key).send().join();
    } catch (ProblemException e) {
      if (e.code() == 404) {
        throw new WorklistException.NotFound(key);
      }
      throw e;
    }
  }

  private static void requireOpen(UserTask task) {
    if (task.getState() != UserTaskState.CREATED) {
      throw new WorklistException.Conflict(
          "This task was already "
              + (task.getState() == UserTaskState.COMPLETED ? "completed" : "closed")
              + " by someone else. The list has been reloaded.");
    }
  }

  /** A command refused because the task changed meanwhile becomes a clear 409. */
  private RuntimeException translate(long key, ProblemException e) {
    if (e.code() == 404 || e.code() == 409) {
      UserTask now;
      try {
        now = camunda.newUserTaskGetRequest(key).send().join();
      } catch (ProblemException gone) {
        return new WorklistException.Conflict(
            "This task no longer exists: it was completed or cancelled meanwhile.");
      }
      if (now.getState() != UserTaskState.CREATED) {
        return new WorklistException.Conflict(
            "This task was completed by someone else meanwhile. The list has been reloaded.");
      }
      return new WorklistException.Conflict("The task changed meanwhile; reload and try again.");
    }
    return e;
  }
}

package com.infusionbilling.runtime.engine;

import com.infusionbilling.runtime.model.BpmnElementType;
import com.infusionbilling.runtime.model.EventDefinition;
import com.infusionbilling.runtime.model.ExecutableElement;
import com.infusionbilling.runtime.state.SqlStates;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Compensation (docs.camunda.io "Compensation events", "Compensation handler"): an activity with a
 * compensation boundary event leaves a subscription each time it completes (a multi-instance
 * activity once, when all its instances completed). A compensation throw or end event invokes the
 * handlers of the completed activities of its scope (or of the one activity its {@code activityRef}
 * names), including those inside completed embedded sub-processes of the scope but not inside
 * active or terminated ones, and waits until every invoked handler completed; an event sub-process
 * compensates the scope it belongs to. Handlers of called instances are not invoked.
 */
final class Compensations {

  /**
   * The states of a compensation subscription ({@code rt_compensation.state} holds the name):
   * CREATED when its activity completed, TRIGGERED while its handler runs, COMPLETED after it,
   * DELETED when its scope ended without compensating.
   */
  enum State {
    CREATED,
    TRIGGERED,
    COMPLETED,
    DELETED
  }

  /** One subscription: a completed activity its handler can undo. */
  static final class Subscription {
    final long key;
    final long elementInstanceKey;
    final String elementId;
    final String handlerId;
    final long scopeKey;
    final List<Long> scopePath;
    State state;
    Long throwInstanceKey;
    Long handlerInstanceKey;
    final boolean persisted;
    boolean dirty;

    Subscription(
        long key,
        long elementInstanceKey,
        String elementId,
        String handlerId,
        long scopeKey,
        List<Long> scopePath,
        State state,
        Long throwInstanceKey,
        Long handlerInstanceKey,
        boolean persisted) {
      this.key = key;
      this.elementInstanceKey = elementInstanceKey;
      this.elementId = elementId;
      this.handlerId = handlerId;
      this.scopeKey = scopeKey;
      this.scopePath = scopePath;
      this.state = state;
      this.throwInstanceKey = throwInstanceKey;
      this.handlerInstanceKey = handlerInstanceKey;
      this.persisted = persisted;
    }
  }

  private final ProcessInstanceExecution execution;
  private final List<Subscription> subscriptions = new ArrayList<>();
  private final Set<Long> terminatedScopes = new LinkedHashSet<>();
  private JdbcTemplate jdbc;
  private boolean loaded;

  Compensations(ProcessInstanceExecution execution) {
    this.execution = execution;
  }

  void useDatabase(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** An element instance completed: an activity with a compensation handler can be undone now. */
  void completed(ElementInstance instance) {
    ExecutableElement element = instance.element();
    if (element.compensationHandler() == null || execution.multiInstanceBodyOf(instance) != null) {
      return; // a multi-instance activity subscribes once, when its body completes
    }
    List<Long> path = execution.scopeChain(instance.flowScopeKey());
    subscriptions.add(
        new Subscription(
            execution.nextKey(),
            instance.key(),
            element.id(),
            element.compensationHandler().id(),
            instance.flowScopeKey(),
            path,
            State.CREATED,
            null,
            null,
            false));
  }

  /** A scope was terminated: the activities that completed inside it are not compensated. */
  void terminated(ElementInstance instance) {
    if (instance.element().type() == BpmnElementType.SUB_PROCESS
        || instance.element().type() == BpmnElementType.EVENT_SUB_PROCESS) {
      terminatedScopes.add(instance.key());
      for (Subscription s : subscriptions) {
        if (s.scopePath.contains(instance.key()) && s.state == State.CREATED) {
          s.state = State.DELETED;
          s.dirty = true;
        }
      }
    }
  }

  /**
   * A compensation throw or end event was reached: invokes the handlers and returns true, or
   * returns false when there is nothing to compensate (the event completes at once).
   */
  boolean throwCompensation(ElementInstance thrower) {
    load();
    ElementInstance scope = execution.instance(thrower.flowScopeKey());
    if (scope.element().type() == BpmnElementType.EVENT_SUB_PROCESS) {
      scope = execution.instance(scope.flowScopeKey()); // the scope the event sub-process is in
    }
    String activityRef =
        ((EventDefinition.Compensation) thrower.element().eventDefinition()).activityRef();
    List<Subscription> invoked = new ArrayList<>();
    for (Subscription s : subscriptions) {
      if (s.state != State.CREATED || !s.scopePath.contains(scope.key())) {
        continue;
      }
      if (activityRef != null && (!activityRef.equals(s.elementId) || s.scopeKey != scope.key())) {
        continue;
      }
      if (insideActiveScope(s, scope.key())) {
        continue; // a sub-process that is still running is not compensated
      }
      invoked.add(s);
    }
    if (invoked.isEmpty()) {
      return false;
    }
    for (Subscription s : invoked) {
      s.state = State.TRIGGERED;
      s.throwInstanceKey = thrower.key();
      s.dirty = true;
      ElementInstance handler =
          execution.activateCompensationHandler(scope, execution.process().element(s.handlerId));
      s.handlerInstanceKey = handler.key();
    }
    return true;
  }

  private boolean insideActiveScope(Subscription s, long compensatedScope) {
    for (Long key : s.scopePath) {
      if (key == compensatedScope) {
        return false;
      }
      ElementInstance between = execution.instance(key);
      if (between != null && between.isActive()) {
        return true;
      }
    }
    return false;
  }

  /** A compensation handler completed: its throw event completes once all its handlers did. */
  void handlerCompleted(ElementInstance handler) {
    if (!handler.element().isForCompensation()) {
      return;
    }
    load();
    Long throwKey = null;
    for (Subscription s : subscriptions) {
      Long handlerKey = s.handlerInstanceKey;
      if (handlerKey != null && handlerKey == handler.key() && s.state == State.TRIGGERED) {
        s.state = State.COMPLETED;
        s.dirty = true;
        throwKey = s.throwInstanceKey;
      }
    }
    if (throwKey == null) {
      return;
    }
    for (Subscription s : subscriptions) {
      if (throwKey.equals(s.throwInstanceKey) && s.state == State.TRIGGERED) {
        return; // other handlers of the throw event still run
      }
    }
    ElementInstance thrower = execution.instance(throwKey);
    if (thrower != null && thrower.isActive()) {
      execution.complete(thrower);
    }
  }

  private void load() {
    if (loaded || jdbc == null) {
      loaded = true;
      return;
    }
    loaded = true;
    Set<Long> known =
        subscriptions.stream().map(s -> s.key).collect(Collectors.toCollection(LinkedHashSet::new));
    jdbc.query(
        "SELECT * FROM rt_compensation WHERE process_instance_key = ?"
            + " AND state IN ("
            + SqlStates.of(State.CREATED, State.TRIGGERED)
            + ")",
        rs -> {
          long key = rs.getLong("compensation_key");
          if (known.contains(key)) {
            return;
          }
          Subscription s =
              new Subscription(
                  key,
                  rs.getLong("element_instance_key"),
                  rs.getString("element_id"),
                  rs.getString("handler_id"),
                  rs.getLong("scope_key"),
                  Arrays.stream(rs.getString("scope_path").split(",")).map(Long::valueOf).toList(),
                  State.valueOf(rs.getString("state")),
                  InstanceStore.nullableLong(rs, "throw_instance_key"),
                  InstanceStore.nullableLong(rs, "handler_instance_key"),
                  true);
          if (s.scopePath.stream().anyMatch(terminatedScopes::contains)
              && s.state == State.CREATED) {
            s.state = State.DELETED;
            s.dirty = true;
          }
          subscriptions.add(s);
        },
        execution.processInstance().key);
  }

  /** Writes the subscriptions this command created or changed. */
  void write(JdbcTemplate jdbc) {
    long now = execution.now();
    for (Subscription s : subscriptions) {
      if (!s.persisted) {
        jdbc.update(
            "INSERT INTO rt_compensation (compensation_key, process_instance_key,"
                + " element_instance_key, element_id, handler_id, scope_key, scope_path, state,"
                + " throw_instance_key, handler_instance_key, created_at)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            s.key,
            execution.processInstance().key,
            s.elementInstanceKey,
            s.elementId,
            s.handlerId,
            s.scopeKey,
            s.scopePath.stream().map(String::valueOf).collect(Collectors.joining(",")),
            s.state.name(),
            s.throwInstanceKey,
            s.handlerInstanceKey,
            now);
      } else if (s.dirty) {
        jdbc.update(
            "UPDATE rt_compensation SET state = ?, throw_instance_key = ?,"
                + " handler_instance_key = ? WHERE compensation_key = ?",
            s.state.name(),
            s.throwInstanceKey,
            s.handlerInstanceKey,
            s.key);
      }
    }
    for (Long scope : terminatedScopes) {
      // subscriptions not loaded by this command: those completed inside the terminated scope
      jdbc.update(
          "UPDATE rt_compensation SET state = "
              + SqlStates.of(State.DELETED)
              + " WHERE process_instance_key = ? AND state = "
              + SqlStates.of(State.CREATED)
              + " AND CONCAT(',', scope_path, ',') LIKE ?",
          execution.processInstance().key,
          "%," + scope + ",%");
    }
  }
}

package com.infusionbilling.runtime.engine;

import com.infusionbilling.runtime.model.BpmnElementType;
import com.infusionbilling.runtime.model.ExecutableElement;
import com.infusionbilling.runtime.model.ExecutableFlow;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The agenda of one command and the tokens on their way: sequence flows taken towards their
 * targets, joining gateways (parallel: every incoming flow; inclusive: every token that can still
 * arrive) and the completion of a scope once nothing is active or on its way inside it.
 *
 * <p>Work is queued rather than recursed into, so a scope is only considered complete once every
 * token taken towards it has arrived, and elements are activated in the order flows were taken.
 */
final class TokenFlow {

  private final ProcessInstanceExecution execution;
  private final Deque<Runnable> agenda = new ArrayDeque<>();

  /** Tokens on their way (flow taken, target not yet activated): scope key → element id → n. */
  private final Map<Long, Map<String, Integer>> pendingTokens = new HashMap<>();

  TokenFlow(ProcessInstanceExecution execution) {
    this.execution = execution;
  }

  /** Queues work to run later in this command. */
  void later(Runnable work) {
    agenda.add(work);
  }

  /** Drops every queued step (the process instance is canceled). */
  void clear() {
    agenda.clear();
  }

  /** Processes queued work until every token waits, then re-checks inclusive joins. */
  void run() {
    while (true) {
      while (!agenda.isEmpty()) {
        agenda.poll().run();
      }
      if (!fireWaitingInclusiveJoins()) {
        return;
      }
    }
  }

  void takeFlow(ElementInstance scope, ExecutableFlow flow) {
    String targetId = flow.target().id();
    Map<String, Integer> tokens = pendingTokens.computeIfAbsent(scope.key(), k -> new HashMap<>());
    tokens.merge(targetId, 1, Integer::sum);
    agenda.add(
        () -> {
          tokens.merge(targetId, -1, Integer::sum);
          if (!scope.isActive() || pendingTokens.get(scope.key()) != tokens) {
            return; // the scope ended, or an interrupting event discarded its tokens
          }
          ExecutableElement target = flow.target();
          if (target.isJoin()) {
            scope
                .joinTokens()
                .computeIfAbsent(target.id(), k -> new LinkedHashMap<>())
                .merge(flow.id(), 1, Integer::sum);
            scope.joinTokensChanged();
            tryJoin(scope, target);
          } else {
            execution.activateChild(scope, target, flow.isSequenceFlow() ? flow.id() : null);
          }
        });
  }

  /** Fires a join gateway once its condition holds; returns whether it fired. */
  private boolean tryJoin(ElementInstance scope, ExecutableElement gateway) {
    Map<String, Integer> tokens = scope.joinTokens().get(gateway.id());
    if (tokens == null) {
      return false;
    }
    boolean fire;
    if (gateway.type() == BpmnElementType.PARALLEL_GATEWAY) {
      fire = gateway.incoming().stream().allMatch(f -> tokens.getOrDefault(f.id(), 0) > 0);
    } else {
      boolean any = tokens.values().stream().anyMatch(n -> n > 0);
      fire =
          any
              && gateway.incoming().stream()
                  .filter(f -> tokens.getOrDefault(f.id(), 0) == 0)
                  .noneMatch(f -> tokenCanStillArrive(scope, gateway, f));
    }
    if (!fire) {
      return false;
    }
    List<String> consumed = new ArrayList<>();
    for (ExecutableFlow flow : gateway.incoming()) {
      if (tokens.getOrDefault(flow.id(), 0) > 0) {
        consumed.add(flow.id());
      }
      tokens.computeIfPresent(flow.id(), (k, n) -> n > 1 ? n - 1 : null);
    }
    if (tokens.isEmpty()) {
      scope.joinTokens().remove(gateway.id());
    }
    scope.joinTokensChanged();
    execution.activateChild(scope, gateway, String.join(",", consumed));
    return true;
  }

  private boolean tokenCanStillArrive(
      ElementInstance scope, ExecutableElement gateway, ExecutableFlow incoming) {
    Set<String> upstream = gateway.reachableFrom(incoming);
    if (upstream.isEmpty()) {
      return false;
    }
    for (ElementInstance child : execution.activeChildren(scope.key())) {
      if (upstream.contains(child.element().id())) {
        return true;
      }
    }
    Map<String, Integer> pending = pendingTokens.getOrDefault(scope.key(), Map.of());
    for (Map.Entry<String, Integer> entry : pending.entrySet()) {
      if (entry.getValue() > 0 && upstream.contains(entry.getKey())) {
        return true;
      }
    }
    for (Map.Entry<String, Map<String, Integer>> join : scope.joinTokens().entrySet()) {
      if (!join.getKey().equals(gateway.id())
          && upstream.contains(join.getKey())
          && join.getValue().values().stream().anyMatch(n -> n > 0)) {
        return true;
      }
    }
    return false;
  }

  private boolean fireWaitingInclusiveJoins() {
    for (ElementInstance scope : new ArrayList<>(execution.allInstances())) {
      if (!scope.isActive() || scope.joinTokens().isEmpty()) {
        continue;
      }
      for (String gatewayId : new ArrayList<>(scope.joinTokens().keySet())) {
        ExecutableElement gateway = execution.process().element(gatewayId);
        if (gateway.type() == BpmnElementType.INCLUSIVE_GATEWAY && tryJoin(scope, gateway)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Completes the scope when nothing is active or on its way inside it any more. */
  void checkScopeCompletion(ElementInstance scope) {
    if (scope == null || scope.lifecycle() != Lifecycle.ACTIVATED) {
      return;
    }
    if (isEmptyScope(scope)) {
      execution.complete(scope);
    }
  }

  /** Whether nothing is active or on its way inside the scope any more. */
  boolean isEmptyScope(ElementInstance scope) {
    return execution.activeChildren(scope.key()).isEmpty()
        && !hasPendingTokens(scope.key())
        && !scope.hasJoinTokens();
  }

  private boolean hasPendingTokens(long scopeKey) {
    return pendingTokens.getOrDefault(scopeKey, Map.of()).values().stream().anyMatch(n -> n > 0);
  }

  /** Tokens on their way inside the scope are dropped (an interrupting event took over). */
  void discardPendingTokens(long scopeKey) {
    pendingTokens.remove(scopeKey);
  }
}

package com.infusionbilling.runtime.engine;

import com.infusionbilling.runtime.state.Json;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The variables of the active scopes of one process instance, with Camunda 8's scoping rules: inner
 * scopes shadow outer ones, local writes stay in their scope, and propagation updates the nearest
 * scope that already holds the variable or creates it in the process-instance scope.
 */
public final class VariableStore {

  /** One variable. Values are JSON text, parsed on demand. */
  public static final class Variable {
    final long key;
    final long scopeKey;
    final String name;
    String json;
    private Object value;
    private boolean parsed;
    final boolean persisted;
    boolean dirty;

    Variable(long key, long scopeKey, String name, String json, boolean persisted) {
      this.key = key;
      this.scopeKey = scopeKey;
      this.name = name;
      this.json = json;
      this.persisted = persisted;
    }

    public long key() {
      return key;
    }

    public long scopeKey() {
      return scopeKey;
    }

    public String name() {
      return name;
    }

    public String json() {
      return json;
    }

    Object value() {
      if (!parsed) {
        value = Json.parse(json);
        parsed = true;
      }
      return value;
    }

    void set(String json, Object value) {
      this.json = json;
      this.value = value;
      this.parsed = true;
      this.dirty = true;
    }
  }

  private final Map<Long, Map<String, Variable>> scopes = new HashMap<>();
  private final List<Variable> created = new ArrayList<>();
  private final LongSupplier keys;
  private Runnable loader;

  /** Defers reading the stored variables until one is first needed. */
  void loadLazily(Runnable loader) {
    this.loader = loader;
  }

  private void ensureLoaded() {
    if (loader != null) {
      Runnable load = loader;

      loader = null;
      load.run();
    }
  }

  public VariableStore(LongSupplier keys) {
    this.keys = keys;
  }

  void load(long scopeKey, String name, long key, String json) {
    scopes
        .computeIfAbsent(scopeKey, k -> new LinkedHashMap<>())
        .put(name, new Variable(key, scopeKey, name, json, true));
  }

  /** Every variable visible from a scope chain (innermost first); inner scopes win. */
  public Map<String, Object> visible(List<Long> chain) {
    ensureLoaded();
    Map<String, Object> merged = new HashMap<>();
    for (int i = chain.size() - 1; i >= 0; i--) {
      Map<String, Variable> scope = scopes.get(chain.get(i));
      if (scope != null) {
        for (Variable variable : scope.values()) {
          merged.put(variable.name, variable.value());
        }
      }
    }
    return merged;
  }

  /**
   * The variables visible from a scope chain (innermost first; inner scopes win) as JSON text, all
   * of them or only the wanted names: what a job's worker receives.
   */
  public Map<String, String> visibleJson(List<Long> chain, Collection<String> wanted) {
    ensureLoaded();
    Map<String, String> merged = new LinkedHashMap<>();
    for (int i = chain.size() - 1; i >= 0; i--) {
      Map<String, Variable> scope = scopes.get(chain.get(i));
      if (scope != null) {
        for (Variable variable : scope.values()) {
          if (wanted.isEmpty() || wanted.contains(variable.name)) {
            merged.put(variable.name, variable.json);
          }
        }
      }
    }
    return merged;
  }

  public Map<String, Object> local(long scopeKey) {
    ensureLoaded();
    Map<String, Object> result = new HashMap<>();
    Map<String, Variable> scope = scopes.get(scopeKey);
    if (scope != null) {
      scope.values().forEach(v -> result.put(v.name, v.value()));
    }
    return result;
  }

  public void setLocal(long scopeKey, String name, Object value) {
    setLocalJson(scopeKey, name, Json.write(value), value);
  }

  void setLocalJson(long scopeKey, String name, String json, Object value) {
    ensureLoaded();
    Map<String, Variable> scope = scopes.computeIfAbsent(scopeKey, k -> new LinkedHashMap<>());
    Variable existing = scope.get(name);
    if (existing == null) {
      Variable variable = new Variable(keys.getAsLong(), scopeKey, name, json, false);
      variable.value = value;
      variable.parsed = true;
      scope.put(name, variable);
      created.add(variable);
    } else if (!Objects.equals(existing.json, json)) {
      existing.set(json, value);
    }
  }

  public void setAllLocal(long scopeKey, Map<String, Object> variables) {
    variables.forEach((name, value) -> setLocal(scopeKey, name, value));
  }

  /** Merge variables from a scope upward, as Camunda's variable propagation does. */
  public void propagate(List<Long> chain, Map<String, Object> variables) {
    ensureLoaded();
    for (Map.Entry<String, Object> entry : variables.entrySet()) {
      long target = chain.get(chain.size() - 1);
      for (Long scopeKey : chain) {
        Map<String, Variable> scope = scopes.get(scopeKey);
        if (scope != null && scope.containsKey(entry.getKey())) {
          target = scopeKey;
          break;
        }
      }
      setLocal(target, entry.getKey(), entry.getValue());
    }
  }

  public Object localValue(long scopeKey, String name) {
    ensureLoaded();
    Map<String, Variable> scope = scopes.get(scopeKey);
    Variable variable = scope == null ? null : scope.get(name);
    return variable == null ? null : variable.value();
  }

  List<Variable> created() {
    return created;
  }

  List<Variable> updated() {
    if (loader != null) {
      return List.of(); // never read, so none changed: no need to read them now
    }
    List<Variable> updated = new ArrayList<>();
    for (Map<String, Variable> scope : scopes.values()) {
      for (Variable variable : scope.values()) {
        if (variable.persisted && variable.dirty) {
          updated.add(variable);
        }
      }
    }
    return updated;
  }
}

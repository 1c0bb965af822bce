package com.infusionbilling.runtime.engine;

import com.infusionbilling.runtime.model.ExecutableElement;
import java.util.LinkedHashMap;
import java.util.Map;

/** An element instance as the engine sees it while it executes one command. */
public final class ElementInstance {
  private final long key;
  private final ExecutableElement element;
  private final Long flowScopeKey;
  private final long startTime;
  private Lifecycle lifecycle;
  private Long endTime;
  private Long incidentKey;
  private Long jobKey;
  private String enteredBy;
  private boolean multiInstanceBody;
  private boolean adHocInnerInstance;
  private boolean adHocCompletionFulfilled;
  private LoopState loopState;
  private Integer listenerIndex;
  private java.util.List<String> pendingStart;

  /** Tokens waiting at joins in this scope: gateway id → incoming flow id → count. */
  private final Map<String, Map<String, Integer>> joinTokens;

  final boolean persisted;
  boolean dirty;

  ElementInstance(
      long key,
      ExecutableElement element,
      Long flowScopeKey,
      long startTime,
      Lifecycle lifecycle,
      Long endTime,
      Long incidentKey,
      Long jobKey,
      Map<String, Map<String, Integer>> joinTokens,
      boolean persisted) {
    this.key = key;
    this.element = element;
    this.flowScopeKey = flowScopeKey;
    this.startTime = startTime;
    this.lifecycle = lifecycle;
    this.endTime = endTime;
    this.incidentKey = incidentKey;
    this.jobKey = jobKey;
    this.joinTokens = joinTokens == null ? new LinkedHashMap<>() : joinTokens;
    this.persisted = persisted;
  }

  public long key() {
    return key;
  }

  public ExecutableElement element() {
    return element;
  }

  public Long flowScopeKey() {
    return flowScopeKey;
  }

  public long startTime() {
    return startTime;
  }

  public Lifecycle lifecycle() {
    return lifecycle;
  }

  public Long endTime() {
    return endTime;
  }

  public Long incidentKey() {
    return incidentKey;
  }

  public Long jobKey() {
    return jobKey;
  }

  /** The sequence flow(s) taken into this element instance, comma-separated; null if none. */
  public String enteredBy() {
    return enteredBy;
  }

  void setEnteredBy(String enteredBy) {
    this.enteredBy = enteredBy;
  }

  /** Whether this is the body of a multi-instance activity (its inner instances are children). */
  public boolean isMultiInstanceBody() {
    return multiInstanceBody;
  }

  void setMultiInstanceBody(boolean multiInstanceBody) {
    this.multiInstanceBody = multiInstanceBody;
  }

  /**
   * Whether this is an inner instance of an ad-hoc sub-process: the scope (with the sub-process's
   * element id) in which one activated element and the flow following it run.
   */
  public boolean isAdHocInnerInstance() {
    return adHocInnerInstance;
  }

  void setAdHocInnerInstance(boolean adHocInnerInstance) {
    this.adHocInnerInstance = adHocInnerInstance;
  }

  /**
   * A multi-instance body or an ad-hoc inner instance: it wraps instances of an element, so the
   * element's mappings, execution listeners and event sub-processes are not its own.
   */
  public boolean wrapsElement() {
    return multiInstanceBody || adHocInnerInstance;
  }

  /** An ad-hoc sub-process whose completion condition held: it completes once nothing is active. */
  boolean adHocCompletionFulfilled() {
    return adHocCompletionFulfilled;
  }

  void setAdHocCompletionFulfilled(boolean fulfilled) {
    this.adHocCompletionFulfilled = fulfilled;
    dirty = true;
  }

  /** For a multi-instance body: its counters; null otherwise. */
  public LoopState loopState() {
    return loopState;
  }

  void setLoopState(LoopState loopState) {
    this.loopState = loopState;
    dirty = true;
  }

  void loopStateChanged() {
    dirty = true;
  }

  /** The execution listener whose job this instance waits for (its index), or null. */
  public Integer listenerIndex() {
    return listenerIndex;
  }

  void setListenerIndex(Integer listenerIndex) {
    this.listenerIndex = listenerIndex;
    dirty = true;
  }

  /** For a process instance waiting on its start listeners: the elements it then starts at. */
  java.util.List<String> pendingStart() {
    return pendingStart;
  }

  void setPendingStart(java.util.List<String> pendingStart) {
    this.pendingStart = pendingStart;
    dirty = true;
  }

  /** Whether there is anything beyond the columns to store (see InstanceStore). */
  boolean hasRuntimeData() {
    return !joinTokens.isEmpty()
        || loopState != null
        || listenerIndex != null
        || (pendingStart != null && !pendingStart.isEmpty())
        || adHocCompletionFulfilled;
  }

  /** The element instance type the v2 API reports. */
  public String apiType() {
    if (multiInstanceBody) {
      return "MULTI_INSTANCE_BODY";
    }
    return adHocInnerInstance ? "AD_HOC_SUB_PROCESS_INNER_INSTANCE" : element.type().name();
  }

  public boolean isActive() {
    return lifecycle != Lifecycle.COMPLETED && lifecycle != Lifecycle.TERMINATED;
  }

  public Map<String, Map<String, Integer>> joinTokens() {
    return joinTokens;
  }

  public boolean hasJoinTokens() {
    return joinTokens.values().stream()
        .anyMatch(m -> m.values().stream().anyMatch(count -> count > 0));
  }

  void setLifecycle(Lifecycle lifecycle) {
    this.lifecycle = lifecycle;
    dirty = true;
  }

  void setEndTime(long endTime) {
    this.endTime = endTime;
    dirty = true;
  }

  void setIncidentKey(Long incidentKey) {
    this.incidentKey = incidentKey;
    dirty = true;
  }

  void setJobKey(Long jobKey) {
    this.jobKey = jobKey;
    dirty = true;
  }

  void joinTokensChanged() {
    dirty = true;
  }
}

package com.infusionbilling.runtime.model;

import java.util.Map;

/** One executable process definition: its root element and every element by id. */
public final class ExecutableProcess {
  private final String bpmnProcessId;
  private final String name;
  private final String versionTag;
  private final ExecutableElement root;
  private final Map<String, ExecutableElement> elements;
  private StartForm startForm;

  /**
   * The form linked to the process's none start event (zeebe:formDefinition formId).
   *
   * @param binding {@code latest} or {@code deployment}
   */
  public record StartForm(String formId, String binding) {}

  public ExecutableProcess(
      String bpmnProcessId,
      String name,
      String versionTag,
      ExecutableElement root,
      Map<String, ExecutableElement> elements) {
    this.bpmnProcessId = bpmnProcessId;
    this.name = name;
    this.versionTag = versionTag;
    this.root = root;
    this.elements = Map.copyOf(elements);
  }

  public String bpmnProcessId() {
    return bpmnProcessId;
  }

  public String name() {
    return name;
  }

  public String versionTag() {
    return versionTag;
  }

  public ExecutableElement root() {
    return root;
  }

  public ExecutableElement element(String id) {
    ExecutableElement element = elements.get(id);
    if (element == null) {
      throw new IllegalArgumentException(
          "process '" + bpmnProcessId + "' has no element '" + id + "'");
    }
    return element;
  }

  /** The linked start form, or null. */
  public StartForm startForm() {
    return startForm;
  }

  void setStartForm(StartForm startForm) {
    this.startForm = startForm;
  }

  public boolean hasElement(String id) {
    return elements.containsKey(id);
  }
}

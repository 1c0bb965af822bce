package com.infusionbilling.runtime.model;

import com.infusionbilling.runtime.expression.Expression;

/**
 * zeebe:calledElement of a call activity: the called process id (static or FEEL), which version to
 * call ({@code bindingType} latest, deployment or versionTag), and how variables are passed.
 */
public record CalledElement(
    Expression processId,
    Binding binding,
    String versionTag,
    boolean propagateAllParentVariables,
    boolean propagateAllChildVariables) {

  /** Which version of the called process a call activity instantiates. */
  public enum Binding {
    /** The latest version when the call activity is activated (the default). */
    LATEST,
    /** The version deployed together with the calling process's definition. */
    DEPLOYMENT,
    /** The latest version carrying the given version tag. */
    VERSION_TAG
  }
}

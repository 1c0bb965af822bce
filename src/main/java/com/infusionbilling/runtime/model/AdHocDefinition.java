package com.infusionbilling.runtime.model;

import com.infusionbilling.runtime.expression.Expression;

/**
 * A {@code bpmn:adHocSubProcess} with {@code zeebe:adHoc} (docs.camunda.io "Ad-hoc sub-processes").
 *
 * @param activeElements FEEL list of inner element ids activated on entering; null if not set
 * @param completionCondition FEEL condition checked each time an inner flow completed; null if not
 *     set (then the sub-process completes once every activated element completed)
 * @param cancelRemainingInstances whether inner instances still active are terminated when the
 *     completion condition holds (default true), or waited for
 * @param outputCollection local variable collecting the output of each inner flow; null if not set
 * @param outputElement FEEL expression giving that output; null if not set
 * @param activatable the ids of the inner elements that may be activated (no incoming flow)
 */
public record AdHocDefinition(
    Expression activeElements,
    Expression completionCondition,
    boolean cancelRemainingInstances,
    String outputCollection,
    Expression outputElement,
    java.util.List<String> activatable) {}

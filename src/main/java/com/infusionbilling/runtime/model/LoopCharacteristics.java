package com.infusionbilling.runtime.model;

import com.infusionbilling.runtime.expression.Expression;

/**
 * bpmn:multiInstanceLoopCharacteristics with zeebe:loopCharacteristics: the collection to iterate
 * over, the variable names of the current element and of the collected results, the result of each
 * inner instance, and the condition that completes the body early.
 *
 * @param inputElement local variable of each inner instance holding its item; null if not set
 * @param outputCollection variable collecting the results; null if not set
 * @param outputElement FEEL expression evaluated when an inner instance completes; null if not set
 * @param completionCondition FEEL condition checked when an inner instance completes; null if not
 *     set
 */
public record LoopCharacteristics(
    boolean sequential,
    Expression inputCollection,
    String inputElement,
    String outputCollection,
    Expression outputElement,
    Expression completionCondition) {}

package com.infusionbilling.runtime.expression;

import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * A value in a BPMN attribute: either static text or a FEEL expression (text starting with {@code
 * =}), as Camunda 8 defines them.
 */
public sealed interface Expression {

  /** The attribute text as written in the model. */
  String source();

  record Static(String source) implements Expression {}

  record Feel(String source, String feel, ParsedExpression parsed) implements Expression {}
}

package com.infusionbilling.runtime.model;

import com.infusionbilling.runtime.expression.Expression;

/**
 * One zeebe:input or zeebe:output: a source (an input's may be a static value, an output's is
 * always FEEL) and a (possibly nested, a.b.c) target.
 */
public record Mapping(Expression source, String target) {}

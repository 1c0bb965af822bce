package com.infusionbilling.runtime.model;

import com.infusionbilling.runtime.expression.Expression;

/** One zeebe:input or zeebe:output: a FEEL source and a (possibly nested, a.b.c) target. */
public record Mapping(Expression source, String target) {}

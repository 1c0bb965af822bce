package com.infusionbilling.runtime.model;

import com.infusionbilling.runtime.expression.Expression;
import java.util.Map;

/** zeebe:taskDefinition (type, retries as static text or FEEL) and zeebe:taskHeaders. */
public record JobDefinition(Expression type, Expression retries, Map<String, String> headers) {}

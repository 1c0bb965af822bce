package com.infusionbilling.process;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Reads typed values from a job's variables (numbers arrive as Integer, Long or Double, booleans
 * may be missing). Used by workers whose inputs come from forms.
 */
public final class JobVariables {
  private final Map<String, Object> variables;

  public JobVariables(Map<String, Object> variables) {
    this.variables = variables;
  }

  public boolean has(String name) {
    return variables.get(name) != null;
  }

  public String string(String name) {
    Object v = variables.get(name);
    return v == null ? null : v.toString();
  }

  public boolean bool(String name) {
    Object v = variables.get(name);
    return v instanceof Boolean b ? b : v != null && Boolean.parseBoolean(v.toString());
  }

  public BigDecimal decimal(String name) {
    Object v = variables.get(name);
    if (v == null || v.toString().isBlank()) {
      return null;
    }
    return new BigDecimal(v.toString());
  }

  public Long number(String name) {
    Object v = variables.get(name);
    if (v == null) {
      return null;
    }
    return v instanceof Number n ? n.longValue() : Long.parseLong(v.toString());
  }

  @SuppressWarnings("unchecked")
  public JobVariables context(String name) {
    Object v = variables.get(name);
    return new JobVariables(v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of());
  }
}

package com.infusionbilling.runtime.command;

import com.infusionbilling.runtime.shared.InvalidArgumentException;
import java.util.Map;

/**
 * Set variables in an element instance's scope (docs.camunda.io "Update element instance
 * variables"), propagated up unless {@code local} (default false). The variables are required.
 */
public record SetVariables(long elementInstanceKey, Map<String, Object> variables, Boolean local) {

  public SetVariables {
    if (variables == null) {
      throw new InvalidArgumentException("Expected variables to be a JSON object, but none given");
    }
    local = Boolean.TRUE.equals(local);
  }
}

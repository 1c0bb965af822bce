package com.infusionbilling.runtime.command;

import com.infusionbilling.runtime.engine.ProcessInstanceModification;
import com.infusionbilling.runtime.shared.InvalidArgumentException;
import java.util.List;

/**
 * Modify an active process instance (docs.camunda.io "Process instance modification"): activate
 * elements and terminate element instances (each naming its key), all or nothing.
 */
public record ModifyProcessInstance(
    long processInstanceKey,
    List<ProcessInstanceModification.Activation> activations,
    List<Long> terminations) {

  public ModifyProcessInstance {
    activations = activations == null ? List.of() : List.copyOf(activations);
    terminations = terminations == null ? List.of() : List.copyOf(terminations);
    if (terminations.stream().anyMatch(key -> key < 0)) {
      throw new InvalidArgumentException("A terminate instruction needs an 'elementInstanceKey'");
    }
  }
}

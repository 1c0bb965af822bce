package com.infusionbilling.runtime.command;

import com.infusionbilling.runtime.engine.AdHocSubProcessBehavior;
import java.util.List;
import java.util.Map;

/**
 * Activate activities within an active ad-hoc sub-process instance (docs.camunda.io REST API
 * "Activate activities within an ad-hoc sub-process"); remaining instances are cancelled only when
 * asked (default false), and an activation without variables sets none.
 */
public record ActivateAdHocActivities(
    long adHocSubProcessInstanceKey,
    List<AdHocSubProcessBehavior.Activation> activations,
    Boolean cancelRemainingInstances) {

  public ActivateAdHocActivities {
    activations =
        activations == null
            ? List.of()
            : activations.stream()
                .map(
                    a ->
                        a.variables() == null
                            ? new AdHocSubProcessBehavior.Activation(a.elementId(), Map.of())
                            : a)
                .toList();
    cancelRemainingInstances = Boolean.TRUE.equals(cancelRemainingInstances);
  }
}

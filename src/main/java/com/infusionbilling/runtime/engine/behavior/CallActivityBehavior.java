package com.infusionbilling.runtime.engine.behavior;

import com.infusionbilling.runtime.engine.ElementBehavior;
import com.infusionbilling.runtime.engine.ElementInstance;
import com.infusionbilling.runtime.engine.FollowUp;
import com.infusionbilling.runtime.engine.ProcessInstanceExecution;
import com.infusionbilling.runtime.engine.ProcessInstanceRecord;
import com.infusionbilling.runtime.expression.ExpressionException;
import com.infusionbilling.runtime.model.CalledElement;
import java.util.Map;

/**
 * A call activity (docs.camunda.io "Call activities"): activation evaluates the called process id
 * and creates an instance of that process as a child, with the call activity's variables (all
 * visible ones, or only its local ones, i.e. its input mappings, when {@code
 * propagateAllParentVariables} is off). The call activity waits until the child completes;
 * terminating it terminates the child.
 */
public final class CallActivityBehavior implements ElementBehavior {

  @Override
  public void onActivated(ProcessInstanceExecution execution, ElementInstance instance) {
    CalledElement called = instance.element().calledElement();
    Map<String, Object> visible = execution.visibleVariables(instance);
    String processId;
    try {
      processId = execution.expressions().evaluateString(called.processId(), visible);
    } catch (ExpressionException e) {
      execution.raiseIncident(instance, "EXTRACT_VALUE_ERROR", e.getMessage(), null);
      return;
    }
    if (processId.isBlank()) {
      execution.raiseIncident(
          instance,
          "EXTRACT_VALUE_ERROR",
          "Expected the called process id of '" + instance.element().id() + "' to be non-empty",
          null);
      return;
    }
    Map<String, Object> childVariables =
        called.propagateAllParentVariables()
            ? visible
            : execution.variables().local(instance.key());
    // the called instance is created after this instance is written, in the same transaction
    ProcessInstanceRecord caller = execution.processInstance();
    execution
        .events()
        .addFollowUp(
            new FollowUp.CallActivityActivated(
                caller.key,
                instance.key(),
                caller.processDefinitionKey,
                caller.tenantId,
                caller.rootProcessInstanceKey,
                caller.treePath(),
                processId,
                called,
                childVariables));
  }

  @Override
  public void onTerminating(ProcessInstanceExecution execution, ElementInstance instance) {
    // the instance it called is terminated too, or not created when it was not yet
    boolean notYetCreated =
        execution
            .events()
            .dropFollowUps(
                f ->
                    f instanceof FollowUp.CallActivityActivated activated
                        && activated.elementInstanceKey() == instance.key());
    if (!notYetCreated) {
      execution
          .events()
          .addFollowUp(
              new FollowUp.CallActivityTerminated(execution.processInstance().key, instance.key()));
    }
  }
}

package com.infusionbilling.runtime.engine;

import com.infusionbilling.runtime.decision.DecisionEvaluator;
import com.infusionbilling.runtime.engine.behavior.BusinessRuleTaskBehavior;
import com.infusionbilling.runtime.engine.behavior.CallActivityBehavior;
import com.infusionbilling.runtime.engine.behavior.CatchEventBehavior;
import com.infusionbilling.runtime.engine.behavior.CompensationThrowBehavior;
import com.infusionbilling.runtime.engine.behavior.ErrorEndEventBehavior;
import com.infusionbilling.runtime.engine.behavior.EscalationThrowBehavior;
import com.infusionbilling.runtime.engine.behavior.EventBasedGatewayBehavior;
import com.infusionbilling.runtime.engine.behavior.EventSubProcessBehavior;
import com.infusionbilling.runtime.engine.behavior.ExclusiveGatewayBehavior;
import com.infusionbilling.runtime.engine.behavior.InclusiveGatewayBehavior;
import com.infusionbilling.runtime.engine.behavior.JobWorkerTaskBehavior;
import com.infusionbilling.runtime.engine.behavior.JobWorkerUserTaskBehavior;
import com.infusionbilling.runtime.engine.behavior.ParallelGatewayBehavior;
import com.infusionbilling.runtime.engine.behavior.PassThroughBehavior;
import com.infusionbilling.runtime.engine.behavior.PublishMessageBehavior;
import com.infusionbilling.runtime.engine.behavior.ScriptTaskBehavior;
import com.infusionbilling.runtime.engine.behavior.SignalThrowBehavior;
import com.infusionbilling.runtime.engine.behavior.SubProcessBehavior;
import com.infusionbilling.runtime.engine.behavior.TerminateEndEventBehavior;
import com.infusionbilling.runtime.engine.behavior.UserTaskBehavior;
import com.infusionbilling.runtime.model.BpmnElementType;
import com.infusionbilling.runtime.model.EventDefinition;
import com.infusionbilling.runtime.model.ExecutableElement;
import java.util.EnumMap;
import java.util.Map;

/** One behaviour per BPMN element type. Adding an element means adding a class here. */
public final class BehaviorRegistry {

  private final Map<BpmnElementType, ElementBehavior> byType = new EnumMap<>(BpmnElementType.class);
  private final ElementBehavior jobWorker = new JobWorkerTaskBehavior();
  private final ElementBehavior script = new ScriptTaskBehavior();
  private final ElementBehavior errorEnd = new ErrorEndEventBehavior();
  private final ElementBehavior escalationThrow = new EscalationThrowBehavior();
  private final ElementBehavior signalThrow = new SignalThrowBehavior();
  private final ElementBehavior terminateEnd = new TerminateEndEventBehavior();
  private final ElementBehavior calledDecision;
  private final ElementBehavior userTask = new UserTaskBehavior();
  private final ElementBehavior jobWorkerUserTask = new JobWorkerUserTaskBehavior();
  private final ElementBehavior multiInstanceBody = new MultiInstanceBehavior();
  private final ElementBehavior publishMessage = new PublishMessageBehavior();
  private final ElementBehavior compensationThrow = new CompensationThrowBehavior();

  /** An ad-hoc inner instance is entered by its sub-process, never activated on its own. */
  private final ElementBehavior adHocInnerInstance = (execution, instance) -> {};

  /** Without decisions: business rule tasks with a called decision cannot be executed. */
  public BehaviorRegistry() {
    this(null);
  }

  public BehaviorRegistry(DecisionEvaluator decisions) {
    this.calledDecision = decisions == null ? null : new BusinessRuleTaskBehavior(decisions);
    ElementBehavior passThrough = new PassThroughBehavior();
    byType.put(BpmnElementType.START_EVENT, passThrough);
    byType.put(BpmnElementType.END_EVENT, passThrough);
    byType.put(BpmnElementType.INTERMEDIATE_THROW_EVENT, passThrough);
    byType.put(BpmnElementType.TASK, passThrough);
    byType.put(BpmnElementType.MANUAL_TASK, passThrough);
    byType.put(BpmnElementType.SERVICE_TASK, jobWorker);
    byType.put(BpmnElementType.SEND_TASK, jobWorker);
    byType.put(BpmnElementType.BUSINESS_RULE_TASK, jobWorker);
    byType.put(BpmnElementType.EXCLUSIVE_GATEWAY, new ExclusiveGatewayBehavior());
    byType.put(BpmnElementType.PARALLEL_GATEWAY, new ParallelGatewayBehavior());
    byType.put(BpmnElementType.INCLUSIVE_GATEWAY, new InclusiveGatewayBehavior());
    ElementBehavior container = new SubProcessBehavior();
    byType.put(BpmnElementType.PROCESS, container);
    byType.put(BpmnElementType.SUB_PROCESS, container);
    byType.put(BpmnElementType.AD_HOC_SUB_PROCESS, new AdHocSubProcessBehavior());
    // boundary events and link throw events complete at once (a link jumps to its catch event)
    byType.put(BpmnElementType.BOUNDARY_EVENT, passThrough);
    ElementBehavior catchEvent = new CatchEventBehavior();
    byType.put(BpmnElementType.INTERMEDIATE_CATCH_EVENT, catchEvent);
    byType.put(BpmnElementType.RECEIVE_TASK, catchEvent);
    byType.put(BpmnElementType.EVENT_BASED_GATEWAY, new EventBasedGatewayBehavior());
    byType.put(BpmnElementType.EVENT_SUB_PROCESS, new EventSubProcessBehavior());
    byType.put(BpmnElementType.CALL_ACTIVITY, new CallActivityBehavior());
  }

  /** The behaviour of an element instance: a multi-instance body's, or its element's. */
  public ElementBehavior of(ElementInstance instance) {
    if (instance.isAdHocInnerInstance()) {
      return adHocInnerInstance;
    }
    return instance.isMultiInstanceBody() ? multiInstanceBody : of(instance.element());
  }

  public ElementBehavior of(ExecutableElement element) {
    if (element.publishMessage() != null) {
      return publishMessage; // a message throw or end event or a send task publishing itself
    }
    ElementBehavior throwEvent = throwEventBehavior(element);
    if (throwEvent != null) {
      return throwEvent;
    }
    if (element.type() == BpmnElementType.USER_TASK) {
      return element.userTaskDefinition().camundaUserTask() ? userTask : jobWorkerUserTask;
    }
    if (element.type() == BpmnElementType.SCRIPT_TASK) {
      return element.jobDefinition() != null ? jobWorker : script;
    }
    if (element.type() == BpmnElementType.BUSINESS_RULE_TASK && element.calledDecision() != null) {
      if (calledDecision == null) {
        throw new IllegalStateException("no decision evaluator for " + element);
      }
      return calledDecision;
    }
    ElementBehavior behavior = byType.get(element.type());
    if (behavior == null) {
      throw new IllegalStateException("no behaviour for " + element);
    }
    return behavior;
  }

  /** End and intermediate throw events with something to throw; null for none and link events. */
  private ElementBehavior throwEventBehavior(ExecutableElement element) {
    if (element.type() != BpmnElementType.END_EVENT
        && element.type() != BpmnElementType.INTERMEDIATE_THROW_EVENT) {
      return null;
    }
    if (element.jobDefinition() != null) {
      return jobWorker; // message throw events are implemented by job workers
    }
    EventDefinition definition = element.eventDefinition();
    if (definition instanceof EventDefinition.Error) {
      return errorEnd;
    }
    if (definition instanceof EventDefinition.Escalation) {
      return escalationThrow;
    }
    if (definition instanceof EventDefinition.Signal) {
      return signalThrow;
    }
    if (definition instanceof EventDefinition.Compensation) {
      return compensationThrow;
    }
    if (definition instanceof EventDefinition.Terminate) {
      return terminateEnd;
    }
    return null;
  }
}

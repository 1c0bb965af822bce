package com.infusionbilling.runtime.engine;

import com.infusionbilling.runtime.engine.behavior.ExclusiveGatewayBehavior;
import com.infusionbilling.runtime.engine.behavior.InclusiveGatewayBehavior;
import com.infusionbilling.runtime.engine.behavior.JobWorkerTaskBehavior;
import com.infusionbilling.runtime.engine.behavior.ParallelGatewayBehavior;
import com.infusionbilling.runtime.engine.behavior.PassThroughBehavior;
import com.infusionbilling.runtime.engine.behavior.ScriptTaskBehavior;
import com.infusionbilling.runtime.engine.behavior.SubProcessBehavior;
import com.infusionbilling.runtime.model.BpmnElementType;
import com.infusionbilling.runtime.model.ExecutableElement;
import java.util.EnumMap;
import java.util.Map;

/** One behaviour per BPMN element type. Adding an element means adding a class here. */
public final class BehaviorRegistry {

  private final Map<BpmnElementType, ElementBehavior> byType = new EnumMap<>(BpmnElementType.class);
  private final ElementBehavior jobWorker = new JobWorkerTaskBehavior();
  private final ElementBehavior script = new ScriptTaskBehavior();

  public BehaviorRegistry() {
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
  }

  public ElementBehavior of(ExecutableElement element) {
    if (element.type() == BpmnElementType.SCRIPT_TASK) {
      return element.jobDefinition() != null ? jobWorker : script;
    }
    ElementBehavior behavior = byType.get(element.type());
    if (behavior == null) {
      throw new IllegalStateException("no behaviour for " + element);
    }
    return behavior;
  }
}

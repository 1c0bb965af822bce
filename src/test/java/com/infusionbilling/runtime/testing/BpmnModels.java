package com.infusionbilling.runtime.testing;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.builder.UserTaskBuilder;
import java.util.function.Consumer;

/**
 * Small models the tests build again and again: start, one task, end. Element IDs are fixed ({@code
 * start}, {@code task}, {@code end} unless given), the process ID is the caller's (unique per test,
 * so tests sharing one runtime never see each other's instances).
 */
public final class BpmnModels {
  private BpmnModels() {}

  /** start → service task {@code task} of this job type → end. */
  public static BpmnModelInstance oneServiceTask(String processId, String jobType) {
    return Bpmn.createExecutableProcess(processId)
        .startEvent("start")
        .serviceTask("task", t -> t.zeebeJobType(jobType))
        .endEvent("end")
        .done();
  }

  /**
   * start → a Camunda user task (zeebe:userTask) with this element ID, set up further by {@code
   * task} (name, candidate groups, due date, form ...) → end.
   */
  public static BpmnModelInstance oneUserTask(
      String processId, String elementId, Consumer<UserTaskBuilder> task) {
    return Bpmn.createExecutableProcess(processId)
        .startEvent()
        .userTask(
            elementId,
            t -> {
              t.zeebeUserTask();
              task.accept(t);
            })
        .endEvent()
        .done();
  }
}

package com.infusionbilling.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.infusionbilling.security.CandidateGroups;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/** Every form in {@code forms/}, with the user task of {@code bpmn/} that shows it. */
record TaskForms(List<TaskForm> forms) {

  /** A form and its task: the process, the element, its name and its candidate groups. */
  record TaskForm(
      String id,
      JsonNode schema,
      String processId,
      String elementId,
      String taskName,
      List<String> candidateGroups) {}

  static TaskForms read() {
    try {
      var byForm = new TreeMap<String, TaskForm>();
      List<String> unused = new ArrayList<>();
      try (Stream<Path> bpmn = Files.list(Path.of("bpmn"))) {
        for (Path file : bpmn.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
          var model = Bpmn.readModelFromFile(file.toFile());
          for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            ZeebeFormDefinition form = task.getSingleExtensionElement(ZeebeFormDefinition.class);
            if (form == null || form.getFormId() == null) {
              continue;
            }
            ZeebeAssignmentDefinition assignment =
                task.getSingleExtensionElement(ZeebeAssignmentDefinition.class);
            List<String> groups =
                assignment == null || assignment.getCandidateGroups() == null
                    ? List.of()
                    : assignment.getCandidateGroups().startsWith("=")
                        // chosen at run time (a decision's output): any of the groups
                        ? List.copyOf(CandidateGroups.ALL)
                        : Arrays.stream(assignment.getCandidateGroups().split(","))
                            .map(String::strip)
                            .toList();
            byForm.putIfAbsent(
                form.getFormId(),
                new TaskForm(
                    form.getFormId(), null, processOf(task), task.getId(), task.getName(), groups));
          }
        }
      }
      List<TaskForm> forms = new ArrayList<>();
      try (Stream<Path> files = Files.list(Path.of("forms"))) {
        for (Path file : files.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
          JsonNode schema = new ObjectMapper().readTree(file.toFile());
          String id = schema.get("id").asText();
          TaskForm task = byForm.get(id);
          if (task == null) {
            unused.add(id);
            continue;
          }
          forms.add(
              new TaskForm(
                  id,
                  schema,
                  task.processId(),
                  task.elementId(),
                  task.taskName(),
                  task.candidateGroups()));
        }
      }
      if (!unused.isEmpty()) {
        throw new AssertionError("forms no user task in bpmn/ shows: " + unused);
      }
      return new TaskForms(forms);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String processOf(ModelElementInstance element) {
    ModelElementInstance e = element;
    while (e != null && !(e instanceof Process)) {
      e = e.getParentElement();
    }
    return e == null ? null : ((Process) e).getId();
  }
}

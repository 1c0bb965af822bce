package com.infusionbilling.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.annotation.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BusinessRuleTask;
import io.camunda.zeebe.model.bpmn.instance.CallActivity;
import io.camunda.zeebe.model.bpmn.instance.ExclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledDecision;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The models in {@code bpmn/} and {@code forms/} against each other and the Java code, without an
 * engine: every job type has exactly one worker and every worker's type is used by a model; every
 * user task is a Camunda user task with a form that exists; every called decision and process
 * exists; files are named after their IDs; every decision rule has an annotation; forms carry the
 * platform and schema version Camunda 8.8's Modeler writes.
 */
class ProcessModelsTest {
  static final Path BPMN = Path.of("bpmn");
  static final Path FORMS = Path.of("forms");

  static final Map<String, BpmnModelInstance> MODELS = new TreeMap<>();
  static final Map<String, JsonNode> FORM_FILES = new TreeMap<>();
  static final Set<String> DECISIONS = new TreeSet<>();

  @BeforeAll
  static void load() throws Exception {
    try (Stream<Path> files = Files.list(BPMN)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".bpmn")) {
          try (InputStream in = Files.newInputStream(f)) {
            MODELS.put(name, Bpmn.readModelFromStream(in));
          }
        } else if (name.endsWith(".dmn")) {
          var doc = DocumentBuilderFactory.newDefaultInstance();
          doc.setNamespaceAware(true);
          var xml = doc.newDocumentBuilder().parse(f.toFile());
          NodeList decisions = xml.getElementsByTagNameNS("*", "decision");
          for (int i = 0; i < decisions.getLength(); i++) {
            String id = ((Element) decisions.item(i)).getAttribute("id");
            DECISIONS.add(id);
            assertThat(name).as("DMN file named after its decision").isEqualTo(id + ".dmn");
          }
          NodeList rules = xml.getElementsByTagNameNS("*", "rule");
          assertThat(rules.getLength()).as(name + " has rules").isPositive();
          for (int i = 0; i < rules.getLength(); i++) {
            var description = ((Element) rules.item(i)).getElementsByTagNameNS("*", "description");
            assertThat(description.getLength())
                .as(name + " rule " + ((Element) rules.item(i)).getAttribute("id") + " annotated")
                .isEqualTo(1);
            assertThat(description.item(0).getTextContent()).isNotBlank();
          }
        }
      }
    }
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(FORMS)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
        FORM_FILES.put(f.getFileName().toString(), json.readTree(f.toFile()));
      }
    }
  }

  static Map<String, String> jobTypesInModels() {
    Map<String, String> types = new TreeMap<>();
    MODELS.forEach(
        (file, model) ->
            model
                .getModelElementsByType(ZeebeTaskDefinition.class)
                .forEach(t -> types.put(t.getType(), file)));
    return types;
  }

  static Map<String, String> workerTypes() throws ClassNotFoundException {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
    Map<String, String> types = new HashMap<>();
    for (BeanDefinition bd : scanner.findCandidateComponents("com.infusionbilling")) {
      if (bd.getBeanClassName().startsWith("com.infusionbilling.runtime.")) {
        continue;
      }
      Class<?> type = Class.forName(bd.getBeanClassName());
      for (Method m : type.getDeclaredMethods()) {
        JobWorker worker = m.getAnnotation(JobWorker.class);
        if (worker != null) {
          String previous = types.put(worker.type(), type.getSimpleName());
          assertThat(previous).as("one worker class per job type " + worker.type()).isNull();
        }
      }
    }
    return types;
  }

  @Test
  void theLifecycleProcessesAreThere() {
    assertThat(MODELS.keySet())
        .contains(
            "TherapyEpisode.bpmn",
            "BenefitVerification.bpmn",
            "PriorAuthorization.bpmn",
            "AuthorizationMonitoring.bpmn");
    assertThat(DECISIONS)
        .contains(
            "Decision_Coverage",
            "Decision_PaRequirement",
            "Decision_DocumentationChecklist",
            "Decision_SlaTargets");
  }

  @Test
  void everyProcessFileIsNamedAfterItsProcessIdAndIsValid() {
    MODELS.forEach(
        (file, model) -> {
          Bpmn.validateModel(model);
          var processes = model.getModelElementsByType(Process.class);
          assertThat(processes).hasSize(1);
          assertThat(file).isEqualTo(processes.iterator().next().getId() + ".bpmn");
        });
  }

  @Test
  void everyJobTypeInTheModelsHasAWorker() throws Exception {
    Map<String, String> workers = workerTypes();
    assertThat(jobTypesInModels())
        .allSatisfy(
            (type, file) ->
                assertThat(workers)
                    .as("worker for job type %s of %s", type, file)
                    .containsKey(type));
  }

  @Test
  void everyWorkersTypeIsUsedByAModel() throws Exception {
    Set<String> used = jobTypesInModels().keySet();
    assertThat(workerTypes())
        .allSatisfy(
            (type, worker) ->
                assertThat(used).as("model using %s's type %s", worker, type).contains(type));
  }

  @Test
  void everyUserTaskIsACamundaUserTaskWithAnExistingForm() {
    Set<String> formIds =
        FORM_FILES.values().stream().map(f -> f.get("id").asText()).collect(Collectors.toSet());
    MODELS.forEach(
        (file, model) ->
            model
                .getModelElementsByType(UserTask.class)
                .forEach(
                    task -> {
                      assertThat(task.getSingleExtensionElement(ZeebeUserTask.class))
                          .as(task.getId() + " is a Camunda user task")
                          .isNotNull();
                      var form = task.getSingleExtensionElement(ZeebeFormDefinition.class);
                      assertThat(form).as(task.getId() + " has a form").isNotNull();
                      assertThat(formIds).as(task.getId() + "'s form").contains(form.getFormId());
                    }));
  }

  @Test
  void everyFormIsUsedAndNamedAfterItsIdForCamunda88() {
    Set<String> used = new TreeSet<>();
    MODELS
        .values()
        .forEach(
            m ->
                m.getModelElementsByType(ZeebeFormDefinition.class)
                    .forEach(f -> used.add(f.getFormId())));
    FORM_FILES.forEach(
        (file, form) -> {
          assertThat(file).isEqualTo(form.get("id").asText() + ".form");
          assertThat(used).as(file + " used by a user task").contains(form.get("id").asText());
          assertThat(form.get("executionPlatform").asText()).isEqualTo("Camunda Cloud");
          assertThat(form.get("executionPlatformVersion").asText()).isEqualTo("8.8.0");
          assertThat(form.get("schemaVersion").asInt()).isEqualTo(18);
          assertThat(form.get("components").findValuesAsText("readonly"))
              .as(file + " shows read-only context")
              .contains("true");
          assertThat(form.findValues("required"))
              .as(file + " validates what a person must fill")
              .isNotEmpty();
        });
  }

  @Test
  void everyCalledDecisionAndProcessExists() {
    Set<String> processIds = new TreeSet<>();
    MODELS
        .values()
        .forEach(
            m -> m.getModelElementsByType(Process.class).forEach(p -> processIds.add(p.getId())));
    MODELS.forEach(
        (file, model) -> {
          model
              .getModelElementsByType(BusinessRuleTask.class)
              .forEach(
                  t ->
                      assertThat(DECISIONS)
                          .as(t.getId())
                          .contains(
                              t.getSingleExtensionElement(ZeebeCalledDecision.class)
                                  .getDecisionId()));
          model
              .getModelElementsByType(CallActivity.class)
              .forEach(
                  c ->
                      assertThat(processIds)
                          .as(c.getId())
                          .contains(
                              c.getSingleExtensionElement(ZeebeCalledElement.class)
                                  .getProcessId()));
        });
  }

  @Test
  void elementsHaveTechnicalIdsAndBusinessNamesAndGatewaysAskQuestions() {
    MODELS.forEach(
        (file, model) ->
            model
                .getModelElementsByType(FlowNode.class)
                .forEach(
                    n -> {
                      assertThat(n.getId())
                          .as(file)
                          .matches("(Task|Event|Gateway|Error|Sub)_[A-Za-z0-9]+");
                      boolean splittingGateway =
                          n instanceof ExclusiveGateway && n.getOutgoing().size() > 1;
                      if (splittingGateway) {
                        assertThat(n.getName()).as(file + " " + n.getId()).endsWith("?");
                      } else if (!(n instanceof ExclusiveGateway)) {
                        assertThat(n.getName()).as(file + " " + n.getId()).isNotBlank();
                      }
                    }));
  }

  /**
   * Issue 14 item 9: the episode page shows the diagrams of lifecycle part 1, and a gateway without
   * a name was shown by its id ({@code Gateway_VerifyBenefits}); every gateway there has a label in
   * words, merging ones too.
   */
  @Test
  void lifecycleGatewaysAreLabelledInWords() {
    for (String file :
        List.of(
            "TherapyEpisode.bpmn",
            "BenefitVerification.bpmn",
            "PriorAuthorization.bpmn",
            "AuthorizationMonitoring.bpmn")) {
      MODELS
          .get(file)
          .getModelElementsByType(io.camunda.zeebe.model.bpmn.instance.Gateway.class)
          .forEach(
              g ->
                  assertThat(g.getName())
                      .as(file + " " + g.getId())
                      .isNotBlank()
                      .doesNotContain("_")
                      .isNotEqualTo(g.getId()));
    }
  }

  static String read(Path p) throws IOException {
    return Files.readString(p);
  }
}

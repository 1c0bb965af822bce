package com.infusionbilling.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.testing.ModelDeployment;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.Form;
import io.camunda.client.api.response.Process;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every BPMN, DMN and form of {@code bpmn/} and {@code forms/} deploys unchanged, in one
 * deployment, on the embedded runtime (as the application's {@code @Deployment} does), and every
 * user task's form is among the deployed forms.
 */
@SpringBootTest(properties = "camunda.client.worker.defaults.enabled=false")
class ModelDeploymentTest {
  @Autowired CamundaClient client;

  @Test
  void everyModelAndFormDeploysAndEveryUserTaskHasADeployedForm() {
    var deployment = ModelDeployment.deployAll(client);

    assertThat(deployment.getProcesses())
        .extracting(Process::getBpmnProcessId)
        .contains(
            "TherapyEpisode",
            "BenefitVerification",
            "PriorAuthorization",
            "AuthorizationMonitoring");
    assertThat(deployment.getDecisions())
        .extracting(d -> d.getDmnDecisionId())
        .contains(
            "Decision_Coverage",
            "Decision_PaRequirement",
            "Decision_DocumentationChecklist",
            "Decision_SlaTargets");
    Set<String> deployedForms =
        deployment.getForm().stream().map(Form::getFormId).collect(Collectors.toSet());

    Set<String> userTaskForms = new TreeSet<>();
    for (Path file : ModelDeployment.resources()) {
      if (file.toString().endsWith(".bpmn")) {
        Bpmn.readModelFromFile(file.toFile())
            .getModelElementsByType(ZeebeFormDefinition.class)
            .forEach(f -> userTaskForms.add(f.getFormId()));
      }
    }
    long formFiles =
        ModelDeployment.resources().stream().filter(f -> f.toString().endsWith(".form")).count();
    assertThat(userTaskForms).as("every form in forms/ is a user task's").hasSize((int) formFiles);
    assertThat(deployedForms).containsAll(userTaskForms);
  }
}

package com.infusionbilling.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.IncidentErrorType;
import io.camunda.client.api.search.response.Form;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeBindingType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Linked Camunda forms on user tasks (docs.camunda.io "User tasks" / "User task forms"): a form is
 * linked by its id, to its latest version or to the version deployed with the process
 * (bindingType), read back through the user task; a form that is not deployed raises a
 * FORM_NOT_FOUND incident that is resolved by deploying the form.
 */
class UserTaskFormConformanceTest extends ConformanceSupport {

  private static CamundaClient rest() {
    return client(Transport.REST);
  }

  /** A form-js document with the given id; the label tells versions apart. */
  static String form(String formId, String label) {
    return """
        {"id": "%s", "type": "default", "schemaVersion": 16,
         "components": [
           {"type": "textfield", "key": "decision", "label": "%s",
            "validate": {"required": true}}]}
        """
        .formatted(formId, label);
  }

  private static BpmnModelInstance withForm(
      String processId, String formId, ZeebeBindingType binding) {
    return Bpmn.createExecutableProcess(processId)
        .startEvent()
        .userTask(
            "Task_ReviewClaim",
            t -> {
              t.zeebeUserTask().zeebeFormId(formId);
              if (binding != null) {
                t.zeebeFormBindingType(binding);
              }
            })
        .endEvent()
        .done();
  }

  private static long deployForm(String formId, String label) {
    List<io.camunda.client.api.response.Form> forms =
        rest()
            .newDeployResourceCommand()
            .addResourceStringUtf8(form(formId, label), formId + ".form")
            .send()
            .join()
            .getForm();
    return forms.get(0).getFormKey();
  }

  private static UserTask awaitTask(long processInstanceKey) {
    return UserTaskConformanceTest.awaitUserTask(processInstanceKey);
  }

  @Test
  void aLinkedFormResolvesToItsLatestVersionAndIsReadThroughTheTask() {
    String formId = uniqueId("claim-review");
    String processId = uniqueId("forms");
    deployForm(formId, "Decision v1");
    deploy(rest(), withForm(processId, formId, null), processId);
    long latest = deployForm(formId, "Decision v2");

    long key = start(rest(), processId, Map.of());
    UserTask task = awaitTask(key);

    assertThat(task.getFormKey()).isEqualTo(latest);
    Form form = rest().newUserTaskGetFormRequest(task.getUserTaskKey()).send().join();
    assertThat(form.getFormKey()).isEqualTo(latest);
    assertThat(form.getFormId()).isEqualTo(formId);
    assertThat(form.getVersion()).isEqualTo(2);
    assertThat(String.valueOf(form.getSchema())).contains("Decision v2");
  }

  @Test
  void bindingTypeDeploymentUsesTheFormDeployedWithTheProcess() {
    String formId = uniqueId("claim-review");
    String processId = uniqueId("forms");
    var deployment =
        rest()
            .newDeployResourceCommand()
            .addProcessModel(
                withForm(processId, formId, ZeebeBindingType.deployment), processId + ".bpmn")
            .addResourceStringUtf8(form(formId, "Decision v1"), formId + ".form")
            .send()
            .join();
    long deployedWithProcess = deployment.getForm().get(0).getFormKey();
    long newer = deployForm(formId, "Decision v2");

    long key = start(rest(), processId, Map.of());

    assertThat(newer).isNotEqualTo(deployedWithProcess);
    assertThat(awaitTask(key).getFormKey()).isEqualTo(deployedWithProcess);
  }

  @Test
  void bindingTypeDeploymentWithoutTheFormInTheDeploymentRaisesAnIncident() {
    String formId = uniqueId("claim-review");
    String processId = uniqueId("forms");
    deployForm(formId, "Decision v1");
    deploy(rest(), withForm(processId, formId, ZeebeBindingType.deployment), processId);

    long key = start(rest(), processId, Map.of());

    await().atMost(Duration.ofSeconds(10)).until(() -> !incidents(rest(), key).isEmpty());
    Incident incident = incidents(rest(), key).get(0);
    assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.FORM_NOT_FOUND);
    assertThat(incident.getErrorMessage()).contains(formId).contains("deployment");
  }

  @Test
  void aStartFormLinkedToTheNoneStartEventIsReadThroughTheProcessDefinition() {
    String formId = uniqueId("referral-intake");
    String processId = uniqueId("start-form");
    long formKey = deployForm(formId, "Referral intake");
    long withForm =
        deploy(
            rest(),
            Bpmn.createExecutableProcess(processId)
                .startEvent()
                .zeebeFormId(formId)
                .endEvent()
                .done(),
            processId);
    String plainId = uniqueId("no-start-form");
    long withoutForm =
        deploy(
            rest(), Bpmn.createExecutableProcess(plainId).startEvent().endEvent().done(), plainId);

    Form form = rest().newProcessDefinitionGetFormRequest(withForm).send().join();

    assertThat(form.getFormKey()).isEqualTo(formKey);
    assertThat(String.valueOf(form.getSchema())).contains("Referral intake");
    assertThat(
            UserTaskConformanceTest.httpStatus(
                "GET", "/v2/process-definitions/" + withoutForm + "/form", null))
        .isEqualTo(204);
    assertThat(rest().newProcessDefinitionGetRequest(withForm).send().join().getHasStartForm())
        .isTrue();
  }

  @Test
  void aFormThatIsNotDeployedRaisesAnIncidentResolvedByDeployingIt() {
    String formId = uniqueId("claim-review");
    String processId = uniqueId("forms");
    deploy(rest(), withForm(processId, formId, null), processId);
    long key = start(rest(), processId, Map.of());

    await().atMost(Duration.ofSeconds(10)).until(() -> !incidents(rest(), key).isEmpty());
    Incident incident = incidents(rest(), key).get(0);
    assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.FORM_NOT_FOUND);
    assertThat(incident.getElementId()).isEqualTo("Task_ReviewClaim");
    assertThat(incident.getErrorMessage()).contains(formId);
    assertThat(UserTaskConformanceTest.userTasks(key)).isEmpty();

    long formKey = deployForm(formId, "Decision");
    rest().newResolveIncidentCommand(incident.getIncidentKey()).send().join();

    UserTask task = awaitTask(key);
    assertThat(task.getFormKey()).isEqualTo(formKey);
    rest().newCompleteUserTaskCommand(task.getUserTaskKey()).send().join();
    awaitState(rest(), key, "COMPLETED");
  }

  @Test
  void bindingTypeVersionTagUsesTheLatestFormWithThatTagAndRaisesAnIncidentWithoutOne() {
    String formId = uniqueId("claim-review");
    long tagged = deployTaggedForm(formId, "Decision v1", "1.0");
    deployTaggedForm(formId, "Decision v2", "2.0");
    String processId = uniqueId("forms");
    deploy(
        rest(),
        Bpmn.createExecutableProcess(processId)
            .startEvent()
            .userTask(
                "Task_ReviewClaim",
                t ->
                    t.zeebeUserTask()
                        .zeebeFormId(formId)
                        .zeebeFormBindingType(ZeebeBindingType.versionTag)
                        .zeebeFormVersionTag("1.0"))
            .endEvent()
            .done(),
        processId);

    assertThat(awaitTask(start(rest(), processId, Map.of())).getFormKey()).isEqualTo(tagged);

    String missingId = uniqueId("forms");
    deploy(
        rest(),
        Bpmn.createExecutableProcess(missingId)
            .startEvent()
            .userTask(
                "Task_ReviewClaim",
                t ->
                    t.zeebeUserTask()
                        .zeebeFormId(formId)
                        .zeebeFormBindingType(ZeebeBindingType.versionTag)
                        .zeebeFormVersionTag("9.9"))
            .endEvent()
            .done(),
        missingId);
    long key = start(rest(), missingId, Map.of());
    await().atMost(Duration.ofSeconds(10)).until(() -> !incidents(rest(), key).isEmpty());
    Incident incident = incidents(rest(), key).get(0);
    assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.FORM_NOT_FOUND);
    assertThat(incident.getErrorMessage()).contains(formId).contains("9.9");
  }

  private static long deployTaggedForm(String formId, String label, String versionTag) {
    String json =
        form(formId, label).replaceFirst("\\{", "{\"versionTag\": \"" + versionTag + "\", ");
    return rest()
        .newDeployResourceCommand()
        .addResourceStringUtf8(json, formId + ".form")
        .send()
        .join()
        .getForm()
        .get(0)
        .getFormKey();
  }
}

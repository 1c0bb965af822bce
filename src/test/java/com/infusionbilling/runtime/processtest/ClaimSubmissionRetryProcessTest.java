package com.infusionbilling.runtime.processtest;

import static io.camunda.process.test.api.CamundaAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.process.test.api.CamundaProcessTestContext;
import io.camunda.process.test.api.CamundaSpringProcessTest;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Retries with back-off driven by the runtime clock ({@code increaseTime}), and an incident when a
 * worker runs out of retries: what happens when the clearinghouse is unreachable.
 */
@SpringBootTest
@CamundaSpringProcessTest
class ClaimSubmissionRetryProcessTest {

  @Autowired CamundaClient client;
  @Autowired CamundaProcessTestContext processTestContext;

  private ProcessInstanceEvent deployAndStart() {
    client
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess("ClaimBatchUpload")
                .startEvent("Event_Start")
                .serviceTask(
                    "Task_UploadBatch",
                    t -> t.zeebeJobType("upload-claim-batch").zeebeJobRetries("2"))
                .endEvent("Event_Uploaded")
                .done(),
            "ClaimBatchUpload.bpmn")
        .send()
        .join();
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId("ClaimBatchUpload")
        .latestVersion()
        .variables(Map.of("batchId", "B-7"))
        .send()
        .join();
  }

  @Test
  void aFailedUploadIsRetriedAfterItsBackOff() {
    AtomicInteger attempts = new AtomicInteger();
    client
        .newWorker()
        .jobType("upload-claim-batch")
        .handler(
            (jobClient, job) -> {
              if (attempts.incrementAndGet() == 1) {
                jobClient
                    .newFailCommand(job)
                    .retries(job.getRetries() - 1)
                    .retryBackoff(Duration.ofMinutes(30))
                    .errorMessage("SFTP connection refused")
                    .send()
                    .join();
              } else {
                jobClient.newCompleteCommand(job).variables(Map.of("uploaded", true)).send().join();
              }
            })
        .open();

    ProcessInstanceEvent instance = deployAndStart();
    assertThat(instance).hasActiveElements("Task_UploadBatch").hasNoActiveIncidents();

    processTestContext.increaseTime(Duration.ofMinutes(31));

    assertThat(instance).isCompleted().hasVariable("uploaded", true);
    assertThat(attempts.get()).isEqualTo(2);
  }

  @Test
  void anUploadThatKeepsFailingRaisesAnIncident() {
    client
        .newWorker()
        .jobType("upload-claim-batch")
        .handler(
            (jobClient, job) ->
                jobClient
                    .newFailCommand(job)
                    .retries(job.getRetries() - 1)
                    .errorMessage("mailbox quota exceeded")
                    .send()
                    .join())
        .open();

    ProcessInstanceEvent instance = deployAndStart();

    assertThat(instance).hasActiveIncidents().isActive();
  }
}

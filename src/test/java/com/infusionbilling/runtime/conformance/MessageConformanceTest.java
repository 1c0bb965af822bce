package com.infusionbilling.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.MessageSubscriptionState;
import io.camunda.client.api.search.response.MessageSubscription;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Messages, as docs.camunda.io's "Messages" concept page and "Message events" and "Receive tasks"
 * element pages describe them: subscriptions by name and correlation key, buffering with a time to
 * live, message id uniqueness, cardinality, message start events, boundary events, and the
 * publish/correlate APIs.
 */
class MessageConformanceTest extends EventConformanceSupport {

  /** A claim waits for the payer's response (correlated by claimId), then posts it. */
  private static BpmnModelInstance awaitResponse(String id, String message, String jobType) {
    return Bpmn.createExecutableProcess(id)
        .startEvent("start")
        .intermediateCatchEvent(
            "Event_PayerResponded",
            e -> e.message(m -> m.name(message).zeebeCorrelationKeyExpression("claimId")))
        .serviceTask("Task_PostResponse", t -> t.zeebeJobType(jobType))
        .endEvent("end")
        .done();
  }

  private record Waiting(String processId, String message, String jobType) {}

  private static Waiting deployWaiting(CamundaClient client) {
    String id = uniqueId("msg");
    String message = uniqueId("payer-response");
    String jobType = uniqueId("post");
    deploy(client, awaitResponse(id, message, jobType), id);
    return new Waiting(id, message, jobType);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aPublishedMessageIsCorrelatedByNameAndCorrelationKeyAndItsVariablesAreMerged(
      Transport transport) {
    var client = client(transport);
    Waiting w = deployWaiting(client);
    long claim1 = start(client, w.processId(), Map.of("claimId", "C-1"));
    long claim2 = start(client, w.processId(), Map.of("claimId", "C-2"));
    awaitActive(client, claim1, "Event_PayerResponded");

    publish(client, w.message(), "C-2", Map.of("paidAmount", 120), Duration.ZERO);

    ActivatedJob job = activateOne(client, w.jobType());
    assertThat(job.getProcessInstanceKey()).isEqualTo(claim2);
    assertThat(job.getVariablesAsMap()).containsEntry("paidAmount", 120);
    assertThat(activeElementIds(client, claim1)).containsExactly("Event_PayerResponded");
    assertThat(globalVariables(client, claim2)).containsEntry("paidAmount", "120");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void theCorrelationKeyIsEvaluatedWhenTheSubscriptionOpens(Transport transport) {
    var client = client(transport);
    Waiting w = deployWaiting(client);
    long key = start(client, w.processId(), Map.of("claimId", "C-1"));
    awaitActive(client, key, "Event_PayerResponded");
    client.newSetVariablesCommand(key).variables(Map.of("claimId", "C-9")).send().join();

    publish(client, w.message(), "C-9");
    assertThat(activateBriefly(client, w.jobType())).isEmpty();
    publish(client, w.message(), "C-1");
    assertThat(activateOne(client, w.jobType()).getProcessInstanceKey()).isEqualTo(key);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aMessageBufferedBeforeItsSubscriptionIsCorrelatedWhenTheSubscriptionOpens(
      Transport transport) {
    var client = client(transport);
    Waiting w = deployWaiting(client);
    publish(client, w.message(), "C-7", Map.of("denied", true), Duration.ofMinutes(10));

    long key = start(client, w.processId(), Map.of("claimId", "C-7"));

    ActivatedJob job = activateOne(client, w.jobType());
    assertThat(job.getProcessInstanceKey()).isEqualTo(key);
    assertThat(job.getVariablesAsMap()).containsEntry("denied", true);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aMessageWithoutTimeToLiveIsNotBuffered(Transport transport) {
    var client = client(transport);
    Waiting w = deployWaiting(client);
    publish(client, w.message(), "C-8");

    long key = start(client, w.processId(), Map.of("claimId", "C-8"));

    assertThat(activateBriefly(client, w.jobType())).isEmpty();
    assertThat(activeElementIds(client, key)).containsExactly("Event_PayerResponded");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aBufferedMessageIsDiscardedWhenItsTimeToLivePasses(Transport transport) {
    var client = client(transport);
    Waiting w = deployWaiting(client);
    publish(client, w.message(), "C-3", Map.of(), Duration.ofMinutes(5));
    increaseTime(Duration.ofMinutes(6));

    long key = start(client, w.processId(), Map.of("claimId", "C-3"));

    assertThat(activateBriefly(client, w.jobType())).isEmpty();
    assertThat(activeElementIds(client, key)).containsExactly("Event_PayerResponded");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aMessageIdIsUniqueAmongBufferedMessagesAndMayBeReusedAfterItsTimeToLive(
      Transport transport) {
    var client = client(transport);
    String message = uniqueId("remit");
    publishWithId(client, message, "C-1", "835-0001", Duration.ofMinutes(5));

    assertRejected(
        transport,
        () -> publishWithId(client, message, "C-1", "835-0001", Duration.ofMinutes(5)),
        409,
        Status.Code.ALREADY_EXISTS,
        "835-0001");
    publishWithId(client, message, "C-1", "835-0002", Duration.ofMinutes(5)); // another id is fine

    increaseTime(Duration.ofMinutes(6));
    publishWithId(client, message, "C-1", "835-0001", Duration.ofMinutes(5));
  }

  private static void publishWithId(
      CamundaClient client, String name, String key, String messageId, Duration ttl) {
    client
        .newPublishMessageCommand()
        .messageName(name)
        .correlationKey(key)
        .messageId(messageId)
        .timeToLive(ttl)
        .send()
        .join();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aMessageIsCorrelatedOnlyOncePerProcessButToEveryProcessWaitingForIt(Transport transport) {
    var client = client(transport);
    String message = uniqueId("eligibility");
    String first = uniqueId("first");
    String second = uniqueId("second");
    String jobType = uniqueId("next");
    deploy(client, awaitResponse(first, message, jobType), first);
    deploy(client, awaitResponse(second, message, jobType), second);
    long a1 = start(client, first, Map.of("claimId", "C-5"));
    long a2 = start(client, first, Map.of("claimId", "C-5"));
    long b = start(client, second, Map.of("claimId", "C-5"));

    publish(client, message, "C-5", Map.of(), Duration.ofMinutes(10));

    List<Long> continued =
        activate(client, jobType, 10).stream().map(ActivatedJob::getProcessInstanceKey).toList();
    assertThat(continued).hasSize(2).contains(b).containsAnyOf(a1, a2);
    // buffered, but already correlated to the first process: a new instance does not get it
    start(client, first, Map.of("claimId", "C-5"));
    assertThat(activateBriefly(client, jobType)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void correlatingAMessageReturnsTheProcessInstanceItReached(Transport transport) {
    var client = client(transport);
    Waiting w = deployWaiting(client);
    long key = start(client, w.processId(), Map.of("claimId", "C-4"));
    awaitActive(client, key, "Event_PayerResponded");

    var response =
        client
            .newCorrelateMessageCommand()
            .messageName(w.message())
            .correlationKey("C-4")
            .variables(Map.of("approved", true))
            .send()
            .join();

    assertThat(response.getProcessInstanceKey()).isEqualTo(key);
    assertThat(response.getMessageKey()).isPositive();
    assertThat(activateOne(client, w.jobType()).getVariablesAsMap())
        .containsEntry("approved", true);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void correlatingAMessageThatNoSubscriptionWaitsForIsNotFoundAndNotBuffered(Transport transport) {
    var client = client(transport);
    Waiting w = deployWaiting(client);
    // the client sends message correlation over REST on either transport
    Throwable thrown =
        catchThrowable(
            () ->
                client
                    .newCorrelateMessageCommand()
                    .messageName(w.message())
                    .correlationKey("C-0")
                    .send()
                    .join());
    assertThat(thrown).isInstanceOf(ProblemException.class);
    assertThat(((ProblemException) thrown).code()).isEqualTo(404);

    start(client, w.processId(), Map.of("claimId", "C-0"));
    assertThat(activateBriefly(client, w.jobType())).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void outputMappingsOfTheCatchEventDecideWhichMessageVariablesAreMerged(Transport transport) {
    var client = client(transport);
    String id = uniqueId("mapped");
    String message = uniqueId("era");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .intermediateCatchEvent(
                "Event_Remittance",
                e ->
                    e.message(m -> m.name(message).zeebeCorrelationKeyExpression("claimId"))
                        .zeebeOutputExpression("paid", "remittedAmount"))
            .endEvent()
            .done();
    deploy(client, model, id);
    long key = start(client, id, Map.of("claimId", "C-6"));
    awaitActive(client, key, "Event_Remittance");

    publish(client, message, "C-6", Map.of("paid", 75, "payerNote", "x"), Duration.ZERO);

    awaitState(client, key, "COMPLETED");
    assertThat(globalVariables(client, key))
        .containsEntry("remittedAmount", "75")
        .doesNotContainKeys("paid", "payerNote");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aReceiveTaskWaitsForItsMessage(Transport transport) {
    var client = client(transport);
    String id = uniqueId("receive");
    String message = uniqueId("auth-decision");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .receiveTask("Task_ReceiveDecision")
            .message(m -> m.name(message).zeebeCorrelationKeyExpression("authId"))
            .endEvent()
            .done();
    deploy(client, model, id);
    long key = start(client, id, Map.of("authId", 4711));
    awaitActive(client, key, "Task_ReceiveDecision");

    publish(client, message, "4711", Map.of("approved", true), Duration.ZERO);

    awaitState(client, key, "COMPLETED");
    assertThat(globalVariables(client, key)).containsEntry("approved", "true");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aMessageStartEventStartsAnInstanceWithTheMessageVariables(Transport transport) {
    var client = client(transport);
    String id = uniqueId("referral");
    String message = uniqueId("referral-received");
    String jobType = uniqueId("intake");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent("Event_ReferralReceived")
            .message(message)
            .serviceTask("Task_Intake", t -> t.zeebeJobType(jobType))
            .endEvent()
            .done();
    deploy(client, model, id);

    publish(client, message, "", Map.of("patientId", 42), Duration.ZERO);

    ActivatedJob job = activateOne(client, jobType);
    assertThat(job.getBpmnProcessId()).isEqualTo(id);
    assertThat(job.getVariablesAsMap()).containsEntry("patientId", 42);
    assertThat(completedElementIds(client, job.getProcessInstanceKey()))
        .contains("Event_ReferralReceived");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aProcessThatOnlyStartsByMessageCannotBeCreatedDirectly(Transport transport) {
    var client = client(transport);
    String id = uniqueId("onlymessage");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .message(uniqueId("referral"))
            .endEvent()
            .done();
    deploy(client, model, id);

    assertRejected(
        transport,
        () -> start(client, id, Map.of()),
        409,
        Status.Code.FAILED_PRECONDITION,
        "none start event");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aMessageStartEventStartsOneInstancePerCorrelationKeyAtATime(Transport transport) {
    var client = client(transport);
    String id = uniqueId("episode");
    String message = uniqueId("order");
    String jobType = uniqueId("schedule");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .message(message)
            .serviceTask("Task_Schedule", t -> t.zeebeJobType(jobType))
            .endEvent()
            .done();
    deploy(client, model, id);

    publish(client, message, "patient-1", Map.of("order", 1), Duration.ofMinutes(10));
    publish(client, message, "patient-1", Map.of("order", 2), Duration.ofMinutes(10));
    publish(client, message, "patient-2", Map.of("order", 3), Duration.ofMinutes(10));

    List<ActivatedJob> jobs = activate(client, jobType, 10);
    assertThat(jobs).extracting(j -> j.getVariablesAsMap().get("order")).containsOnly(1, 3);
    // when the instance for patient-1 ends, the buffered second message starts the next one
    ActivatedJob first =
        jobs.stream().filter(j -> j.getVariablesAsMap().get("order").equals(1)).findFirst().get();
    client.newCompleteCommand(first.getKey()).send().join();
    assertThat(activateOne(client, jobType).getVariablesAsMap()).containsEntry("order", 2);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anInterruptingMessageBoundaryEventTerminatesTheTaskAndCancelsItsJob(Transport transport) {
    var client = client(transport);
    String id = uniqueId("cancelled");
    String message = uniqueId("order-cancelled");
    String jobType = uniqueId("verify");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask("Task_VerifyBenefits", t -> t.zeebeJobType(jobType))
            .boundaryEvent(
                "Event_OrderCancelled",
                b -> b.message(m -> m.name(message).zeebeCorrelationKeyExpression("orderId")))
            .endEvent("End_Cancelled")
            .moveToActivity("Task_VerifyBenefits")
            .endEvent("End_Verified")
            .done();
    deploy(client, model, id);
    long key = start(client, id, Map.of("orderId", "O-1"));
    awaitActive(client, key, "Task_VerifyBenefits");

    publish(client, message, "O-1");

    awaitState(client, key, "COMPLETED");
    assertThat(terminatedElementIds(client, key)).containsExactly("Task_VerifyBenefits");
    assertThat(completedElementIds(client, key)).contains("Event_OrderCancelled", "End_Cancelled");
    assertThat(activateBriefly(client, jobType)).isEmpty();
    assertThat(
            client
                .newJobSearchRequest()
                .filter(f -> f.processInstanceKey(key))
                .send()
                .join()
                .items())
        .singleElement()
        .satisfies(j -> assertThat(j.getState().name()).isEqualTo("CANCELED"));
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aNonInterruptingMessageBoundaryEventKeepsTheTaskAndCanTriggerAgain(Transport transport) {
    var client = client(transport);
    String id = uniqueId("reminder");
    String message = uniqueId("status-request");
    String jobType = uniqueId("code");
    String answerType = uniqueId("answer");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .serviceTask("Task_CodeVisit", t -> t.zeebeJobType(jobType))
            .boundaryEvent(
                "Event_StatusRequested",
                b ->
                    b.cancelActivity(false)
                        .message(m -> m.name(message).zeebeCorrelationKeyExpression("visitId")))
            .serviceTask("Task_AnswerStatus", t -> t.zeebeJobType(answerType))
            .endEvent()
            .moveToActivity("Task_CodeVisit")
            .endEvent()
            .done();
    deploy(client, model, id);
    long key = start(client, id, Map.of("visitId", "V-1"));
    awaitActive(client, key, "Task_CodeVisit");

    publish(client, message, "V-1");
    publish(client, message, "V-1");

    assertThat(activate(client, answerType, 5)).hasSize(2);
    assertThat(activeElementIds(client, key)).contains("Task_CodeVisit");
    assertThat(activateOne(client, jobType).getProcessInstanceKey()).isEqualTo(key);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anEventBasedGatewayFollowsTheFirstEventAndClosesTheOthers(Transport transport) {
    var client = client(transport);
    String id = uniqueId("gateway");
    String message = uniqueId("auth-approved");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .eventBasedGateway("Gateway_WhatHappens")
            .intermediateCatchEvent(
                "Event_Approved",
                e -> e.message(m -> m.name(message).zeebeCorrelationKeyExpression("authId")))
            .endEvent("End_Approved")
            .moveToLastGateway()
            .intermediateCatchEvent("Event_NoAnswer", e -> e.timerWithDuration("PT72H"))
            .endEvent("End_NoAnswer")
            .done();
    deploy(client, model, id);
    long key = start(client, id, Map.of("authId", "A-1"));
    awaitActive(client, key, "Gateway_WhatHappens");

    publish(client, message, "A-1", Map.of("units", 8), Duration.ZERO);
    awaitState(client, key, "COMPLETED");
    increaseTime(Duration.ofHours(73));

    assertThat(completedElementIds(client, key))
        .contains("Gateway_WhatHappens", "Event_Approved", "End_Approved")
        .doesNotContain("Event_NoAnswer");
    assertThat(globalVariables(client, key)).containsEntry("units", "8");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void theSubscriptionSearchesShowWaitingCorrelatedAndClosedSubscriptions(Transport transport) {
    var client = client(transport);
    Waiting w = deployWaiting(client);
    long waiting = start(client, w.processId(), Map.of("claimId", "C-1"));
    long correlated = start(client, w.processId(), Map.of("claimId", "C-2"));
    long canceled = start(client, w.processId(), Map.of("claimId", "C-3"));
    awaitActive(client, canceled, "Event_PayerResponded");

    publish(client, w.message(), "C-2");
    client.newCancelInstanceCommand(canceled).send().join();

    MessageSubscription open = messageSubscriptions(client, waiting).get(0);
    assertThat(open.getMessageSubscriptionState()).isEqualTo(MessageSubscriptionState.CREATED);
    assertThat(open.getMessageName()).isEqualTo(w.message());
    assertThat(open.getCorrelationKey()).isEqualTo("C-1");
    assertThat(open.getElementId()).isEqualTo("Event_PayerResponded");
    assertThat(open.getProcessDefinitionId()).isEqualTo(w.processId());
    assertThat(messageSubscriptions(client, correlated).get(0).getMessageSubscriptionState())
        .isEqualTo(MessageSubscriptionState.CORRELATED);
    assertThat(messageSubscriptions(client, canceled).get(0).getMessageSubscriptionState())
        .isEqualTo(MessageSubscriptionState.DELETED);
    var waitingForIt =
        client
            .newMessageSubscriptionSearchRequest()
            .filter(
                f ->
                    f.messageName(w.message())
                        .messageSubscriptionState(MessageSubscriptionState.CREATED))
            .send()
            .join()
            .items();
    assertThat(waitingForIt)
        .extracting(MessageSubscription::getProcessInstanceKey)
        .containsExactly(waiting);

    var received =
        client
            .newCorrelatedMessageSubscriptionSearchRequest()
            .filter(f -> f.processInstanceKey(correlated))
            .send()
            .join()
            .items();
    assertThat(received)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getMessageName()).isEqualTo(w.message());
              assertThat(c.getCorrelationKey()).isEqualTo("C-2");
              assertThat(c.getElementId()).isEqualTo("Event_PayerResponded");
              assertThat(c.getPartitionId()).isEqualTo(1);
            });
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aCorrelationKeyThatIsNeitherTextNorNumberRaisesAnIncident(Transport transport) {
    var client = client(transport);
    Waiting w = deployWaiting(client);
    long key = start(client, w.processId(), Map.of("claimId", Map.of("no", "key")));

    await().atMost(Duration.ofSeconds(10)).until(() -> !incidents(client, key).isEmpty());
    assertThat(incidents(client, key).get(0).getErrorType().name())
        .isEqualTo("EXTRACT_VALUE_ERROR");
    assertThat(incidents(client, key).get(0).getErrorMessage()).contains("correlation key");

    client.newSetVariablesCommand(key).variables(Map.of("claimId", "C-1")).send().join();
    client.newResolveIncidentCommand(incidents(client, key).get(0).getIncidentKey()).send().join();
    publish(client, w.message(), "C-1");
    assertThat(activateOne(client, w.jobType()).getProcessInstanceKey()).isEqualTo(key);
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aMessageSubscriptionInterruptedByATimerBoundaryEventIsClosed(Transport transport) {
    var client = client(transport);
    String id = uniqueId("interrupted");
    String message = uniqueId("payer-answer");
    var model =
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .receiveTask(
                "Task_AwaitAnswer",
                r -> r.message(m -> m.name(message).zeebeCorrelationKeyExpression("claimId")))
            .boundaryEvent("Event_NoAnswer", b -> b.timerWithDuration("PT1H"))
            .endEvent("End_NoAnswer")
            .moveToActivity("Task_AwaitAnswer")
            .endEvent("End_Answered")
            .done();
    deploy(client, model, id);
    long key = start(client, id, Map.of("claimId", "C-9"));
    awaitActive(client, key, "Task_AwaitAnswer");
    assertThat(messageSubscriptions(client, key))
        .extracting(MessageSubscription::getMessageSubscriptionState)
        .containsExactly(MessageSubscriptionState.CREATED);

    increaseTime(Duration.ofHours(2));

    awaitState(client, key, "COMPLETED");
    assertThat(messageSubscriptions(client, key))
        .extracting(MessageSubscription::getMessageSubscriptionState)
        .containsExactly(MessageSubscriptionState.DELETED);
    var stillWaiting =
        client
            .newMessageSubscriptionSearchRequest()
            .filter(
                f ->
                    f.messageName(message)
                        .messageSubscriptionState(MessageSubscriptionState.CREATED))
            .send()
            .join()
            .items();
    assertThat(stillWaiting).isEmpty();
  }
}

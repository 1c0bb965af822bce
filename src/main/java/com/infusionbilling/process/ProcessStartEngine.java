package com.infusionbilling.process;

import io.camunda.client.CamundaClient;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The outbox's two calls to whichever engine is configured: create an instance, and find the
 * instance an earlier attempt of the same outbox row may have created (by the variable {@code
 * processStartId}). On a Camunda 8 cluster the search reads exported data, seconds behind; the
 * outbox looks up only rows whose earlier attempt is older than {@code
 * lifecycle.process-starts.claim-timeout}.
 */
@Component
public class ProcessStartEngine {
  private final CamundaClient client;

  public ProcessStartEngine(CamundaClient client) {
    this.client = client;
  }

  public long create(String processId, Map<String, Object> variables) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId(processId)
        .latestVersion()
        .variables(variables)
        .send()
        .join()
        .getProcessInstanceKey();
  }

  public Optional<Long> findStarted(String processId, long startId) {
    return client
        .newProcessInstanceSearchRequest()
        .filter(
            f ->
                f.processDefinitionId(processId)
                    .variables(Map.of(ProcessStarts.VAR_PROCESS_START_ID, startId)))
        .send()
        .join()
        .items()
        .stream()
        .map(i -> i.getProcessInstanceKey())
        .min(Long::compare);
  }
}

package com.infusionbilling.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SmokeConformanceTest extends ConformanceSupport {

  @ParameterizedTest
  @EnumSource(Transport.class)
  void aServiceTaskProcessCompletesWhenItsJobIsCompleted(Transport transport) {
    var client = client(transport);
    String processId = uniqueId("smoke");
    String type = uniqueId("job");
    deploy(client, oneTask(processId, type), processId);
    long key = start(client, processId, Map.of("amount", 42));

    var job = activateOne(client, type);
    assertThat(job.getVariablesAsMap()).containsEntry("amount", 42);
    client.newCompleteCommand(job.getKey()).variables(Map.of("paid", true)).send().join();

    awaitState(client, key, "COMPLETED");
    assertThat(completedElementIds(client, key)).containsExactly("start", "task", "end");
    assertThat(globalVariables(client, key))
        .containsEntry("paid", "true")
        .containsEntry("amount", "42");
  }
}

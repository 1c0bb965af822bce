package com.infusionbilling;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The application comes up on its embedded runtime: health is UP (including the Camunda client's
 * view of the engine), and the engine answers topology on its REST and gRPC ports (8088 and 26500
 * unless the test run moved them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationHealthTest {

  @Autowired TestRestTemplate http;

  @org.springframework.beans.factory.annotation.Value("${runtime.embedded.rest-port}")
  int restPort;

  @org.springframework.beans.factory.annotation.Value("${runtime.embedded.grpc-port}")
  int grpcPort;

  @Test
  void healthEndpointReportsUp() {
    var response = http.getForObject("/actuator/health", String.class);
    assertThat(response).contains("\"status\":\"UP\"");
  }

  /** Issue 11: the inbound X12 poller's health is a component of /actuator/health. */
  @Test
  void healthShowsTheInboundPollerAsAComponent() {
    var response = http.getForObject("/actuator/health", String.class);
    assertThat(response).contains("\"clearinghouseInbound\":{\"status\":\"UP\"");
  }

  @Test
  void theEmbeddedRuntimeAnswersTopologyOverRestAndGrpc() {
    for (boolean preferRest : new boolean[] {true, false}) {
      try (CamundaClient client =
          CamundaClient.newClientBuilder()
              .restAddress(URI.create("http://localhost:" + restPort))
              .grpcAddress(URI.create("http://localhost:" + grpcPort))
              .preferRestOverGrpc(preferRest)
              .build()) {
        var topology = client.newTopologyRequest().send().join();
        assertThat(topology.getBrokers().get(0).getPartitions().get(0).getHealth().name())
            .as("partition health over " + (preferRest ? "REST" : "gRPC"))
            .isEqualTo("HEALTHY");
      }
    }
  }
}

package com.infusionbilling.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.infusionbilling.runtime.EmbeddedRuntime;
import com.infusionbilling.runtime.RuntimeProperties;
import com.infusionbilling.runtime.spring.EmbeddedRuntimeClientAuth;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.impl.basicauth.BasicAuthCredentialsProviderBuilder;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.grpc.Status;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/**
 * Optional HTTP basic auth of the runtime: with credentials configured, the stock client carrying
 * them works over REST and gRPC, and requests without them or with a wrong password are refused
 * (401 with {@code WWW-Authenticate: Basic} / UNAUTHENTICATED). Runs its own runtime on free ports,
 * so the shared test runtime stays open.
 */
class RuntimeAuthConformanceTest {

  private static final String USER = "billing-app";
  private static final String PASSWORD = "s3cret-" + UUID.randomUUID();

  private static EmbeddedRuntime runtime;

  @BeforeAll
  static void start() {
    String url =
        "jdbc:h2:mem:rtauth-"
            + UUID.randomUUID()
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
    runtime =
        EmbeddedRuntime.start(
            new RuntimeProperties(0, 0, null, "127.0.0.1", url, "sa", "", null, null, 4)
                .withAuth(new RuntimeProperties.BasicAuth(USER, PASSWORD)));
  }

  @AfterAll
  static void stop() {
    if (runtime != null) {
      runtime.close();
    }
  }

  private static CamundaClient client(boolean rest, String user, String password) {
    var builder =
        CamundaClient.newClientBuilder()
            .restAddress(runtime.restAddress())
            .grpcAddress(runtime.grpcAddress())
            .preferRestOverGrpc(rest);
    if (user != null) {
      builder.credentialsProvider(
          new BasicAuthCredentialsProviderBuilder().username(user).password(password).build());
    }
    return builder.build();
  }

  @ParameterizedTest(name = "rest={0}")
  @ValueSource(booleans = {true, false})
  void theStockClientWithTheRightCredentialsWorks(boolean rest) {
    String processId = "auth_" + UUID.randomUUID().toString().substring(0, 8);
    try (CamundaClient client = client(rest, USER, PASSWORD)) {
      assertThat(client.newTopologyRequest().send().join().getBrokers()).isNotEmpty();
      var deployment =
          client
              .newDeployResourceCommand()
              .addProcessModel(
                  Bpmn.createExecutableProcess(processId).startEvent().endEvent().done(),
                  processId + ".bpmn")
              .send()
              .join();
      assertThat(deployment.getProcesses()).singleElement();
      var created =
          client
              .newCreateInstanceCommand()
              .bpmnProcessId(processId)
              .latestVersion()
              .variables(Map.of("episodeId", 7))
              .send()
              .join();
      assertThat(created.getBpmnProcessId()).isEqualTo(processId);
      assertThat(created.getProcessInstanceKey()).isPositive();
    }
  }

  @Test
  void restWithoutOrWithWrongCredentialsIsRefusedWith401() {
    try (CamundaClient client = client(true, null, null)) {
      assertThatThrownBy(() -> client.newTopologyRequest().send().join())
          .isInstanceOf(ProblemException.class)
          .satisfies(e -> assertThat(((ProblemException) e).code()).isEqualTo(401));
    }
    try (CamundaClient client = client(true, USER, "wrong")) {
      assertThatThrownBy(
              () ->
                  client
                      .newDeployResourceCommand()
                      .addProcessModel(
                          Bpmn.createExecutableProcess("auth_refused").startEvent().done(),
                          "auth_refused.bpmn")
                      .send()
                      .join())
          .isInstanceOf(ProblemException.class)
          .satisfies(e -> assertThat(((ProblemException) e).code()).isEqualTo(401));
    }
  }

  @Test
  void grpcWithoutOrWithWrongCredentialsIsUnauthenticated() {
    try (CamundaClient client = client(false, null, null)) {
      assertThatThrownBy(() -> client.newTopologyRequest().send().join())
          .isInstanceOf(ClientStatusException.class)
          .satisfies(
              e ->
                  assertThat(((ClientStatusException) e).getStatusCode())
                      .isEqualTo(Status.Code.UNAUTHENTICATED));
    }
    try (CamundaClient client = client(false, "someone-else", PASSWORD)) {
      assertThatThrownBy(
              () ->
                  client
                      .newCreateInstanceCommand()
                      .bpmnProcessId("auth_refused")
                      .latestVersion()
                      .send()
                      .join())
          .isInstanceOf(ClientStatusException.class)
          .satisfies(
              e ->
                  assertThat(((ClientStatusException) e).getStatusCode())
                      .isEqualTo(Status.Code.UNAUTHENTICATED));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/v2/topology", "/actuator/clock"})
  void everyEndpointAnswers401WithAChallengeAndAProblem(String path) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    URI uri = runtime.restAddress().resolve(path);
    HttpResponse<String> anonymous =
        http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    assertThat(anonymous.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(anonymous.body()).contains("\"status\":401").doesNotContain(PASSWORD);

    HttpResponse<String> wrong =
        http.send(
            HttpRequest.newBuilder(uri)
                .header("Authorization", basic(USER, PASSWORD + "x"))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(wrong.statusCode()).isEqualTo(401);

    HttpResponse<String> garbage =
        http.send(
            HttpRequest.newBuilder(uri)
                .header("Authorization", "Basic !!not-base64!!")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(garbage.statusCode()).isEqualTo(401);

    HttpResponse<String> right =
        http.send(
            HttpRequest.newBuilder(uri)
                .header("Authorization", basic(USER, PASSWORD))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(right.statusCode()).isEqualTo(200);
  }

  static EmbeddedRuntimeClientAuth clientAuth() {
    return new EmbeddedRuntimeClientAuth(new org.springframework.boot.logging.DeferredLogs());
  }

  @Test
  void theApplicationsClientTakesTheRuntimesCredentials() {
    MockEnvironment environment =
        new MockEnvironment()
            .withProperty("camunda.client.auth.method", "none")
            .withProperty("runtime.embedded.auth.username", USER)
            .withProperty("runtime.embedded.auth.password", PASSWORD);
    clientAuth().postProcessEnvironment(environment, new SpringApplication());
    assertThat(environment.getProperty("camunda.client.auth.method")).isEqualTo("basic");
    assertThat(environment.getProperty("camunda.client.auth.username")).isEqualTo(USER);
    assertThat(environment.getProperty("camunda.client.auth.password")).isEqualTo(PASSWORD);

    MockEnvironment open =
        new MockEnvironment()
            .withProperty("camunda.client.auth.method", "none")
            .withProperty("runtime.embedded.auth.enabled", "false");
    clientAuth().postProcessEnvironment(open, new SpringApplication());
    assertThat(open.getProperty("camunda.client.auth.method")).isEqualTo("none");
  }

  @Test
  void credentialsNeverAppearInTheSettingsText() {
    RuntimeProperties.BasicAuth auth = new RuntimeProperties.BasicAuth(USER, PASSWORD);
    assertThat(auth.enabled()).isTrue();
    assertThat(auth.toString()).doesNotContain(PASSWORD);
    assertThat(new RuntimeProperties.BasicAuth(USER, "").enabled()).isFalse();

    RuntimeProperties settings =
        new RuntimeProperties(
                0, 0, null, null, "jdbc:h2:mem:x", "dbuser", "db-secret-7", null, null, 0)
            .withAuth(auth);
    assertThat(settings.toString())
        .contains("dbuser", "jdbc:h2:mem:x")
        .doesNotContain("db-secret-7")
        .doesNotContain(PASSWORD);
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}

package com.infusionbilling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged application starts as the Dockerfile runs it: {@code java -jar} on the jar that
 * {@code package} built (Maven Failsafe runs this after {@code package}, in {@code ./mvnw verify}),
 * with nothing but free ports and an empty working directory. It must come up healthy, its embedded
 * runtime must answer the topology, and the application's deployment of {@code bpmn/} and {@code
 * forms/} must have reached that runtime: its client follows {@code runtime.embedded.rest-port} and
 * {@code grpc-port} (nothing listens on the default ports for it).
 */
class PackagedJarIT {

  static final Duration START_TIMEOUT = Duration.ofMinutes(4);
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  static Process app;
  static Path log;
  static int serverPort;
  static int restPort;
  static String runtimeAuthorization;

  @BeforeAll
  static void start() throws Exception {
    Path jar = packagedJar();
    Path workDir = Files.createTempDirectory("packaged-jar-it");
    log = Path.of("target", "packaged-jar-it.log").toAbsolutePath();
    serverPort = freePort();
    restPort = freePort();
    int grpcPort = freePort();
    String password = UUID.randomUUID().toString();
    runtimeAuthorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(("it:" + password).getBytes(StandardCharsets.UTF_8));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    app =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx512m",
                    "-jar",
                    jar.toAbsolutePath().toString(),
                    "--server.port=" + serverPort,
                    "--runtime.embedded.rest-port=" + restPort,
                    "--runtime.embedded.grpc-port=" + grpcPort,
                    "--runtime.embedded.auth.username=it",
                    "--runtime.embedded.auth.password=" + password))
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (app != null) {
      app.destroy();
      if (!app.waitFor(60, TimeUnit.SECONDS)) {
        app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

  @Test
  void theJarStartsHealthyAndDeploysTheModelsToItsRuntime() throws Exception {
    String health =
        awaitOk(
            URI.create("http://127.0.0.1:" + serverPort + "/actuator/health"), null, null, null);
    assertThat(health).contains("\"status\":\"UP\"");

    String topology =
        awaitOk(
            URI.create("http://127.0.0.1:" + restPort + "/v2/topology"),
            null,
            null,
            runtimeAuthorization);
    assertThat(topology).contains("brokers").contains("partitionsCount");

    String definitions =
        awaitOk(
            URI.create("http://127.0.0.1:" + restPort + "/v2/process-definitions/search"),
            "{\"filter\":{\"processDefinitionId\":\"TherapyEpisode\"}}",
            "\"TherapyEpisode\"",
            runtimeAuthorization);
    assertThat(definitions).contains("\"processDefinitionId\":\"TherapyEpisode\"");
  }

  /**
   * GET (or POST the body, with the runtime's credentials) until 200 (and the body contains {@code
   * expected}), or fail.
   */
  static String awaitOk(URI uri, String body, String expected, String authorization)
      throws Exception {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    String last = "no answer";
    while (Instant.now().isBefore(deadline)) {
      if (!app.isAlive()) {
        fail("the application exited with " + app.exitValue() + ":\n" + tail());
      }
      HttpRequest.Builder request =
          HttpRequest.newBuilder(uri)
              .timeout(Duration.ofSeconds(10))
              .header("Content-Type", "application/json");
      if (authorization != null) {
        request.header("Authorization", authorization);
      }
      request =
          body == null ? request.GET() : request.POST(HttpRequest.BodyPublishers.ofString(body));
      try {
        HttpResponse<String> response =
            HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        last = response.statusCode() + " " + response.body();
        if (response.statusCode() == 200
            && (expected == null || response.body().contains(expected))) {
          return response.body();
        }
      } catch (IOException notYet) {
        last = notYet.toString();
      }
      Thread.sleep(1000);
    }
    return fail(
        "no 200 from " + uri + " within " + START_TIMEOUT + " (last: " + last + "):\n" + tail());
  }

  static String tail() throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }

  static Path packagedJar() throws IOException {
    String configured = System.getProperty("packaged.jar");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files
          .filter(p -> p.toString().endsWith(".jar"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no jar in target/: run package first"));
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}

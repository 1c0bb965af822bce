package com.infusionbilling.runtime.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.infusionbilling.runtime.EmbeddedRuntime;
import com.infusionbilling.runtime.auth.GeneratedSecret;
import io.camunda.client.CamundaClient;
import io.camunda.client.impl.basicauth.BasicAuthCredentialsProviderBuilder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;

/**
 * The embedded runtime as the application starts it, with nothing about authentication configured:
 * it requires credentials. A password is generated at the first start into the data folder,
 * readable by the application's user only, reused by later starts, and the application's own client
 * uses it; without it (or with a wrong one) REST and gRPC refuse. Switching authentication off is
 * an explicit setting that logs a warning. Each case runs its own runtime on free ports (the test
 * JVM's shared runtime stays as it is) and without the test profile.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedRuntimeAuthDefaultTest {

  @TempDir Path data;

  /** Starts the runtime's Spring part as the application does, without the test profile. */
  ConfigurableApplicationContext start(String... properties) {
    StandardEnvironment environment = new StandardEnvironment();
    // the surefire JVM activates the test profile by system property: not here
    environment
        .getPropertySources()
        .remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
    String db =
        "jdbc:h2:mem:rt-auth-default-"
            + UUID.randomUUID()
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
    String[] all = new String[properties.length + 5];
    all[0] = "runtime.embedded.rest-port=0";
    all[1] = "runtime.embedded.grpc-port=0";
    all[2] = "runtime.embedded.datasource.url=" + db;
    all[3] = "runtime.embedded.datasource.username=sa";
    all[4] = "runtime.embedded.auth.secret-file=" + data.resolve("embedded-runtime.secret");
    System.arraycopy(properties, 0, all, 5, properties.length);
    return new SpringApplicationBuilder(EmbeddedRuntimeAutoConfiguration.class)
        .environment(environment)
        .web(WebApplicationType.NONE)
        .properties(all)
        .run();
  }

  static int status(EmbeddedRuntime runtime, String authorization) throws Exception {
    var request = HttpRequest.newBuilder(runtime.restAddress().resolve("/v2/topology"));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }

  static String basic(String user, String password) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static CamundaClient client(EmbeddedRuntime runtime, boolean rest, String password) {
    var builder =
        CamundaClient.newClientBuilder()
            .restAddress(runtime.restAddress())
            .grpcAddress(runtime.grpcAddress())
            .preferRestOverGrpc(rest);
    if (password != null) {
      builder.credentialsProvider(
          new BasicAuthCredentialsProviderBuilder()
              .username(GeneratedSecret.USERNAME)
              .password(password)
              .build());
    }
    return builder.build();
  }

  @Test
  void byDefaultTheRuntimeRequiresAGeneratedSecretThatOnlyThisUserCanRead() throws Exception {
    Path file = data.resolve("embedded-runtime.secret");
    String password;
    try (var context = start()) {
      EmbeddedRuntime runtime = context.getBean(EmbeddedRuntime.class);
      assertThat(file).exists();
      password = Files.readString(file).strip();
      assertThat(password).hasSizeGreaterThanOrEqualTo(40);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");

      // the application's own client is configured with it
      var env = context.getEnvironment();
      assertThat(env.getProperty("camunda.client.auth.method")).isEqualTo("basic");
      assertThat(env.getProperty("camunda.client.auth.username"))
          .isEqualTo(GeneratedSecret.USERNAME);
      assertThat(env.getProperty("camunda.client.auth.password")).isEqualTo(password);

      assertThat(status(runtime, null)).isEqualTo(401);
      assertThat(status(runtime, basic(GeneratedSecret.USERNAME, "guess"))).isEqualTo(401);
      assertThat(status(runtime, basic(GeneratedSecret.USERNAME, password))).isEqualTo(200);
      for (boolean rest : new boolean[] {true, false}) {
        try (CamundaClient anonymous = client(runtime, rest, null)) {
          assertThatThrownBy(() -> anonymous.newTopologyRequest().send().join())
              .as("without credentials, rest=" + rest)
              .isInstanceOf(RuntimeException.class);
        }
        try (CamundaClient app = client(runtime, rest, password)) {
          assertThat(app.newTopologyRequest().send().join().getBrokers()).isNotEmpty();
        }
      }
    }
    try (var again = start()) {
      assertThat(again.getEnvironment().getProperty("camunda.client.auth.password"))
          .as("the next start reuses the secret")
          .isEqualTo(password);
      assertThat(status(again.getBean(EmbeddedRuntime.class), basic("infusion-billing", password)))
          .isEqualTo(200);
    }
  }

  @Test
  void aSecretFileOthersCouldReadIsNarrowedToItsOwner() throws Exception {
    Path file = data.resolve("embedded-runtime.secret");
    Files.writeString(file, "an-old-secret-of-some-length-0123456789\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    try (var context = start()) {
      assertThat(context.getEnvironment().getProperty("runtime.embedded.auth.password"))
          .isEqualTo("an-old-secret-of-some-length-0123456789");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void configuredCredentialsAreUsedAndNothingIsGenerated() throws Exception {
    try (var context =
        start(
            "runtime.embedded.auth.username=ops", "runtime.embedded.auth.password=ops-secret-1")) {
      EmbeddedRuntime runtime = context.getBean(EmbeddedRuntime.class);
      assertThat(status(runtime, null)).isEqualTo(401);
      assertThat(status(runtime, basic("ops", "ops-secret-1"))).isEqualTo(200);
      assertThat(data.resolve("embedded-runtime.secret")).doesNotExist();
    }
  }

  @Test
  void onlyAUserNameWithoutAPasswordIsRefusedAtStart() {
    assertThatThrownBy(() -> start("runtime.embedded.auth.username=ops").close())
        .hasStackTraceContaining("set both username and password, or neither");
  }

  @Test
  void switchingAuthenticationOffIsExplicitAndLogsAWarning(CapturedOutput output) throws Exception {
    try (var context = start("runtime.embedded.auth.enabled=false")) {
      EmbeddedRuntime runtime = context.getBean(EmbeddedRuntime.class);
      assertThat(status(runtime, null)).isEqualTo(200);
      assertThat(data.resolve("embedded-runtime.secret")).doesNotExist();
      assertThat(context.getEnvironment().getProperty("camunda.client.auth.username")).isNull();
    }
    assertThat(output.getAll())
        .contains("WARN")
        .contains("runtime.embedded.auth.enabled=false: the embedded runtime accepts every");
  }
}

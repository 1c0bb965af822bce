package com.infusionbilling.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A path Tomcat refuses before the application reads it is answered with a problem document like
 * every other refusal, not Tomcat's HTML page naming the server and its version. Through the real
 * server: MockMvc has no Tomcat in front of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RefusedByTomcatTest {
  @LocalServerPort int port;
  final HttpClient http = HttpClient.newHttpClient();

  @ParameterizedTest
  @ValueSource(
      strings = {"/api/reports/drugs/..%2F..%2Fetc/claims", "/api/episodes/1%2F..%2F2/timeline"})
  void anEncodedSlashInThePathIsA400Problem(String path) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(response.body())
        .contains("\"status\":400")
        .contains("encoded slash")
        .doesNotContain("Tomcat")
        .doesNotContain("<html");
  }
}

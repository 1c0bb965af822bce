package com.infusionbilling.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.infusionbilling.security.Roles;
import com.infusionbilling.security.UserAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Swagger UI works as documented: the OpenAPI description declares HTTP basic for every operation
 * (Swagger UI's "Authorize"), and "Try it out" with those credentials (what Swagger UI sends: the
 * Authorization header, no session, no CSRF token) gets the real answer, not 401 or 403.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SwaggerUiTest {
  static final String USER = "swagger-morgan";
  static final String PASSWORD = "swagger-ui-password-1";

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  final HttpClient http = HttpClient.newHttpClient();
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void user() {
    accounts.createIfAbsent(USER, "Morgan", PASSWORD, Set.of(Roles.MANAGER), Set.of());
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder()
                    .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theApiDescriptionOffersHttpBasicForEveryOperation() throws Exception {
    HttpResponse<String> docs =
        http.send(request("/v3/api-docs").GET().build(), HttpResponse.BodyHandlers.ofString());

    assertThat(docs.statusCode()).isEqualTo(200);
    JsonNode api = json.readTree(docs.body());
    JsonNode scheme = api.path("components").path("securitySchemes").path("basicAuth");
    assertThat(scheme.path("type").asText()).isEqualTo("http");
    assertThat(scheme.path("scheme").asText()).isEqualTo("basic");
    assertThat(api.path("security").toString()).contains("basicAuth");
  }

  @Test
  void tryItOutWithBasicCredentialsReachesTheApi() throws Exception {
    String body =
        """
        {"payerId": "MEDICARE_PART_B", "claimType": "INSTITUTIONAL", "serviceDate": "2025-03-04",
         "drugs": [{"hcpcs": "J9312", "ndc": "50242-051-21", "administeredAmount": 77,
                    "amountUnit": "mg", "containers": [{"size": 100, "unit": "mg", "count": 1}],
                    "diagnosisPointers": [1]}]}
        """;
    HttpResponse<String> preview =
        http.send(
            request("/api/billing/preview")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> swagger =
        http.send(
            request("/swagger-ui/index.html").GET().build(), HttpResponse.BodyHandlers.ofString());

    assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
    assertThat(preview.body()).contains("J9312");
    assertThat(swagger.statusCode()).isEqualTo(200);
  }
}

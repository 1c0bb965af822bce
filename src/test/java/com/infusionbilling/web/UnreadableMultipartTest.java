package com.infusionbilling.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A POST declared {@code multipart/form-data} whose body Tomcat cannot parse (here: no boundary) is
 * a 400 problem naming the body, on an upload endpoint and on a JSON one alike: the dispatcher
 * parses multipart before it picks a controller, so it was a 500 "unexpected error" everywhere.
 * Through the real server: MockMvc does not parse multipart bodies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnreadableMultipartTest {
  static final String USER = "multipart-quinn";
  static final String PASSWORD = "multipart-password-1";

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void user() {
    accounts.createIfAbsent(
        USER, "Quinn", PASSWORD, Set.of(Roles.MANAGER, Roles.ADMIN), Set.of("pharmacy"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/inventory/receipts",
        "/api/reference/chargemaster",
        "/api/inventory/lots/1/movements",
        "/api/referrals",
        "/api/admin/x12/validate"
      })
  void aMultipartBodyWithoutBoundaryIsA400NamingTheBody(String path) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(
                                (USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data")
                .POST(HttpRequest.BodyPublishers.ofString("NDC,Lot\n"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(response.body()).contains("body: not readable as multipart/form-data");
  }
}

package com.infusionbilling.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sign-in throttling over real HTTP: after five failures a user name waits, even with the right
 * password, longer after each further failure; a success forgets the failures; unknown names are
 * treated alike; every refused attempt is audited. Time is moved, not waited for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginThrottleTest {
  static final String PASSWORD = "throttle-pass-01";

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  @Autowired LoginThrottle throttle;
  @Autowired JdbcClient jdbc;

  final HttpClient http = HttpClient.newHttpClient();
  Instant now = Instant.parse("2026-03-02T10:00:00Z");
  String user;

  @BeforeEach
  void aUserAndAClock() {
    user = "throttled-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.createIfAbsent(user, "T", PASSWORD, Set.of(Roles.COORDINATOR), Set.of("intake"));
    throttle.useClock(Clock.fixed(now, ZoneOffset.UTC));
  }

  @AfterEach
  void realTime() {
    throttle.useClock(Clock.systemUTC());
  }

  void advance(Duration d) {
    now = now.plus(d);
    throttle.useClock(Clock.fixed(now, ZoneOffset.UTC));
  }

  int basic(String name, String password) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                .header("Authorization", HttpBasic.header(name, password))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }

  List<String> refusals(String name) {
    return jdbc.sql(
            "SELECT detail FROM audit_event WHERE action = 'LOGIN_REFUSED' AND entity_id = ?"
                + " ORDER BY id")
        .param(name)
        .query(String.class)
        .list();
  }

  @Test
  void afterFiveFailuresEvenTheRightPasswordWaitsLongerAfterEachFurtherFailure() throws Exception {
    for (int i = 0; i < 4; i++) {
      assertThat(basic(user, "wrong-" + i)).isEqualTo(401);
    }
    assertThat(basic(user, PASSWORD)).as("four failures do not lock").isEqualTo(200);
    for (int i = 0; i < 5; i++) {
      assertThat(basic(user, "wrong-" + i)).isEqualTo(401);
    }
    assertThat(basic(user, PASSWORD)).as("locked after the fifth failure").isEqualTo(401);
    advance(Duration.ofSeconds(29));
    assertThat(basic(user, PASSWORD)).isEqualTo(401);
    advance(Duration.ofSeconds(2));
    assertThat(basic(user, "wrong-again")).as("the sixth failure").isEqualTo(401);
    advance(Duration.ofSeconds(31));
    assertThat(basic(user, PASSWORD)).as("now 60 s, not 30 s").isEqualTo(401);
    advance(Duration.ofSeconds(30));
    assertThat(basic(user, PASSWORD)).isEqualTo(200);
    assertThat(throttle.state(user).failures()).as("a success forgets").isZero();

    assertThat(refusals(user))
        .hasSize(4 + 5 + 2 + 1 + 1)
        .contains(
            "bad credentials, failure 5, now waits until 2026-03-02T10:00:30Z",
            "throttled after 5 failures",
            "throttled after 6 failures");
  }

  @Test
  void aThrottledFormSignInShowsTheLoginPageWithTheWait() throws Exception {
    for (int i = 0; i < 5; i++) {
      assertThat(new BrowserSession(port).login(user, "wrong").headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error=credentials"));
    }
    var session = new BrowserSession(port);
    var login = session.login(user, PASSWORD);
    assertThat(login.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error=throttled&wait=30"));
    assertThat(session.get("/api/me").statusCode()).isEqualTo(401);
  }

  @Test
  void unknownNamesAreThrottledAlike() throws Exception {
    String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < 5; i++) {
      basic(nobody, "guess-" + i);
    }
    assertThat(throttle.state(nobody).lockedAt(now)).isTrue();
    assertThat(basic(nobody, "guess-6")).isEqualTo(401);
    assertThat(refusals(nobody)).hasSize(6).last().isEqualTo("throttled after 5 failures");
  }
}

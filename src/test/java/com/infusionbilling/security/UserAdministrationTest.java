package com.infusionbilling.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The administrators' user API over real HTTP: create a user, set roles and groups, reset a
 * password, disable; every change is audited without the password, changes end the user's open
 * sessions, and everyone but an administrator is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UserAdministrationTest {
  static final String ADMIN_PASSWORD = "admin-pass-0001";

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  @Autowired JdbcClient jdbc;

  final HttpClient http = HttpClient.newHttpClient();
  String admin;
  String run;

  @BeforeEach
  void anAdministrator() {
    run = UUID.randomUUID().toString().substring(0, 8);
    admin = "ua-admin-" + run;
    accounts.createIfAbsent(
        admin, "Admin", ADMIN_PASSWORD, Set.of(Roles.ADMIN, Roles.MANAGER), Set.of());
  }

  HttpResponse<String> send(String method, String path, String json, String user, String pw)
      throws Exception {
    var b =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (user != null) {
      b.header("Authorization", HttpBasic.header(user, pw));
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> asAdmin(String method, String path, String json) throws Exception {
    return send(method, path, json, admin, ADMIN_PASSWORD);
  }

  String newUser(String name, String password) {
    return """
        {"username": "%s", "displayName": "Casey %s", "password": "%s",
         "roles": ["coordinator"], "groups": ["intake"]}
        """
        .formatted(name, name, password);
  }

  List<String> auditDetails(String username) {
    return jdbc.sql(
            "SELECT CONCAT(action, ' ', COALESCE(detail, '')) FROM audit_event"
                + " WHERE entity_type = 'USER' AND entity_id = ? AND action IN ('CREATE', 'UPDATE')"
                + " ORDER BY id")
        .param(username)
        .query(String.class)
        .list();
  }

  @Test
  void anAdministratorCreatesAUserWhoCanSignIn() throws Exception {
    String name = "casey-" + run;
    var created = asAdmin("POST", "/api/admin/users", newUser(name, "first-pass-0001"));
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.body())
        .contains("\"username\":\"" + name + "\"")
        .contains("\"roles\":[\"COORDINATOR\"]")
        .contains("\"groups\":[\"intake\"]")
        .doesNotContain("first-pass-0001");
    var me = send("GET", "/api/me", null, name, "first-pass-0001");
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains("\"groups\":[\"intake\"]");
    assertThat(auditDetails(name))
        .singleElement()
        .satisfies(d -> assertThat(d).startsWith("CREATE").doesNotContain("first-pass-0001"));
    assertThat(
            jdbc.sql("SELECT username FROM audit_event WHERE entity_id = ? AND action = 'CREATE'")
                .param(name)
                .query(String.class)
                .single())
        .isEqualTo(admin);
    var list = asAdmin("GET", "/api/admin/users", null);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains(name).doesNotContain("password");
  }

  @Test
  void rolesAndGroupsAreReplacedAndAudited() throws Exception {
    String name = "blake-" + run;
    asAdmin("POST", "/api/admin/users", newUser(name, "first-pass-0001"));
    var changed =
        asAdmin(
            "PUT",
            "/api/admin/users/" + name + "/access",
            "{\"roles\": [\"MANAGER\"], \"groups\": [\"billing\", \"authorization\"]}");
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(changed.body())
        .contains("\"roles\":[\"MANAGER\"]")
        .contains("\"groups\":[\"authorization\",\"billing\"]");
    assertThat(send("GET", "/api/me", null, name, "first-pass-0001").body())
        .contains("\"roles\":[\"MANAGER\"]");
    assertThat(auditDetails(name))
        .hasSize(2)
        .last()
        .asString()
        .contains(
            "UPDATE", "roles [COORDINATOR]", "roles [MANAGER] groups [authorization, billing]");
  }

  @Test
  void aResetPasswordReplacesTheOldOneAndEndsOpenSessions() throws Exception {
    String name = "reset-" + run;
    asAdmin("POST", "/api/admin/users", newUser(name, "first-pass-0001"));
    var session = new BrowserSession(port);
    session.login(name, "first-pass-0001");
    assertThat(session.get("/api/me").statusCode()).isEqualTo(200);

    var reset =
        asAdmin(
            "PUT", "/api/admin/users/" + name + "/password", "{\"password\": \"second-pass-02\"}");
    assertThat(reset.statusCode()).isEqualTo(204);

    assertThat(send("GET", "/api/me", null, name, "first-pass-0001").statusCode()).isEqualTo(401);
    assertThat(send("GET", "/api/me", null, name, "second-pass-02").statusCode()).isEqualTo(200);
    assertThat(session.get("/api/me").statusCode()).as("the open session ended").isEqualTo(401);
    assertThat(auditDetails(name))
        .last()
        .asString()
        .isEqualTo("UPDATE password reset")
        .doesNotContain("second-pass-02");
  }

  @Test
  void aDisabledUserCannotSignInAndTheirSessionEnds() throws Exception {
    String name = "gone-" + run;
    asAdmin("POST", "/api/admin/users", newUser(name, "first-pass-0001"));
    var session = new BrowserSession(port);
    session.login(name, "first-pass-0001");
    assertThat(session.get("/api/me").statusCode()).isEqualTo(200);

    var disabled = asAdmin("POST", "/api/admin/users/" + name + "/disable", null);
    assertThat(disabled.statusCode()).isEqualTo(200);
    assertThat(disabled.body()).contains("\"enabled\":false");

    assertThat(send("GET", "/api/me", null, name, "first-pass-0001").statusCode()).isEqualTo(401);
    assertThat(session.get("/api/me").statusCode()).isEqualTo(401);
    assertThat(
            new BrowserSession(port)
                .login(name, "first-pass-0001")
                .headers()
                .firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/login?error"));
    assertThat(auditDetails(name)).last().asString().isEqualTo("UPDATE disabled");

    assertThat(asAdmin("POST", "/api/admin/users/" + name + "/enable", null).statusCode())
        .isEqualTo(200);
    assertThat(send("GET", "/api/me", null, name, "first-pass-0001").statusCode()).isEqualTo(200);
  }

  @Test
  void nobodyButAnAdministratorManagesUsers() throws Exception {
    String manager = "ua-manager-" + run;
    accounts.createIfAbsent(
        manager, "M", "manager-pass-01", Set.of(Roles.MANAGER), CandidateGroups.ALL);
    String coordinator = "ua-coord-" + run;
    accounts.createIfAbsent(
        coordinator, "C", "coord-pass-0001", Set.of(Roles.COORDINATOR), Set.of("intake"));
    String victim = "victim-" + run;
    for (String user : List.of(manager, coordinator)) {
      String pw = user.equals(manager) ? "manager-pass-01" : "coord-pass-0001";
      assertThat(send("GET", "/api/admin/users", null, user, pw).statusCode()).isEqualTo(403);
      assertThat(
              send("POST", "/api/admin/users", newUser(victim, "first-pass-0001"), user, pw)
                  .statusCode())
          .isEqualTo(403);
      assertThat(
              send(
                      "PUT",
                      "/api/admin/users/" + user + "/access",
                      "{\"roles\": [\"ADMIN\"], \"groups\": []}",
                      user,
                      pw)
                  .statusCode())
          .as("no self-promotion")
          .isEqualTo(403);
      assertThat(
              send("POST", "/api/admin/users/" + admin + "/disable", null, user, pw).statusCode())
          .isEqualTo(403);
    }
    assertThat(accounts.find(victim)).isEmpty();
    assertThat(accounts.find(manager).orElseThrow().roles()).containsExactly(Roles.MANAGER);
    assertThat(accounts.find(admin).orElseThrow().enabled()).isTrue();
  }

  @Test
  void badInputIsA400NamingTheField() throws Exception {
    record Case(String json, String field) {}
    for (Case c :
        List.of(
            new Case(newUser("short-" + run, "too-short"), "password"),
            new Case(newUser("Upper-" + run, "long-enough-pass"), "username"),
            new Case(newUser("x", "long-enough-pass"), "username"),
            new Case(newUser("same-" + run, "same-" + run), "password"),
            new Case(
                "{\"username\": \"r-"
                    + run
                    + "\", \"password\": \"long-enough-pass\", \"roles\": [\"ROOT\"]}",
                "roles"),
            new Case(
                "{\"username\": \"g-"
                    + run
                    + "\", \"password\": \"long-enough-pass\", \"groups\": [\"a b\"]}",
                "groups"))) {
      var response = asAdmin("POST", "/api/admin/users", c.json());
      assertThat(response.statusCode()).as(c.json()).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(response.body()).as(c.json()).contains("\"field\":\"" + c.field() + "\"");
    }
    String name = "dup-" + run;
    assertThat(asAdmin("POST", "/api/admin/users", newUser(name, "first-pass-0001")).statusCode())
        .isEqualTo(201);
    assertThat(asAdmin("POST", "/api/admin/users", newUser(name, "other-pass-0001")).statusCode())
        .isEqualTo(409);
    assertThat(send("GET", "/api/me", null, name, "first-pass-0001").statusCode())
        .as("the duplicate did not overwrite the password")
        .isEqualTo(200);
    assertThat(asAdmin("POST", "/api/admin/users/nobody-" + run + "/disable", null).statusCode())
        .isEqualTo(404);
  }

  @Test
  void anAdministratorCannotDisableOrDemoteThemselves() throws Exception {
    var disable = asAdmin("POST", "/api/admin/users/" + admin + "/disable", null);
    assertThat(disable.statusCode()).isEqualTo(400);
    var demote =
        asAdmin(
            "PUT",
            "/api/admin/users/" + admin + "/access",
            "{\"roles\": [\"MANAGER\"], \"groups\": []}");
    assertThat(demote.statusCode()).isEqualTo(400);
    assertThat(demote.body()).contains("\"field\":\"roles\"");
    assertThat(accounts.find(admin).orElseThrow().roles()).contains(Roles.ADMIN);
  }
}

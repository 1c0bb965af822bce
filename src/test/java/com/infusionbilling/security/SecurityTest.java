package com.infusionbilling.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Access rules over real HTTP: only health is public, /api/** needs a user (HTTP basic or a form
 * login session), sessions are Secure/HttpOnly/SameSite cookies, and session requests need the CSRF
 * token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityTest {
  @LocalServerPort int port;
  @Autowired UserAccounts accounts;

  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void users() {
    accounts.createIfAbsent(
        "sec-coordinator",
        "Sec Coordinator",
        "s3cret-pass",
        Set.of(Roles.COORDINATOR),
        Set.of("intake"));
    accounts.createIfAbsent(
        "sec-manager", "Sec Manager", "m4nager-pass", Set.of(Roles.MANAGER), Set.of());
  }

  HttpResponse<String> get(String path, String basicUser, String password) throws Exception {
    var b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (basicUser != null) {
      b.header("Authorization", HttpBasic.header(basicUser, password));
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthIsPublic() throws Exception {
    assertThat(get("/actuator/health", null, null).statusCode()).isEqualTo(200);
  }

  @Test
  void theSignInPageAndItsOptionsArePublic() throws Exception {
    var page = get("/login", null, null);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<div id=\"login\"></div>");
    var options = get("/login/options", null, null);
    assertThat(options.statusCode()).isEqualTo(200);
    // users exist here (this class creates them), and no OIDC provider is configured
    assertThat(options.body()).isEqualTo("{\"oidc\":[],\"noUsers\":false}");
  }

  @Test
  void everyApiNeedsAUser() throws Exception {
    for (String path :
        new String[] {"/api/me", "/api/reference/imports/ASP", "/api/nothing-here"}) {
      var response = get(path, null, null);
      assertThat(response.statusCode()).as(path).isEqualTo(401);
      assertThat(response.headers().firstValue("WWW-Authenticate"))
          .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }
  }

  @Test
  void refusalsOfTheApiAreProblemJson() throws Exception {
    var anonymous = get("/api/me", null, null);
    var wrongPassword = get("/api/me", "sec-coordinator", "wrong");
    var notAManager = get("/api/dashboard", "sec-coordinator", "s3cret-pass");
    assertThat(notAManager.statusCode()).isEqualTo(403);
    for (var response : java.util.List.of(anonymous, wrongPassword, notAManager)) {
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
      assertThat(response.body())
          .contains("\"status\":" + response.statusCode())
          .contains("\"detail\":\"");
    }
    assertThat(notAManager.body()).contains("roles and groups do not allow");
    var frontEnd =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                .header("X-Requested-With", "XMLHttpRequest")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(frontEnd.statusCode()).isEqualTo(401);
    assertThat(frontEnd.headers().firstValue("WWW-Authenticate"))
        .as("no browser prompt for the front end")
        .isEmpty();
    assertThat(frontEnd.body()).contains("\"status\":401");
  }

  @Test
  void theOtherActuatorEndpointsAndTheApiDocsNeedAUserToo() throws Exception {
    assertThat(get("/actuator/info", null, null).statusCode()).isIn(302, 401);
    assertThat(get("/v3/api-docs", null, null).statusCode()).isIn(302, 401);
  }

  @Test
  void httpBasicWithADatabaseUserShowsItsRolesAndGroups() throws Exception {
    var response = get("/api/me", "sec-coordinator", "s3cret-pass");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"username\":\"sec-coordinator\"")
        .contains("\"roles\":[\"COORDINATOR\"]")
        .contains("\"groups\":[\"intake\"]")
        .contains("\"idleTimeoutSeconds\":900");
  }

  @Test
  void aWrongPasswordIsRefused() throws Exception {
    assertThat(get("/api/me", "sec-coordinator", "wrong").statusCode()).isEqualTo(401);
    assertThat(get("/api/me", "nobody", "s3cret-pass").statusCode()).isEqualTo(401);
  }

  @Test
  void passwordsAreStoredAsBcryptHashes() {
    var user = accounts.loadUserByUsername("sec-coordinator");
    assertThat(user.getPassword()).startsWith("$2a$").doesNotContain("s3cret-pass");
  }

  static String sessionCookie(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void formLoginOverPlainHttpGivesAnHttpOnlyStrictSessionCookieWithoutSecure() throws Exception {
    var session = new BrowserSession(port);
    var login = session.login("sec-manager", "m4nager-pass");
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location"))
        .hasValueSatisfying(v -> assertThat(v).doesNotContain("error"));
    assertThat(sessionCookie(login))
        .contains("HttpOnly")
        .contains("SameSite=Strict")
        .doesNotContainIgnoringCase("Secure");
    var me = session.get("/api/me");
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains("\"roles\":[\"MANAGER\"]");
  }

  @Test
  void behindAnHttpsProxyTheSessionAndCsrfCookiesAreSecure() throws Exception {
    var session = new BrowserSession(port).header("X-Forwarded-Proto", "https");
    var page = session.get("/login");
    assertThat(
            page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("XSRF-TOKEN="))
                .findFirst()
                .orElseThrow())
        .contains("Secure");
    var login = session.login("sec-manager", "m4nager-pass");
    assertThat(sessionCookie(login)).contains("Secure").contains("HttpOnly");
    assertThat(session.get("/api/me").statusCode()).isEqualTo(200);
  }

  /**
   * What a browser does at http://<ip-address>: it never sends a Secure cookie back over plain
   * http. The JDK's cookie manager behaves the same, so this is the sign-in as the browser sees it.
   */
  @Test
  void aBrowserSignsInOverPlainHttpByAddress() throws Exception {
    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new java.net.CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String base = "http://127.0.0.1:" + port;
    browser.send(
        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
        HttpResponse.BodyHandlers.ofString());
    String token =
        ((java.net.CookieManager) browser.cookieHandler().orElseThrow())
            .getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the XSRF-TOKEN cookie was not kept"))
                .getValue();
    var login =
        browser.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", token)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=sec-manager&password=m4nager-pass"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location"))
        .hasValueSatisfying(v -> assertThat(v).doesNotContain("error"));
    var me =
        browser.send(
            HttpRequest.newBuilder(URI.create(base + "/api/me")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(me.statusCode()).isEqualTo(200);
  }

  @Test
  void aSignInPostedWithoutAValidCsrfTokenGoesBackToTheLoginPageWithAReason() throws Exception {
    var login =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=sec-manager&password=m4nager-pass"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location"))
        .hasValueSatisfying(v -> assertThat(v).endsWith("/login?error=session"));
    var page = get("/login?error=session", null, null);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).doesNotContain("Whitelabel");
  }

  @Test
  void aFailedFormLoginGetsNoSession() throws Exception {
    var session = new BrowserSession(port);
    var login = session.login("sec-manager", "not-it");
    assertThat(login.headers().firstValue("Location"))
        .hasValueSatisfying(v -> assertThat(v).contains("/login?error"));
    assertThat(session.get("/api/me").statusCode()).isEqualTo(401);
  }

  @Test
  void aSessionRequestThatChangesStateNeedsTheCsrfToken() throws Exception {
    var session = new BrowserSession(port);
    session.login("sec-manager", "m4nager-pass");
    String body = "{\"payerId\": \"MEDICARE_PART_B\"}";
    assertThat(session.postJson("/api/billing/preview", body, false).statusCode()).isEqualTo(403);
    // with the token the request reaches the controller (which then judges the body)
    assertThat(session.postJson("/api/billing/preview", body, true).statusCode()).isEqualTo(400);
  }

  @Test
  void anotherAuthorizationHeaderDoesNotExemptASessionRequestFromCsrf() throws Exception {
    var session = new BrowserSession(port);
    session.login("sec-manager", "m4nager-pass");
    String body = "{\"payerId\": \"MEDICARE_PART_B\"}";
    for (String junk : new String[] {"Bearer junk", "Basic bm9ib2R5Om5vdGhpbmc=", "x"}) {
      assertThat(
              session
                  .postJson("/api/billing/preview", body, false, "Authorization", junk)
                  .statusCode())
          .as(junk)
          .isEqualTo(403);
    }
  }

  @Test
  void anApiClientWithHttpBasicAndNoSessionNeedsNoCsrfToken() throws Exception {
    var response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/billing/preview"))
                .header("Content-Type", "application/json")
                .header("Authorization", HttpBasic.header("sec-manager", "m4nager-pass"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"payerId\": \"MEDICARE_PART_B\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(400);
  }

  @Test
  void logoutEndsTheSession() throws Exception {
    var session = new BrowserSession(port);
    session.login("sec-manager", "m4nager-pass");
    assertThat(session.get("/api/me").statusCode()).isEqualTo(200);
    var logout = session.postJson("/logout", "", true);
    assertThat(logout.statusCode()).as("XHR logout").isEqualTo(204);
    assertThat(session.get("/api/me").statusCode()).isEqualTo(401);
  }

  @Test
  void pagesRedirectToTheLoginInsteadOf401() throws Exception {
    var response = get("/", null, null);
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(v -> assertThat(v).endsWith("/login"));
  }

  @Test
  void theFrontEndIsServedToASignedInUserAndItsAssetsArePublic() throws Exception {
    var session = new BrowserSession(port);
    session.login("sec-manager", "m4nager-pass");
    var page = session.get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<div id=\"app\"></div>");
    String script = page.body().replaceAll("(?s).*src=\"(/assets/[^\"]+\\.js)\".*", "$1");
    assertThat(get(script, null, null).statusCode()).isEqualTo(200);
  }
}

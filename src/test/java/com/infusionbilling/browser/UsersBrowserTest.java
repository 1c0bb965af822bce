package com.infusionbilling.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.security.Roles;
import com.infusionbilling.security.UserAccounts;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The administrators' Users page and the sign-in page's messages in headless Chromium: an
 * administrator adds a user (after a password the server refuses), gives them other groups, resets
 * their password and disables them, each change audited; the new user signs in with the first
 * password and, once disabled, sees the sign-in page say why it refused; a coordinator has no Users
 * page; a wrong password and a throttled name are explained on the sign-in page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UsersBrowserTest {
  static final String PASSWORD = "browser-admin-pass";

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  @Autowired JdbcTemplate jdbc;

  String run;
  String admin;

  @BeforeEach
  void anAdministrator() {
    run = UUID.randomUUID().toString().substring(0, 6);
    admin = "browser-admin-" + run;
    accounts.createIfAbsent(admin, "Avery", PASSWORD, Set.of(Roles.ADMIN, Roles.MANAGER), Set.of());
  }

  static void type(WebElement input, String text) {
    input.clear();
    input.sendKeys(text);
  }

  WebElement row(Browser b, String username) {
    return b.waitFor(By.cssSelector("#users-table tr[data-username='" + username + "']"));
  }

  String loginMessage(Browser b) {
    return b.waitFor(By.id("login-message")).getText();
  }

  @Test
  void anAdministratorAddsChangesAndDisablesAUser() throws Exception {
    String casey = "casey-" + run;
    try (Browser b = new Browser(port)) {
      try {
        b.login(admin, PASSWORD);
        b.waitFor(By.id("nav-users")).click();
        b.waitFor(By.id("users-table"));

        type(b.waitFor(By.id("new-username")), casey);
        type(b.driver.findElement(By.id("new-display-name")), "Casey Lee");
        b.driver.findElement(By.id("new-group-intake")).click();
        // the browser's own minlength check is bypassed to see the server's answer
        b.driver.executeScript(
            "document.getElementById('new-password').removeAttribute('minlength')");
        type(b.driver.findElement(By.id("new-password")), "short");
        b.driver.findElement(By.id("create-user")).click();
        WebElement error = b.waitFor(By.id("new-user-error"));
        assertThat(error.getAttribute("data-field")).isEqualTo("password");
        assertThat(error.getText()).contains("at least 12 characters");
        assertThat(accounts.find(casey)).isEmpty();

        type(b.driver.findElement(By.id("new-password")), "casey-first-pass");
        b.driver.findElement(By.id("create-user")).click();
        assertThat(row(b, casey).getText())
            .contains("Casey Lee", "coordinator", "intake", "active");

        // the new user signs in with the first password
        try (Browser c = new Browser(port)) {
          c.login(casey, "casey-first-pass");
          assertThat(c.driver.findElements(By.id("nav-users"))).as("no Users page").isEmpty();
        }

        b.waitFor(By.id("edit-group-billing")).click();
        b.driver.findElement(By.id("save-access")).click();
        assertThat(b.waitFor(By.id("edit-user-notice")).getText()).contains("saved");
        b.waitUntil(d -> row(b, casey).getText().contains("billing"));

        type(b.driver.findElement(By.id("reset-password")), "casey-second-pass");
        b.driver.findElement(By.id("save-password")).click();
        b.waitUntil(d -> b.waitFor(By.id("edit-user-notice")).getText().contains("Password reset"));

        b.waitFor(By.id("disable-user")).click();
        b.waitUntil(d -> row(b, casey).getText().contains("disabled"));
        b.screenshot("users-page");
      } catch (AssertionError | RuntimeException e) {
        b.dump("users-admin");
        throw e;
      }
    }
    assertThat(accounts.find(casey).orElseThrow().enabled()).isFalse();
    assertThat(accounts.find(casey).orElseThrow().groups()).containsExactly("billing", "intake");
    List<String> audited =
        jdbc.queryForList(
            "SELECT CONCAT(action, ' ', detail) FROM audit_event WHERE entity_type = 'USER'"
                + " AND entity_id = ? AND username = ? ORDER BY id",
            String.class,
            casey,
            admin);
    assertThat(audited).hasSize(4);
    assertThat(audited.get(0)).startsWith("CREATE");
    assertThat(audited.get(1)).contains("groups [billing, intake]");
    assertThat(audited.subList(2, 4)).containsExactly("UPDATE password reset", "UPDATE disabled");

    try (Browser c = new Browser(port)) {
      c.open("/login");
      type(c.waitFor(By.id("username")), casey);
      type(c.driver.findElement(By.id("password")), "casey-second-pass");
      c.driver.findElement(By.cssSelector("button[type=submit]")).click();
      c.waitUntil(d -> d.getCurrentUrl().contains("/login?error="));
      assertThat(loginMessage(c)).contains("wrong, or the account is disabled");
      c.screenshot("login-refused");
      assertThat(c.driver.getPageSource()).doesNotContain("Whitelabel");
    }
  }

  @Test
  void aCoordinatorHasNoUsersPage() throws Exception {
    String coordinator = "browser-coord-" + run;
    accounts.createIfAbsent(
        coordinator, "C", "coordinator-pass", Set.of(Roles.COORDINATOR), Set.of("intake"));
    try (Browser b = new Browser(port)) {
      b.login(coordinator, "coordinator-pass");
      assertThat(b.driver.findElements(By.id("nav-users"))).isEmpty();
      b.open("/#/users");
      b.waitFor(By.id("current-user"));
      assertThat(b.driver.findElements(By.id("users-table"))).isEmpty();
      assertThat(b.fetch("GET", "/api/admin/users")).isEqualTo(403L);
    }
  }

  @Test
  void theSignInPageSaysWhyItRefused() throws Exception {
    String name = "browser-throttled-" + run;
    accounts.createIfAbsent(name, "T", "throttled-pass-1", Set.of(Roles.COORDINATOR), Set.of());
    try (Browser b = new Browser(port)) {
      try {
        for (int i = 1; i <= 5; i++) {
          b.open("/login");
          type(b.waitFor(By.id("username")), name);
          type(b.driver.findElement(By.id("password")), "wrong-" + i);
          b.driver.findElement(By.cssSelector("button[type=submit]")).click();
          b.waitUntil(d -> d.getCurrentUrl().contains("/login?error=credentials"));
          assertThat(loginMessage(b)).contains("The user name or password is wrong");
        }
        b.open("/login");
        type(b.waitFor(By.id("username")), name);
        type(b.driver.findElement(By.id("password")), "throttled-pass-1");
        b.driver.findElement(By.cssSelector("button[type=submit]")).click();
        b.waitUntil(d -> d.getCurrentUrl().contains("/login?error=throttled"));
        assertThat(loginMessage(b)).contains("Too many failed sign-ins").contains("seconds");

        // a sign-in page whose CSRF cookie is gone (expired, blocked) is explained, not a 403 page
        b.open("/login");
        b.waitFor(By.id("username"));
        b.driver.manage().deleteCookieNamed("XSRF-TOKEN");
        type(b.driver.findElement(By.id("username")), admin);
        type(b.driver.findElement(By.id("password")), PASSWORD);
        b.driver.findElement(By.cssSelector("button[type=submit]")).click();
        b.waitUntil(d -> d.getCurrentUrl().contains("/login?error=session"));
        assertThat(loginMessage(b)).contains("sign in again");
      } catch (AssertionError | RuntimeException e) {
        b.dump("sign-in-messages");
        throw e;
      }
    }
  }
}

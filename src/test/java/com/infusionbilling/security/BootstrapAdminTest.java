package com.infusionbilling.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fresh installation (its own empty database, no demo profile) started with the environment
 * variables the README names: the first administrator is created once, can sign in, and the log
 * says so without the password.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:bootstrap-admin;MODE=MySQL;DB_CLOSE_DELAY=-1;"
          + "DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE",
      "spring.datasource.username=sa",
      "spring.datasource.password=",
      "SECURITY_BOOTSTRAP_ADMIN_USERNAME=first-admin",
      "SECURITY_BOOTSTRAP_ADMIN_PASSWORD=" + BootstrapAdminTest.PASSWORD
    })
@ExtendWith(OutputCaptureExtension.class)
class BootstrapAdminTest {
  static final String PASSWORD = "Bootstrap-Secret-4711";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired BootstrapAdmin bootstrap;
  @Autowired UserAccounts accounts;

  HttpResponse<String> me(String user, String password) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                .header("Authorization", HttpBasic.header(user, password))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theFirstAdministratorIsCreatedFromTheEnvironmentAndCanSignIn(CapturedOutput output)
      throws Exception {
    var me = me("first-admin", PASSWORD);
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains("\"roles\":[\"ADMIN\",\"MANAGER\"]");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single()).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM audit_event WHERE entity_type = 'USER'"
                        + " AND entity_id = 'first-admin' AND action = 'CREATE'")
                .query(Long.class)
                .single())
        .isEqualTo(1);
    // this class's context is its own (own database), so it started inside the capture
    assertThat(output.getAll())
        .contains("Created the first administrator 'first-admin'")
        .doesNotContain(PASSWORD);
  }

  @Test
  void onceAUserExistsTheSettingsChangeNothing() throws Exception {
    accounts.setPassword("first-admin", "Changed-Later-0815");
    bootstrap.run(null);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single()).isEqualTo(1);
    assertThat(me("first-admin", PASSWORD).statusCode()).isEqualTo(401);
    assertThat(me("first-admin", "Changed-Later-0815").statusCode()).isEqualTo(200);
    accounts.setPassword("first-admin", PASSWORD);
  }
}

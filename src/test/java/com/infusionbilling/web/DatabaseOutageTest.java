package com.infusionbilling.web;

import static com.infusionbilling.testing.ReferralBuilder.referral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.infusionbilling.episode.EpisodeRepository;
import com.infusionbilling.process.ProcessStartEngine;
import com.infusionbilling.testing.ApiTest;
import com.infusionbilling.testing.TcpProxy;
import java.io.EOFException;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.h2.tools.Server;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issue 19, database faults, without stopping the shared database: the application's datasource
 * goes through a {@link TcpProxy} to the test database (MariaDB in CI, an H2 TCP server otherwise).
 * While the proxy is cut for 30 s, {@code /actuator/health} is DOWN (503) and API reads answer 503
 * problem+json with {@code Retry-After} within the pool's connection timeout, neither hanging nor
 * 500, and a referral sent then stores nothing; when it is restored, everything recovers by itself
 * and the referral accepted before the outage and the one sent again after it are both stored and
 * started. An exhausted pool is a 503 too.
 */
@ApiTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseOutageTest {
  static final Duration OUTAGE = Duration.ofSeconds(30);
  static final int POOL_SIZE = 3;
  static Server h2;
  static TcpProxy proxy;

  @Autowired MockMvc mvc;
  @Autowired DataSource dataSource;
  @Autowired EpisodeRepository episodes;
  @MockitoBean ProcessStartEngine starter;

  @DynamicPropertySource
  static void throughTheProxy(DynamicPropertyRegistry registry) throws Exception {
    String url = System.getenv("TEST_DB_URL");
    String proxied;
    if (url != null && url.startsWith("jdbc:mysql://")) {
      URI target = URI.create(url.substring("jdbc:".length()));
      proxy = new TcpProxy(target.getHost(), target.getPort() < 0 ? 3306 : target.getPort());
      proxied = url.replace(target.getAuthority(), "127.0.0.1:" + proxy.port());
    } else {
      h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
      proxy = new TcpProxy("127.0.0.1", h2.getPort());
      proxied =
          "jdbc:h2:tcp://127.0.0.1:"
              + proxy.port()
              + "/mem:ibw_outage;MODE=MySQL;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE;"
              + "CASE_INSENSITIVE_IDENTIFIERS=TRUE";
    }
    registry.add("spring.datasource.url", () -> proxied);
    registry.add("spring.datasource.hikari.maximum-pool-size", () -> POOL_SIZE);
    registry.add("spring.datasource.hikari.connection-timeout", () -> 2000);
    registry.add("lifecycle.process-starts.dispatch-interval", () -> "1s");
    registry.add("lifecycle.process-starts.initial-backoff", () -> "1s");
    registry.add("lifecycle.process-starts.max-backoff", () -> "2s");
  }

  @AfterAll
  static void stopProxy() throws Exception {
    proxy.close();
    if (h2 != null) {
      h2.stop();
    }
  }

  ResultActions postReferral(String id) throws Exception {
    return mvc.perform(
        post("/api/referrals")
            .contentType(MediaType.APPLICATION_JSON)
            .content(referral(id).json()));
  }

  static void isServiceUnavailable(ResultActions result) throws Exception {
    result
        .andExpect(status().isServiceUnavailable())
        .andExpect(header().string("Retry-After", "10"))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(503));
  }

  /** Referral IDs of this run: a MariaDB test database keeps the referrals of earlier runs. */
  static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase();

  @Test
  void aThirtySecondOutageIsA503AndEverythingRecoversWithNothingLost() throws Exception {
    String first = "R-DBF-" + RUN + "-1";
    String second = "R-DBF-" + RUN + "-2";
    when(starter.create(anyString(), any())).thenReturn(1901L, 1902L);
    postReferral(first).andExpect(status().isCreated());
    long before = episodes.findByReferralId(first).orElseThrow().getId();
    verify(starter, timeout(30_000)).create(eq("TherapyEpisode"), forEpisode(before));

    proxy.cut();
    Instant cutAt = Instant.now();
    mvc.perform(get("/actuator/health"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(jsonPath("$.status").value("DOWN"))
        .andExpect(jsonPath("$.components.db.status").value("DOWN"));
    isServiceUnavailable(mvc.perform(get("/api/episodes/{id}/timeline", before)));
    isServiceUnavailable(postReferral(second));
    // The billing API's advice catches every exception; the database's outage is still a 503.
    isServiceUnavailable(mvc.perform(get("/api/reference/imports/ASP")));
    Duration left = OUTAGE.minus(Duration.between(cutAt, Instant.now()));
    if (!left.isNegative()) {
      Thread.sleep(left.toMillis());
    }
    isServiceUnavailable(mvc.perform(get("/api/episodes/{id}/timeline", before)));

    proxy.restore();
    awaitHealthUp();
    mvc.perform(get("/api/episodes/{id}/timeline", before)).andExpect(status().isOk());
    assertThat(episodes.findByReferralId(second)).as("nothing stored during the outage").isEmpty();
    postReferral(second).andExpect(status().isCreated());
    long after = episodes.findByReferralId(second).orElseThrow().getId();
    verify(starter, timeout(30_000)).create(eq("TherapyEpisode"), forEpisode(after));
    assertThat(episodes.findByReferralId(first)).isPresent();
  }

  @Test
  void anExhaustedPoolIsA503NotAHangOrA500() throws Exception {
    awaitHealthUp();
    List<Connection> held = new ArrayList<>();
    try {
      for (int i = 0; i < POOL_SIZE; i++) {
        held.add(dataSource.getConnection());
      }
      isServiceUnavailable(mvc.perform(get("/api/episodes/{id}/timeline", 1)));
    } finally {
      for (Connection c : held) {
        c.close();
      }
    }
    mvc.perform(get("/api/episodes/{id}/timeline", 1))
        .andExpect(r -> assertThat(r.getResponse().getStatus()).isLessThan(500));
  }

  /**
   * The driver's "Connection reset" reads to Spring MVC like an HTTP client that went away, which
   * it answers with an empty 200 (seen on MariaDB): the database's outage must still be the 503.
   */
  @Test
  void aConnectionLostByTheDatabaseIsA503NotAnEmpty200() throws Exception {
    isServiceUnavailable(mvc.perform(get("/api/outage-probe/connection-lost")));
  }

  @TestConfiguration
  static class OutageProbe {
    @Bean
    ConnectionLostController connectionLostController() {
      return new ConnectionLostController();
    }
  }

  @RestController
  static class ConnectionLostController {
    @GetMapping("/api/outage-probe/connection-lost")
    String connectionLost() {
      throw new CannotCreateTransactionException(
          "Could not open JPA EntityManager for transaction",
          new JDBCConnectionException(
              "Unable to acquire JDBC Connection",
              new SQLTransientConnectionException(
                  "Communications link failure",
                  new EOFException(
                      "Can not read response from server. Expected to read 4 bytes, read 0"
                          + " bytes before connection was unexpectedly lost."))));
    }
  }

  static Map<String, Object> forEpisode(long episodeId) {
    return argThat(
        v -> v != null && v.get("episodeId") instanceof Number n && n.longValue() == episodeId);
  }

  void awaitHealthUp() throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus() != 200) {
      assertThat(Instant.now()).as("health UP again after the outage").isBefore(deadline);
      Thread.sleep(500);
    }
  }
}

package com.infusionbilling.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** Idle logoff: a session unused for longer than the timeout is invalidated on its next request. */
class IdleLogoffFilterTest {
  final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-05T09:00:00Z"));
  final Clock clock =
      new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };
  final IdleLogoffFilter filter = new IdleLogoffFilter(Duration.ofMinutes(15), clock);
  final MockHttpSession session = new MockHttpSession();

  MockHttpServletResponse request(boolean background) throws Exception {
    var request = new MockHttpServletRequest("GET", "/api/me");
    request.setSession(session);
    if (background) {
      request.addHeader(IdleLogoffFilter.BACKGROUND_HEADER, "true");
    }
    var response = new MockHttpServletResponse();
    filter.doFilter(request, response, new MockFilterChain());
    return response;
  }

  void advance(Duration d) {
    now.set(now.get().plus(d));
  }

  @Test
  void useWithinTheTimeoutKeepsTheSession() throws Exception {
    request(false);
    advance(Duration.ofMinutes(14));
    request(false);
    advance(Duration.ofMinutes(14));
    request(false);
    assertThat(session.isInvalid()).isFalse();
  }

  @Test
  void fifteenMinutesIdleLogsOff() throws Exception {
    request(false);
    advance(Duration.ofMinutes(15).plusSeconds(1));
    var response = request(false);
    assertThat(session.isInvalid()).isTrue();
    assertThat(response.getHeader("X-Session-Expired")).isEqualTo("idle");
  }

  @Test
  void backgroundRequestsDoNotCountAsUse() throws Exception {
    request(false);
    advance(Duration.ofMinutes(10));
    request(true);
    advance(Duration.ofMinutes(10));
    request(false);
    assertThat(session.isInvalid()).isTrue();
  }
}

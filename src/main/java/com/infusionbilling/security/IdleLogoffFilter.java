package com.infusionbilling.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Logs a session off after {@link SecuritySettings#idleTimeout()} without use, to the second (the
 * servlet container's own session timeout only counts whole minutes). It runs before the security
 * context is read from the session, so the request that finds the session idle is already
 * anonymous: the API answers 401 and pages redirect to the login. Background requests ({@code
 * X-Background: true}, e.g. a dashboard refresh) do not keep a session alive.
 */
public class IdleLogoffFilter extends OncePerRequestFilter {
  static final String LAST_USED = IdleLogoffFilter.class.getName() + ".lastUsed";
  public static final String BACKGROUND_HEADER = "X-Background";

  private final Duration idleTimeout;
  private final Clock clock;

  public IdleLogoffFilter(Duration idleTimeout, Clock clock) {
    this.idleTimeout = idleTimeout;
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null) {
      long now = clock.millis();
      Object last = session.getAttribute(LAST_USED);
      if (last instanceof Long lastUsed && now - lastUsed > idleTimeout.toMillis()) {
        session.invalidate();
        response.setHeader("X-Session-Expired", "idle");
      } else if (!"true".equalsIgnoreCase(request.getHeader(BACKGROUND_HEADER)) || last == null) {
        session.setAttribute(LAST_USED, now);
      }
    }
    chain.doFilter(request, response);
  }
}

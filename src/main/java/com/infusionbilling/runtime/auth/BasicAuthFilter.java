package com.infusionbilling.runtime.auth;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses every REST request (API v2 and the management endpoints, on every connector) that does
 * not carry the configured basic credentials: 401 with {@code WWW-Authenticate: Basic} and an RFC
 * 9457 problem body.
 */
public final class BasicAuthFilter extends OncePerRequestFilter {

  private final BasicCredentials credentials;

  public BasicAuthFilter(BasicCredentials credentials) {
    this.credentials = credentials;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (credentials.matches(request.getHeader(HttpHeaders.AUTHORIZATION))) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"camunda\", charset=\"UTF-8\"");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    String instance = request.getRequestURI().replace("\\", "\\\\").replace("\"", "\\\"");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\"UNAUTHORIZED\",\"status\":401,"
                + "\"detail\":\"The request must carry valid HTTP basic credentials.\","
                + "\"instance\":\""
                + instance
                + "\"}");
  }
}

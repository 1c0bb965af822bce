package com.infusionbilling.runtime.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;

/**
 * Admits at most a fixed number of search requests ({@code POST /v2/.../search}) at a time. A
 * search waits for one of the searches' own connections ({@code SearchConnections}); without this,
 * a flood of searches would park that many request threads and starve the commands of threads. The
 * one over the limit is answered at once: 503 RESOURCE_EXHAUSTED with {@code Retry-After}, never a
 * hang.
 */
public final class SearchAdmissionFilter extends HttpFilter {

  private final Semaphore permits;
  private final int limit;

  public SearchAdmissionFilter(int limit) {
    this.limit = limit;
    this.permits = new Semaphore(limit);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!isSearch(request)) {
      chain.doFilter(request, response);
      return;
    }
    if (!permits.tryAcquire()) {
      refuse(request, response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      permits.release();
    }
  }

  static boolean isSearch(HttpServletRequest request) {
    return "POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/search");
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setStatus(503);
    response.setHeader("Retry-After", "1");
    response.setContentType("application/problem+json");
    String body =
        "{\"type\":\"about:blank\",\"title\":\"RESOURCE_EXHAUSTED\",\"status\":503,"
            + "\"detail\":\"More than "
            + limit
            + " searches are running at once; retry later\",\"instance\":\""
            + request.getRequestURI().replace("\\", "\\\\").replace("\"", "\\\"")
            + "\"}";
    response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }
}

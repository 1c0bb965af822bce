package com.infusionbilling.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver;

/**
 * The last resolver of {@code /api/**} errors: whatever the controllers' advices,
 * {@code @ResponseStatus} and Spring MVC's own handling left is a 500 {@code
 * application/problem+json} (never the HTML or plain JSON error page), except the database being
 * unreachable or overloaded ({@link DatabaseUnavailable}): a 503 with {@code Retry-After}. Its log
 * line names the exception's class and where it was thrown, never its message (SQL and engine
 * messages can quote PHI); the stack trace is logged at DEBUG. Spring Security's refusals pass
 * through to the security filters (401/403).
 */
@Configuration
public class UnexpectedErrorResolver implements WebMvcConfigurer, HandlerExceptionResolver {
  private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorResolver.class);

  @Override
  public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
    int standard = resolvers.size();
    for (int i = 0; i < resolvers.size(); i++) {
      if (resolvers.get(i) instanceof DefaultHandlerExceptionResolver) {
        standard = i;
      }
    }
    resolvers.add(standard, UnexpectedErrorResolver::standardError);
    resolvers.add(standard, UnexpectedErrorResolver::unreadableMultipart);
    resolvers.add(this);
    // First of all: an advice's catch-all (the billing API's) would make it a 500, and Spring's
    // own resolver answers an empty 200 when a cause looks like a client that went away (the MySQL
    // driver's EOFException for a lost database connection is not the HTTP client's).
    resolvers.add(0, UnexpectedErrorResolver::databaseUnavailable);
  }

  /** The database unreachable or overloaded, whatever wrapped it: 503 with Retry-After. */
  static ModelAndView databaseUnavailable(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")
        || response.isCommitted()
        || !DatabaseUnavailable.isCause(e)) {
      return null;
    }
    log.warn("Database unavailable in {} {} ({})", request.getMethod(), path(request), kind(e));
    response.setHeader(
        HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER.toSeconds()));
    return write(
        response,
        HttpStatus.SERVICE_UNAVAILABLE.value(),
        "Service Unavailable",
        "The database is not reachable right now; try again later.");
  }

  /**
   * A body declared multipart/form-data that cannot be parsed (no boundary, truncated parts): a
   * 400, on any endpoint, since the dispatcher parses it before choosing the handler (so no
   * controller's advice sees it). Too large an upload stays Spring's 413.
   */
  static ModelAndView unreadableMultipart(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
    if (!(e instanceof MultipartException)
        || e instanceof ErrorResponse
        || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
        || response.isCommitted()) {
      return null;
    }
    return write(
        response,
        HttpStatus.BAD_REQUEST.value(),
        "Bad Request",
        "body: not readable as multipart/form-data (no boundary or malformed parts); send files"
            + " as the multipart part 'file', JSON as application/json");
  }

  /** Spring MVC's own client errors (404, 405, 415, ...) under /api/**: their problem detail. */
  static ModelAndView standardError(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
    if (!(e instanceof ErrorResponse error)
        || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
        || response.isCommitted()) {
      return null;
    }
    ProblemDetail body = error.getBody();
    error.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
    return write(response, body.getStatus(), body.getTitle(), body.getDetail());
  }

  private static ModelAndView write(
      HttpServletResponse response, int status, String title, String detail) {
    try {
      ProblemJson.write(response, status, title, detail);
      return new ModelAndView();
    } catch (IOException io) {
      return null;
    }
  }

  @Override
  public ModelAndView resolveException(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")
        || e.getClass().getName().startsWith("org.springframework.security.")
        || response.isCommitted()) {
      return null;
    }
    log.error("Unexpected error in {} {} ({})", request.getMethod(), path(request), kind(e));
    log.debug("Unexpected error", e);
    return write(
        response,
        HttpStatus.INTERNAL_SERVER_ERROR.value(),
        "Internal Server Error",
        "Unexpected error; see the server log");
  }

  /** The path with digits masked: IDs are not PHI, but a path segment could carry anything. */
  private static String path(HttpServletRequest request) {
    String uri = request.getRequestURI();
    return uri.length() > 120 ? uri.substring(0, 120) + "..." : uri.replaceAll("[^\\w/.-]", "_");
  }

  /** The exception's class, where it was thrown and its causes' classes: no message. */
  static String kind(Throwable e) {
    StringBuilder sb = new StringBuilder(e.getClass().getName());
    StackTraceElement[] trace = e.getStackTrace();
    if (trace.length > 0) {
      sb.append(" at ").append(trace[0]);
    }
    for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
      sb.append(" / ").append(c.getClass().getName());
    }
    return sb.toString();
  }
}

package com.infusionbilling.runtime.rest;

import com.infusionbilling.runtime.shared.RuntimeProblemException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Every error as RFC 9457 application/problem+json, with Camunda's statuses and titles. */
@RestControllerAdvice
public class RuntimeProblemAdvice {

  private static final Logger LOG = LoggerFactory.getLogger(RuntimeProblemAdvice.class);

  @ExceptionHandler(RuntimeProblemException.class)
  ResponseEntity<ProblemDetail> rejected(RuntimeProblemException e, HttpServletRequest request) {
    ResponseEntity<ProblemDetail> response =
        problem(HttpStatus.valueOf(e.kind().httpStatus), e.kind().title, e.getMessage(), request);
    if (e.kind() == RuntimeProblemException.Kind.RESOURCE_EXHAUSTED) {
      return ResponseEntity.status(response.getStatusCode())
          .headers(response.getHeaders())
          .header(org.springframework.http.HttpHeaders.RETRY_AFTER, "1")
          .body(response.getBody());
    }
    return response;
  }

  /** No database connection in time, or a statement past its timeout: 503 or 504, not 500. */
  @ExceptionHandler({
    org.springframework.jdbc.CannotGetJdbcConnectionException.class,
    org.springframework.transaction.CannotCreateTransactionException.class,
    org.springframework.dao.QueryTimeoutException.class
  })
  ResponseEntity<ProblemDetail> database(RuntimeException e, HttpServletRequest request) {
    LOG.warn("{} {} refused: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
    return rejected(RuntimeProblemException.ofDatabase(e), request);
  }

  @ExceptionHandler({
    HttpMessageNotReadableException.class,
    MethodArgumentTypeMismatchException.class,
    MissingServletRequestPartException.class,
    MissingServletRequestParameterException.class,
    MultipartException.class,
    IllegalArgumentException.class
  })
  ResponseEntity<ProblemDetail> badRequest(Exception e, HttpServletRequest request) {
    String detail = e.getMessage();
    if (e instanceof HttpMessageNotReadableException unreadable
        && unreadable.getMostSpecificCause() != null) {
      detail = "The request body is not valid: " + unreadable.getMostSpecificCause().getMessage();
    } else if (e instanceof MethodArgumentTypeMismatchException mismatch) {
      detail =
          "The value '"
              + mismatch.getValue()
              + "' of '"
              + mismatch.getName()
              + "' is not valid; expected a key (a 64-bit number)";
    }
    return problem(HttpStatus.BAD_REQUEST, "INVALID_ARGUMENT", detail, request);
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> mediaType(Exception e, HttpServletRequest request) {
    return problem(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type", e.getMessage(), request);
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ProblemDetail> method(Exception e, HttpServletRequest request) {
    return problem(HttpStatus.METHOD_NOT_ALLOWED, "Method Not Allowed", e.getMessage(), request);
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ProblemDetail> noEndpoint(NoResourceFoundException e, HttpServletRequest request) {
    return problem(
        HttpStatus.NOT_FOUND,
        "NOT_FOUND",
        "This runtime does not serve "
            + request.getMethod()
            + " "
            + request.getRequestURI()
            + ": a documented difference of the embedded runtime (docs/runtime.md, \"REST API v2"
            + " endpoints\" lists what it serves)",
        request);
  }

  /** A request waited longer than the container allows (never an unexpected error). */
  @ExceptionHandler(
      org.springframework.web.context.request.async.AsyncRequestTimeoutException.class)
  ResponseEntity<ProblemDetail> asyncTimeout(Exception e, HttpServletRequest request) {
    return problem(
        HttpStatus.GATEWAY_TIMEOUT,
        "DEADLINE_EXCEEDED",
        "The request " + request.getRequestURI() + " timed out",
        request);
  }

  /**
   * The client is gone (a closed connection found by a write): there is nobody to answer, and it is
   * not an error of the runtime.
   */
  @ExceptionHandler(
      org.springframework.web.context.request.async.AsyncRequestNotUsableException.class)
  void clientGone(Exception e, HttpServletRequest request) {
    LOG.debug(
        "client gone during {} {}: {}",
        request.getMethod(),
        request.getRequestURI(),
        e.getMessage());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
    LOG.error("unexpected error in {} {}", request.getMethod(), request.getRequestURI(), e);
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "INTERNAL_ERROR",
        "Unexpected error: " + e.getClass().getSimpleName() + ": " + e.getMessage(),
        request);
  }

  static ResponseEntity<ProblemDetail> problem(
      HttpStatus status, String title, String detail, HttpServletRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setInstance(URI.create(request.getRequestURI()));
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}

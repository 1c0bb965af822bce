package com.infusionbilling.web;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors every application controller shares, as {@code application/problem+json}: unreadable JSON
 * is a 400 naming the field, so is a request parameter or path variable of the wrong type (the
 * value is not echoed), a unique-key conflict a 409 (the log names no value: SQL errors quote
 * them). Spring MVC's own client errors are problem details ({@code
 * spring.mvc.problemdetails.enabled}); whatever no handler took is a 500 problem from {@link
 * UnexpectedErrorResolver}.
 */
@RestControllerAdvice(basePackages = "com.infusionbilling")
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiProblemAdvice {
  private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);
  static final URI INVALID = URI.create("urn:infusion-billing:problem:invalid-input");

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    return JsonInputProblems.response(e, INVALID, "Invalid input");
  }

  /**
   * A parameter that does not convert ({@code /api/audit?from=yesterday}) for controllers whose
   * package has no advice of its own; worded like theirs.
   */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, e.getName() + ": not a valid value");
    p.setProperty("field", e.getName());
    return Problems.response(p);
  }

  @ExceptionHandler(UploadGuard.UploadRejectedException.class)
  ResponseEntity<ProblemDetail> uploadRejected(UploadGuard.UploadRejectedException e) {
    return Problems.badRequest(
        URI.create("urn:infusion-billing:problem:upload-rejected"),
        "Upload rejected; nothing was changed",
        e.field(),
        e.getMessage());
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ProblemDetail> conflict(DataIntegrityViolationException e) {
    log.warn("Request refused by a database constraint ({})", UnexpectedErrorResolver.kind(e));
    return problem(
        HttpStatus.CONFLICT, "the change conflicts with data stored meanwhile; try again");
  }

  static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
    return Problems.status(status, detail);
  }
}

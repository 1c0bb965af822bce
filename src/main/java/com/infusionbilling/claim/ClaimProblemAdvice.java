package com.infusionbilling.claim;

import com.infusionbilling.web.Problems;
import java.net.URI;
import java.util.NoSuchElementException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Bad input to the claims API is a 400 {@code application/problem+json} whose {@code field} names
 * the parameter; an unknown claim is a 404. Values are not echoed.
 */
@RestControllerAdvice(basePackageClasses = ClaimController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ClaimProblemAdvice {
  static final URI INVALID = URI.create("urn:infusion-billing:problem:invalid-claim-input");

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
    return badRequest(e.getParameterName(), e.getParameterName() + ": required");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
    return badRequest(e.getName(), e.getName() + ": must be a number");
  }

  @ExceptionHandler(InvalidClaimException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidClaimException e) {
    return badRequest(e.field(), e.getMessage());
  }

  @ExceptionHandler(NoSuchElementException.class)
  ResponseEntity<ProblemDetail> notFound(NoSuchElementException e) {
    return Problems.status(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
  }

  private static ResponseEntity<ProblemDetail> badRequest(String field, String detail) {
    return Problems.badRequest(INVALID, "Invalid claim request", field, detail);
  }
}

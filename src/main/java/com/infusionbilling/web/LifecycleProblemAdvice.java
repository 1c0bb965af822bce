package com.infusionbilling.web;

import com.infusionbilling.intake.InvalidReferralException;
import io.camunda.client.api.command.ClientException;
import java.net.URI;
import java.util.Comparator;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Bad input to the lifecycle API is a 400 {@code application/problem+json} whose {@code field}
 * names the JSON path ({@code therapy.diagnoses[0]}); nothing is stored or started. Values are not
 * echoed (they may be PHI).
 */
@RestControllerAdvice(
    basePackages = {
      "com.infusionbilling.intake",
      "com.infusionbilling.episode",
      "com.infusionbilling.authorization",
      "com.infusionbilling.visit",
      "com.infusionbilling.denial",
      "com.infusionbilling.inventory",
      "com.infusionbilling.reports"
    })
@Order(Ordered.HIGHEST_PRECEDENCE)
public class LifecycleProblemAdvice {
  private static final Logger log = LoggerFactory.getLogger(LifecycleProblemAdvice.class);
  static final URI INVALID = URI.create("urn:infusion-billing:problem:invalid-lifecycle-input");

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
    FieldError first =
        e.getBindingResult().getFieldErrors().stream()
            .min(Comparator.comparing(FieldError::getField))
            .orElse(null);
    if (first == null) {
      return badRequest("body", "body: invalid");
    }
    var response = badRequest(first.getField(), first.getField() + ": " + message(first));
    response
        .getBody()
        .setProperty(
            "errors",
            e.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + ": " + message(f))
                .sorted()
                .collect(Collectors.toList()));
    return response;
  }

  /** A value that could not be converted (a request parameter's) is not echoed. */
  static String message(FieldError error) {
    return error.isBindingFailure() ? "not a valid value" : error.getDefaultMessage();
  }

  @ExceptionHandler(InvalidReferralException.class)
  ResponseEntity<ProblemDetail> invalidReferral(InvalidReferralException e) {
    return badRequest(e.field(), e.getMessage());
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e) {
    return badRequest(e.field(), e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<ProblemDetail> conflict(ConflictException e) {
    return Problems.status(HttpStatus.CONFLICT, "Conflict", e.getMessage());
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException e) {
    return badRequest("body", e.getMessage());
  }

  @ExceptionHandler(HandlerMethodValidationException.class)
  ResponseEntity<ProblemDetail> methodValidation(HandlerMethodValidationException e) {
    var first = e.getParameterValidationResults().get(0);
    String name = first.getMethodParameter().getParameterName();
    return badRequest(name, name + ": " + first.getResolvableErrors().get(0).getDefaultMessage());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
    return badRequest(e.getName(), e.getName() + ": not a valid value");
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    return JsonInputProblems.response(e, INVALID, "Invalid input");
  }

  @ExceptionHandler(NoSuchElementException.class)
  ResponseEntity<ProblemDetail> notFound(NoSuchElementException e) {
    return Problems.status(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(ClientException.class)
  ResponseEntity<ProblemDetail> engineUnavailable(ClientException e) {
    log.warn("Process engine refused or unreachable: {}", e.getMessage());
    return Problems.status(
        HttpStatus.SERVICE_UNAVAILABLE, "the process engine is unavailable; nothing was started");
  }

  static ResponseEntity<ProblemDetail> badRequest(String field, String detail) {
    return Problems.badRequest(INVALID, "Invalid input", field, detail);
  }
}

package com.infusionbilling.worklist;

import com.infusionbilling.web.JsonInputProblems;
import io.camunda.client.api.command.ClientException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Worklist outcomes as RFC 9457 problems with a message a coordinator can read. */
@RestControllerAdvice(
    basePackageClasses = {
      WorklistProblemAdvice.class,
      com.infusionbilling.dashboard.DashboardController.class
    })
public class WorklistProblemAdvice {
  private static final Logger LOG = LoggerFactory.getLogger(WorklistProblemAdvice.class);

  private static ProblemDetail problem(HttpStatus status, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setType(URI.create("about:blank"));
    return p;
  }

  @ExceptionHandler(WorklistException.BadRequest.class)
  ProblemDetail badRequest(WorklistException.BadRequest e) {
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, e.getMessage());
    p.setProperty("field", e.field());
    return p;
  }

  @ExceptionHandler(WorklistException.NotFound.class)
  ProblemDetail notFound(WorklistException.NotFound e) {
    return problem(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(WorklistException.Forbidden.class)
  ProblemDetail forbidden(WorklistException.Forbidden e) {
    return problem(HttpStatus.FORBIDDEN, e.getMessage());
  }

  @ExceptionHandler(WorklistException.Conflict.class)
  ProblemDetail conflict(WorklistException.Conflict e) {
    return problem(HttpStatus.CONFLICT, e.getMessage());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, e.getName() + ": not a valid value");
    p.setProperty("field", e.getName());
    return p;
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    return JsonInputProblems.response(
        e, URI.create("urn:infusion-billing:problem:invalid-worklist-input"), "Invalid input");
  }

  /** The engine is unreachable or refused for a technical reason: 502, details only in the log. */
  @ExceptionHandler(ClientException.class)
  ProblemDetail engine(ClientException e) {
    LOG.warn("worklist: engine call failed: {}", e.getClass().getSimpleName());
    return problem(HttpStatus.BAD_GATEWAY, "The process engine did not answer; try again shortly.");
  }
}

package com.infusionbilling.web;

import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The one place the application's RFC 9457 problem responses ({@code application/problem+json}) are
 * built, so every capability's exception advice answers alike: a 400 names the {@code field} (a
 * JSON path such as {@code therapy.diagnoses[0]} or a parameter) and never echoes a value that
 * could be PHI.
 */
public final class Problems {
  private Problems() {}

  /** 400 with the problem type and title of the capability, naming the field. */
  public static ResponseEntity<ProblemDetail> badRequest(
      URI type, String title, String field, String detail) {
    return refused(HttpStatusCode.valueOf(400), type, title, field, detail);
  }

  /** A refused request (4xx) with the capability's problem type and title, naming the field. */
  public static ResponseEntity<ProblemDetail> refused(
      HttpStatusCode status, URI type, String title, String field, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setType(type);
    p.setTitle(title);
    p.setProperty("field", field);
    return response(p);
  }

  /** Any status, with Spring's default type ({@code about:blank}) and title. */
  public static ResponseEntity<ProblemDetail> status(HttpStatusCode status, String detail) {
    return response(ProblemDetail.forStatusAndDetail(status, detail));
  }

  /** Any status with a title of its own. */
  public static ResponseEntity<ProblemDetail> status(
      HttpStatusCode status, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setTitle(title);
    return response(p);
  }

  /** The problem as the response body, with its status and the problem media type. */
  public static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}

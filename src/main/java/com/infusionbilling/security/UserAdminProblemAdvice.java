package com.infusionbilling.security;

import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused user administration request is problem+json naming the field. */
@RestControllerAdvice(assignableTypes = UserAdminController.class)
class UserAdminProblemAdvice {
  static final URI TYPE = URI.create("urn:infusion-billing:problem:user-administration");

  @ExceptionHandler(UserAdminException.class)
  ResponseEntity<ProblemDetail> refused(UserAdminException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
    p.setType(TYPE);
    p.setTitle("User administration refused");
    p.setProperty("field", e.field());
    return ResponseEntity.status(e.status())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(p);
  }
}

package com.infusionbilling.security;

import com.infusionbilling.web.Problems;
import java.net.URI;
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
    return Problems.refused(
        e.status(), TYPE, "User administration refused", e.field(), e.getMessage());
  }
}

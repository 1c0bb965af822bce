package com.infusionbilling.billing.api;

import com.infusionbilling.billing.preview.InvalidBillingInputException;
import com.infusionbilling.billing.reference.imports.FileRejectedException;
import com.infusionbilling.web.JsonInputProblems;
import com.infusionbilling.web.Problems;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Turns bad input to the billing API into 400 {@code application/problem+json} naming the field.
 * Scoped to this package's controllers so other capabilities keep their own error handling.
 */
@RestControllerAdvice(basePackageClasses = BillingProblemAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class BillingProblemAdvice {
  private static final Logger log = LoggerFactory.getLogger(BillingProblemAdvice.class);

  static final URI INVALID_INPUT = URI.create("urn:infusion-billing:problem:invalid-billing-input");
  static final URI FILE_REJECTED = URI.create("urn:infusion-billing:problem:cms-file-rejected");

  @ExceptionHandler(InvalidBillingInputException.class)
  ResponseEntity<ProblemDetail> invalidInput(InvalidBillingInputException e) {
    return badRequest(INVALID_INPUT, "Invalid billing input", e.field(), e.getMessage());
  }

  @ExceptionHandler(FileRejectedException.class)
  ResponseEntity<ProblemDetail> fileRejected(FileRejectedException e) {
    ResponseEntity<ProblemDetail> response =
        badRequest(
            FILE_REJECTED, "CMS file rejected; nothing was changed", e.field(), e.getMessage());
    if (e.line() > 0) {
      response.getBody().setProperty("line", e.line());
    }
    if (e.column() != null) {
      response.getBody().setProperty("column", e.column());
    }
    response.getBody().setProperty("reason", e.reason());
    return response;
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    return JsonInputProblems.response(e, INVALID_INPUT, "Invalid billing input");
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e) {
    return badRequest(
        FILE_REJECTED,
        "CMS file rejected; nothing was changed",
        e.getRequestPartName(),
        e.getRequestPartName() + ": the multipart part is required");
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
    return badRequest(
        INVALID_INPUT,
        "Invalid billing input",
        e.getParameterName(),
        e.getParameterName() + ": required");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
    return badRequest(
        INVALID_INPUT,
        "Invalid billing input",
        e.getName(),
        e.getName() + ": '" + e.getValue() + "' is not a valid " + describe(e.getRequiredType()));
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> multipart(MultipartException e) {
    return badRequest(
        FILE_REJECTED,
        "CMS file rejected; nothing was changed",
        "file",
        "file: send the CMS file as multipart/form-data part 'file'");
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
    return Problems.status(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "Content type " + e.getContentType() + " is not supported here");
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    if (e instanceof ErrorResponse standard) {
      // Spring MVC's own client errors (405, 406, 404 …) keep their status and problem body.
      return Problems.response(standard.getBody());
    }
    log.error("Unexpected error in the billing API", e);
    return Problems.status(
        HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error; see the server log");
  }

  private static ResponseEntity<ProblemDetail> badRequest(
      URI type, String title, String field, String detail) {
    return Problems.badRequest(type, title, field, detail);
  }

  private static String describe(Class<?> type) {
    return JsonInputProblems.describe(type);
  }
}

package com.infusionbilling.inventory;

import com.infusionbilling.web.Problems;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused receipt is a 400 {@code application/problem+json} naming the row (1-based data row of
 * the file, absent for a manual receipt) and the column; nothing of the file was stored.
 */
@RestControllerAdvice(basePackages = "com.infusionbilling.inventory")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class InventoryProblemAdvice {
  static final URI REJECTED = URI.create("urn:infusion-billing:problem:inventory-receipt-rejected");

  @ExceptionHandler(ReceiptRejectedException.class)
  ResponseEntity<ProblemDetail> rejected(ReceiptRejectedException e) {
    var response =
        Problems.badRequest(
            REJECTED, "Receipt refused", e.column(), e.getMessage() + "; nothing was stored");
    if (e.row() > 0) {
      response.getBody().setProperty("row", e.row());
    }
    response.getBody().setProperty("column", e.column());
    return response;
  }
}

package com.infusionbilling.billing.api;

import com.infusionbilling.billing.preview.BillingPreviewService;
import com.infusionbilling.billing.preview.PreviewRequest;
import com.infusionbilling.billing.preview.PreviewResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/billing/preview}: code, scrub and price one encounter. */
@RestController
@RequestMapping("/api/billing")
@Tag(
    name = "Billing preview",
    description = "Drug units, JW/JZ, NDC, administration codes, expected payment and edits")
public class BillingPreviewController {
  private final BillingPreviewService previews;

  public BillingPreviewController(BillingPreviewService previews) {
    this.previews = previews;
  }

  @Operation(
      summary = "Preview the claim lines, edits and expected payment of one encounter",
      description = "Every line carries the rule that produced it and a one-line explanation.")
  @ApiResponse(responseCode = "200", description = "Coded, scrubbed and priced")
  @ApiResponse(
      responseCode = "400",
      description = "Bad input: the problem names the offending field",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              schema = @Schema(implementation = ProblemDetail.class)))
  @PostMapping(
      path = "/preview",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public PreviewResponse preview(@RequestBody PreviewRequest request) {
    return previews.preview(request);
  }
}

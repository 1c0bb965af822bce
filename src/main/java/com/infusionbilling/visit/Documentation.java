package com.infusionbilling.visit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.infusionbilling.billing.coding.DrugCategory;
import com.infusionbilling.billing.coding.Route;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What "Document administration" (and "Resolve coding edits") completes with. {@code drugs} and
 * {@code administrations} use the field names and shapes of the billing preview request ({@code
 * POST /api/billing/preview}), plus what the record keeps beside them (lot, expiry, discarded
 * amount, waste witness), so what is documented is exactly what is coded. {@code
 * primaryAdministrationId} is the preview request's: on an 837P the administration that is the
 * primary reason for the visit (optional).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Documentation(
    List<Drug> drugs,
    List<Administration> administrations,
    String nurseNpi,
    String supervisingNpi,
    BigDecimal weightKg,
    LocalDate weighedOn,
    String reaction,
    String incompleteReason,
    String primaryAdministrationId) {

  public Documentation {
    drugs = drugs == null ? List.of() : drugs;
    administrations = administrations == null ? List.of() : administrations;
  }

  /** {@code drugs[i]}: the preview request's drug plus lot, expiry, waste and its witness. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Drug(
      String hcpcs,
      String ndc,
      String lot,
      LocalDate expiry,
      BigDecimal administeredAmount,
      String amountUnit,
      BigDecimal discardedAmount,
      Boolean singleDoseContainer,
      String wasteWitness,
      List<Container> containers) {
    public Drug {
      containers = containers == null ? List.of() : containers;
    }
  }

  /** {@code drugs[i].containers[j]}: containers of one size opened. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Container(BigDecimal size, String unit, Integer count) {}

  /** {@code administrations[i]}: as in the preview request. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Administration(
      String id,
      Route route,
      DrugCategory category,
      String drugHcpcs,
      LocalDateTime start,
      LocalDateTime stop,
      String accessSite) {}
}

package com.infusionbilling.visit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dispenses of visits by NDC and lot, for inventory reconciliation (purchased against given,
 * discarded and billed units): the visit package's query API over {@code visit_dispense}.
 */
@Service
public class DispenseQueries {
  private final VisitDispenseRepository dispenses;
  private final VisitRepository visits;

  public DispenseQueries(VisitDispenseRepository dispenses, VisitRepository visits) {
    this.dispenses = dispenses;
    this.visits = visits;
  }

  /**
   * Whether a visit of this ID exists (a visit without dispenses has an empty {@link #ofVisit}).
   */
  @Transactional(readOnly = true)
  public boolean visitExists(long visitId) {
    return visits.existsById(visitId);
  }

  /** One lot drawn for one visit. */
  public record Dispense(
      long dispenseId,
      long visitId,
      String hcpcs,
      String ndc11,
      String lot,
      LocalDate expiry,
      int containersOpened,
      BigDecimal administeredAmount,
      BigDecimal discardedAmount,
      String amountUnit,
      DrugSource drugSource,
      LocalDate serviceDate,
      Instant recordedAt) {}

  @Transactional(readOnly = true)
  public List<Dispense> ofVisit(long visitId) {
    return dispenses.findByVisitIdOrderByIdAsc(visitId).stream().map(DispenseQueries::of).toList();
  }

  @Transactional(readOnly = true)
  public List<Dispense> ofLot(String ndc11, String lot) {
    return dispenses.findByNdcAndLotOrderByIdAsc(ndc11, lot).stream()
        .map(DispenseQueries::of)
        .toList();
  }

  /** Dispenses with a date of service in [from, to]. */
  @Transactional(readOnly = true)
  public List<Dispense> between(LocalDate from, LocalDate to) {
    return dispenses.findByServiceDateBetweenOrderByIdAsc(from, to).stream()
        .map(DispenseQueries::of)
        .toList();
  }

  static Dispense of(VisitDispense d) {
    return new Dispense(
        d.getId(),
        d.getVisitId(),
        d.getHcpcs(),
        d.getNdc(),
        d.getLot(),
        d.getExpiry(),
        d.getContainersOpened(),
        d.getAdministeredAmount(),
        d.getDiscardedAmount(),
        d.getAmountUnit(),
        d.getDrugSource(),
        d.getServiceDate(),
        d.getRecordedAt());
  }
}

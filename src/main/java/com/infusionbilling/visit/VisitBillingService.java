package com.infusionbilling.visit;

import com.infusionbilling.authorization.AuthorizationMonitoringService;
import com.infusionbilling.authorization.AuthorizationQueries;
import com.infusionbilling.authorization.AuthorizationQueries.AuthorizationView;
import com.infusionbilling.authorization.AuthorizationStatus;
import com.infusionbilling.billing.coding.Ndc;
import com.infusionbilling.billing.reference.AuthorizationBasis;
import com.infusionbilling.billing.reference.ReferenceDataService;
import com.infusionbilling.episode.EpisodeTimeline;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The steps after clean coding: the authorization's units (or visit) are used once per visit, and
 * the dispense is recorded against each lot once.
 */
@Service
public class VisitBillingService {
  private final VisitRepository visits;
  private final VisitCodingRepository codings;
  private final AdministrationRecordRepository records;
  private final VisitDispenseRepository dispenses;
  private final AuthorizationQueries authorizations;
  private final AuthorizationMonitoringService monitoring;
  private final ReferenceDataService reference;
  private final EpisodeTimeline timeline;
  private final TransactionTemplate tx;
  private final ApplicationEventPublisher events;

  public VisitBillingService(
      VisitRepository visits,
      VisitCodingRepository codings,
      AdministrationRecordRepository records,
      VisitDispenseRepository dispenses,
      AuthorizationQueries authorizations,
      AuthorizationMonitoringService monitoring,
      ReferenceDataService reference,
      EpisodeTimeline timeline,
      PlatformTransactionManager transactions,
      ApplicationEventPublisher events) {
    this.visits = visits;
    this.codings = codings;
    this.records = records;
    this.dispenses = dispenses;
    this.authorizations = authorizations;
    this.monitoring = monitoring;
    this.reference = reference;
    this.timeline = timeline;
    this.tx = new TransactionTemplate(transactions);
    this.events = events;
  }

  /**
   * What the visit used of its authorization.
   *
   * @param authorizationId null when nothing was used (no authorization needed, drug not billed)
   * @param unitsLow whether what remains no longer covers the next dose ("units low" published)
   */
  public record UnitsUsed(Long authorizationId, BigDecimal quantity, boolean unitsLow) {}

  /**
   * Uses the authorization for the visit, once per visit ID (usage ID {@code visit-<id>}): the
   * billed units of the authorized drug (administered plus JW), or one visit for payers that
   * authorize visits. Publishes "units low" to the authorization's monitoring when the rest falls
   * below the next dose. Nothing is used when the drug is not billed or no authorization applies.
   */
  public UnitsUsed consumeUnits(long visitId) {
    var plan =
        tx.execute(
            s -> {
              Visit v = visits.findById(visitId).orElseThrow(() -> VisitService.notFound(visitId));
              if (!v.isBillDrug()) {
                return Optional.<UnitsUsed>empty();
              }
              Optional<AuthorizationView> auth =
                  v.getAuthorizationId() != null
                      ? authorizations.find(v.getAuthorizationId())
                      : authorizations.forDate(v.getEpisodeId(), v.serviceDate());
              if (auth.isEmpty() || auth.get().status() != AuthorizationStatus.APPROVED) {
                return Optional.<UnitsUsed>empty();
              }
              VisitCoding coding =
                  codings
                      .findByVisitIdAndDocumentationVersion(visitId, v.getDocumentationVersion())
                      .orElseThrow(
                          () -> new IllegalStateException("visit " + visitId + " not coded"));
              BigDecimal quantity =
                  auth.get().basis() == AuthorizationBasis.VISITS
                      ? BigDecimal.ONE
                      : BigDecimal.valueOf(
                          coding.getLines().stream()
                              .filter(l -> l.getCode().equals(auth.get().hcpcs()))
                              .mapToInt(VisitCoding.CodedLine::getUnits)
                              .sum());
              return Optional.of(new UnitsUsed(auth.get().authorizationId(), quantity, false));
            });
    if (plan.isEmpty() || plan.get().quantity().signum() == 0) {
      return new UnitsUsed(null, BigDecimal.ZERO, false);
    }
    boolean low =
        monitoring.recordUsage(
            plan.get().authorizationId(), "visit-" + visitId, plan.get().quantity(), 1);
    return new UnitsUsed(plan.get().authorizationId(), plan.get().quantity(), low);
  }

  /**
   * Records the drug dispensed for the visit by NDC (11 digits) and lot, once per visit, NDC and
   * lot, from the documentation the claim is coded from.
   *
   * @return how many lots the visit drew from
   */
  public int recordDispense(long visitId) {
    return tx.execute(
        s -> {
          Visit v = visits.lockById(visitId).orElseThrow(() -> VisitService.notFound(visitId));
          AdministrationRecord r =
              records
                  .findByVisitIdAndVersion(visitId, v.getDocumentationVersion())
                  .orElseThrow(
                      () -> new IllegalStateException("visit " + visitId + " not documented"));
          var ref = reference.current();
          int lots = 0;
          for (AdministrationDrug d : r.getDrugs()) {
            var normalized = Ndc.normalize(d.getNdc(), ref::knowsNdc);
            String ndc11 = normalized.valid() ? normalized.ndc11() : d.getNdc().replace("-", "");
            if (dispenses.findByVisitIdAndNdcAndLot(visitId, ndc11, d.getLot()).isEmpty()) {
              dispenses.save(
                  new VisitDispense(
                      visitId,
                      d.getHcpcs(),
                      ndc11,
                      d.getLot(),
                      d.getExpiry(),
                      d.containersOpened(),
                      d.getAdministeredAmount(),
                      d.getDiscardedAmount(),
                      d.getAmountUnit(),
                      v.getDrugSource(),
                      r.getServiceDate()));
              timeline.record(
                  v.getEpisodeId(),
                  "DRUG_DISPENSED",
                  "visit "
                      + visitId
                      + ": NDC "
                      + ndc11
                      + " lot "
                      + d.getLot()
                      + ", "
                      + d.containersOpened()
                      + " container(s), "
                      + d.getAdministeredAmount().stripTrailingZeros().toPlainString()
                      + " "
                      + d.getAmountUnit()
                      + " given, "
                      + d.getDiscardedAmount().stripTrailingZeros().toPlainString()
                      + " discarded ("
                      + v.getDrugSource()
                      + ")",
                  "dispense-" + visitId + "-" + ndc11 + "-" + d.getLot());
            }
            lots++;
          }
          // the drug left stock: inventory copies these dispenses once this commits
          events.publishEvent(new VisitDispensed(visitId));
          return lots;
        });
  }
}

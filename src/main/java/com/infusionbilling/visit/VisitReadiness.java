package com.infusionbilling.visit;

import com.infusionbilling.audit.AuditLog;
import com.infusionbilling.authorization.AuthorizationQueries;
import com.infusionbilling.authorization.AuthorizationQueries.AuthorizationView;
import com.infusionbilling.billing.BillingProperties;
import com.infusionbilling.billing.coding.AmountUnit;
import com.infusionbilling.billing.reference.AuthorizationBasis;
import com.infusionbilling.billing.reference.LcdCoverage;
import com.infusionbilling.billing.reference.PayerType;
import com.infusionbilling.billing.reference.ReferenceDataService;
import com.infusionbilling.billing.reference.ReferenceSnapshot;
import com.infusionbilling.episode.EpisodeDossier;
import com.infusionbilling.episode.EpisodeDossiers;
import com.infusionbilling.episode.EpisodeTimeline;
import com.infusionbilling.verification.BenefitVerificationQueries;
import com.infusionbilling.verification.BenefitVerificationQueries.LastVerification;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The facts {@code Decision_VisitReadiness} decides on, gathered for one visit: the authorization
 * the dose is given under (dates, units left against planned plus expected JW units), the age of
 * the last benefit verification (and whether a new month or plan year began since), the coverage
 * outcome and the drug source; and the decision's outcome recorded on the visit.
 */
@Service
public class VisitReadiness {
  /** Eligibility never checked: older than any window. */
  static final long NEVER_VERIFIED_DAYS = 99_999;

  private final VisitRepository visits;
  private final EpisodeDossiers contexts;
  private final AuthorizationQueries authorizations;
  private final BenefitVerificationQueries verifications;
  private final ReferenceDataService reference;
  private final LcdCoverage lcds;
  private final EpisodeTimeline timeline;
  private final AuditLog audit;
  private final ZoneId zone;
  private final Clock clock;
  private final TransactionTemplate tx;

  public VisitReadiness(
      VisitRepository visits,
      EpisodeDossiers contexts,
      AuthorizationQueries authorizations,
      BenefitVerificationQueries verifications,
      ReferenceDataService reference,
      LcdCoverage lcds,
      EpisodeTimeline timeline,
      AuditLog audit,
      BillingProperties billing,
      PlatformTransactionManager transactions) {
    this.visits = visits;
    this.contexts = contexts;
    this.authorizations = authorizations;
    this.verifications = verifications;
    this.reference = reference;
    this.lcds = lcds;
    this.timeline = timeline;
    this.audit = audit;
    this.zone = billing.zone();
    this.clock = Clock.system(zone);
    this.tx = new TransactionTemplate(transactions);
  }

  /** The decision's inputs plus what the "Resolve visit readiness" form shows (no PHI). */
  public Map<String, Object> facts(long visitId) {
    return tx.execute(
        s -> {
          Visit v = visits.findById(visitId).orElseThrow(() -> VisitService.notFound(visitId));
          EpisodeDossier ctx = contexts.load(v.getEpisodeId());
          LocalDate date = v.serviceDate();
          Map<String, Object> facts = new HashMap<>();
          facts.put(
              InfusionVisitProcess.VAR_READINESS_CHECK,
              Instant.now(clock).isBefore(date.atStartOfDay(zone).toInstant())
                  ? "AHEAD"
                  : "DAY_OF");
          facts.put("drugSource", v.getDrugSource().name());
          facts.put("payerId", ctx.payer().payerId());

          Optional<LastVerification> last = verifications.lastDetermined(v.getEpisodeId());
          LocalDate verifiedOn =
              last.map(l -> LocalDate.ofInstant(l.verifiedAt(), zone)).orElse(null);
          facts.put(
              "eligibilityAgeDays",
              last.map(
                      l ->
                          Math.max(
                              0, Duration.between(l.verifiedAt(), Instant.now(clock)).toDays()))
                  .orElse(NEVER_VERIFIED_DAYS));
          facts.put(
              "eligibilitySameMonth",
              verifiedOn != null && YearMonth.from(verifiedOn).equals(YearMonth.from(date)));
          facts.put(
              "eligibilitySamePlanYear",
              verifiedOn != null
                  && planYearStart(ctx.coverage().getEffectiveFrom(), verifiedOn)
                      .equals(planYearStart(ctx.coverage().getEffectiveFrom(), date)));
          facts.put("eligibilityVerifiedOn", verifiedOn == null ? "never" : verifiedOn.toString());
          facts.put(
              "coverageOutcome", last.map(LastVerification::coverageOutcome).orElse("UNKNOWN"));

          ReferenceSnapshot ref = reference.current();
          Optional<AuthorizationView> auth = authorizations.forDate(v.getEpisodeId(), date);
          boolean visitsBasis =
              auth.map(a -> a.basis() == AuthorizationBasis.VISITS)
                  .orElse(ctx.payer().authorizationBasis() == AuthorizationBasis.VISITS);
          long planned = visitsBasis ? 1 : plannedUnits(ctx, ref);
          long jw = visitsBasis || !ctx.payer().jwJzRequired() ? 0 : expectedJwUnits(ctx, ref);
          facts.put("plannedUnits", planned);
          facts.put("expectedJwUnits", jw);
          facts.put("authorizationBasis", visitsBasis ? "VISITS" : "UNITS");
          facts.put("authorizationRequired", auth.map(AuthorizationView::required).orElse(true));
          facts.put("authorizationCoversVisit", auth.map(a -> a.covers(date)).orElse(false));
          facts.put(
              "unitsRemaining",
              auth.map(AuthorizationView::remaining).map(BigDecimal::longValue).orElse(0L));
          facts.put("authorizationId", auth.map(AuthorizationView::authorizationId).orElse(null));
          facts.put("authorizationStatus", auth.map(a -> a.status().name()).orElse("NONE"));
          facts.put(
              "authorizationValidTo",
              auth.map(AuthorizationView::validTo).map(LocalDate::toString).orElse(null));
          facts.putAll(lcdFacts(v, ctx));
          return facts;
        });
  }

  /**
   * The LCD check of a Medicare Part B dose the practice bills (issue 14 item 7): {@code lcdId},
   * {@code lcdCovered} (true without an LCD for the drug), {@code abnStatus} (what was recorded),
   * and {@code abnNeeded}: not covered and no ABN outcome recorded yet, so "Obtain ABN" comes
   * before the dose. Other payers have no ABN (Medicare Advantage plans decide coverage before the
   * service, 42 CFR 422.568), and a drug the practice does not bill needs none.
   */
  private Map<String, Object> lcdFacts(Visit v, EpisodeDossier ctx) {
    Map<String, Object> facts = new HashMap<>();
    Optional<LcdCoverage.Check> check =
        ctx.payer().type() == PayerType.MEDICARE_PART_B && v.getDrugSource().billsDrug()
            ? lcds.check(ctx.order().getHcpcs(), ctx.order().diagnoses())
            : Optional.empty();
    boolean covered = check.map(LcdCoverage.Check::covered).orElse(true);
    facts.put("lcdId", check.map(LcdCoverage.Check::lcdId).orElse(""));
    facts.put("lcdArticleId", check.map(LcdCoverage.Check::articleId).orElse(""));
    facts.put("lcdCovered", covered);
    facts.put("abnStatus", v.getAbnStatus() == null ? "" : v.getAbnStatus().name());
    facts.put(InfusionVisitProcess.VAR_ABN_NEEDED, !covered && v.getAbnStatus() == null);
    return facts;
  }

  /**
   * Records the ABN outcome of "Obtain ABN" on the visit, once (the first outcome stays), with a
   * timeline entry and an audit record (the patient's financial liability changed: PHI). A signed
   * ABN (options 1, 2 and 3) needs the date the beneficiary signed, not after the visit's day.
   *
   * @param recordedBy who completed "Obtain ABN" (audit), or null when unknown
   * @return the modifier the drug line will carry (GA or GZ); null when the dose was declined or
   *     the drug is not billed to Medicare (option 2)
   */
  public String recordAbn(
      long visitId, AbnStatus status, String lcdId, LocalDate signedOn, String recordedBy) {
    return tx.execute(
        s -> {
          Visit v = visits.lockById(visitId).orElseThrow(() -> VisitService.notFound(visitId));
          if (status != AbnStatus.NOT_SIGNED
              && (signedOn == null || signedOn.isAfter(v.serviceDate()))) {
            throw new IllegalArgumentException(
                "abnSignedOn: a signed ABN (option 1, 2 or 3) needs the date it was signed, on or"
                    + " before the visit's day "
                    + v.serviceDate());
          }
          if (v.recordAbn(status, lcdId, signedOn)) {
            audit.record(
                recordedBy == null || recordedBy.isBlank() ? "system" : recordedBy,
                AuditLog.Action.UPDATE,
                AuditLog.EntityType.VISIT,
                visitId,
                "ABN (CMS-R-131) " + status.name() + " recorded, LCD " + lcdId);
            if (status == AbnStatus.DECLINED) {
              // ABN option 3: the beneficiary does not want the dose; it is not given and not
              // billed, the visit is cancelled (the episode's next dose is scheduled as usual)
              v.moveTo(VisitStatus.CANCELLED);
            }
            timeline.record(
                v.getEpisodeId(),
                "VISIT_ABN_" + status.name(),
                "visit "
                    + visitId
                    + ": diagnoses not covered by LCD "
                    + lcdId
                    + "; ABN (CMS-R-131) "
                    + switch (status) {
                      case SIGNED -> "signed " + signedOn + ": drug line billed GA";
                      case NOT_SIGNED -> "not signed: drug line billed GZ (the practice is liable)";
                      case DECLINED ->
                          "option 3, the beneficiary declined the dose: not given, visit cancelled";
                      case DO_NOT_BILL ->
                          "signed "
                              + signedOn
                              + ", option 2: the dose is given, the drug is not billed to Medicare"
                              + " and the beneficiary pays for it (self-pay)";
                    },
                "visit-abn-" + visitId);
          }
          return v.getAbnStatus().modifier();
        });
  }

  /** HCPCS units of the ordered dose (dose ÷ descriptor, rounded up, at least 1). */
  static long plannedUnits(EpisodeDossier ctx, ReferenceSnapshot ref) {
    BigDecimal descriptor = descriptorMg(ctx, ref).orElse(BigDecimal.ONE);
    return ctx.order().unitsPerDose(descriptor).longValue();
  }

  /** The vials a dose will likely open: single-dose containers of one size (in mg). */
  public record Vials(BigDecimal sizeMg, int count, BigDecimal wasteMg) {}

  /**
   * The single-dose vial size of the ordered drug that wastes least (the larger on a tie): vials =
   * dose ÷ size rounded up, waste = vials × size − dose. Empty without a single-dose package of the
   * drug in the catalogue.
   */
  static Optional<Vials> vials(EpisodeDossier ctx, ReferenceSnapshot ref) {
    BigDecimal dose = ctx.order().doseMilligrams();
    return ref.ndcPackages().stream()
        .filter(p -> p.hcpcs().equals(ctx.order().getHcpcs()) && p.singleDose())
        .filter(p -> p.containerUnit().convertsTo(AmountUnit.MG))
        .map(p -> p.containerUnit().convert(p.containerAmount(), AmountUnit.MG))
        .filter(size -> size.signum() > 0)
        .map(
            size -> {
              BigDecimal count = dose.divide(size, 0, RoundingMode.CEILING);
              return new Vials(size, count.intValue(), count.multiply(size).subtract(dose));
            })
        .min(
            Comparator.comparing(Vials::wasteMg)
                .thenComparing(Vials::sizeMg, Comparator.reverseOrder()));
  }

  /**
   * JW units the dose will likely discard: the waste of {@link #vials} ÷ the descriptor, rounded
   * down (CMS: discarded amounts round down); 0 without a single-dose package in the catalogue.
   */
  static long expectedJwUnits(EpisodeDossier ctx, ReferenceSnapshot ref) {
    Optional<BigDecimal> descriptor = descriptorMg(ctx, ref);
    if (descriptor.isEmpty()) {
      return 0;
    }
    return vials(ctx, ref)
        .map(v -> v.wasteMg().divide(descriptor.get(), 0, RoundingMode.FLOOR).longValue())
        .orElse(0L);
  }

  private static Optional<BigDecimal> descriptorMg(EpisodeDossier ctx, ReferenceSnapshot ref) {
    return ref.drug(ctx.order().getHcpcs())
        .filter(d -> d.descriptorUnit().convertsTo(AmountUnit.MG))
        .map(d -> d.descriptorUnit().convert(d.descriptorAmount(), AmountUnit.MG));
  }

  /** Plan years start on the coverage's effective date each year. */
  static LocalDate planYearStart(LocalDate effectiveFrom, LocalDate date) {
    if (effectiveFrom == null) {
      return date.withDayOfYear(1);
    }
    LocalDate start = effectiveFrom.withYear(date.getYear());
    return start.isAfter(date) ? start.minusYears(1) : start;
  }

  /**
   * Records the decision on the visit: READY or HELD, the reason, whether the drug is billed and
   * under which authorization. Idempotent: the latest outcome wins, the timeline once per reason.
   */
  public void record(
      long visitId, String action, String reason, boolean billDrug, Long authorizationId) {
    tx.executeWithoutResult(
        s -> {
          Visit v = visits.lockById(visitId).orElseThrow(() -> VisitService.notFound(visitId));
          if (v.getStatus() == VisitStatus.CANCELLED) {
            return;
          }
          boolean ready = "READY".equals(action);
          if (!"REVERIFY_BENEFITS".equals(action)) {
            v.readinessChecked(ready, reason, billDrug, authorizationId);
          }
          timeline.record(
              v.getEpisodeId(),
              ready
                  ? "VISIT_READY"
                  : "REVERIFY_BENEFITS".equals(action) ? "VISIT_REVERIFYING" : "VISIT_HELD",
              "visit " + visitId + ": " + reason + (billDrug ? "" : " (drug not billed)"),
              "visit-readiness-"
                  + visitId
                  + "-"
                  + action
                  + "-"
                  + reason
                  + "-"
                  + LocalDate.now(clock));
        });
  }
}

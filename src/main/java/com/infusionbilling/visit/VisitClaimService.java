package com.infusionbilling.visit;

import com.infusionbilling.audit.AuditLog;
import com.infusionbilling.authorization.AuthorizationQueries;
import com.infusionbilling.authorization.AuthorizationQueries.AuthorizationView;
import com.infusionbilling.authorization.AuthorizationStatus;
import com.infusionbilling.claim.ClaimRef;
import com.infusionbilling.claim.ClaimService;
import com.infusionbilling.claim.ClaimSubmissionStarter;
import com.infusionbilling.claim.NewClaim;
import com.infusionbilling.claim.NewClaimLine;
import com.infusionbilling.episode.EpisodeDossier;
import com.infusionbilling.episode.EpisodeDossiers;
import com.infusionbilling.episode.EpisodeTimeline;
import com.infusionbilling.remittance.PatientBalances;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The visit's claim, through the claim package's API (CONTRACT-16): the original claim from the
 * visit's clean coding ({@link ClaimService#createOriginal}, idempotent by visit), then its {@code
 * ClaimSubmission} ({@link ClaimSubmissionStarter#start}, once per claim version). A drug the
 * beneficiary asked not to bill Medicare for (ABN option 2) stays off the claim: its lines are the
 * patient's self-pay balance ({@link #recordSelfPay}, through {@link PatientBalances}).
 */
@Service
public class VisitClaimService {
  private final VisitRepository visits;
  private final VisitCodingRepository codings;
  private final AdministrationRecordRepository records;
  private final EpisodeDossiers contexts;
  private final AuthorizationQueries authorizations;
  private final ClaimService claims;
  private final ClaimSubmissionStarter submissions;
  private final EpisodeTimeline timeline;
  private final PatientBalances balances;
  private final AuditLog audit;
  private final TransactionTemplate tx;

  public VisitClaimService(
      VisitRepository visits,
      VisitCodingRepository codings,
      AdministrationRecordRepository records,
      EpisodeDossiers contexts,
      AuthorizationQueries authorizations,
      ClaimService claims,
      ClaimSubmissionStarter submissions,
      EpisodeTimeline timeline,
      PatientBalances balances,
      AuditLog audit,
      PlatformTransactionManager transactions) {
    this.visits = visits;
    this.codings = codings;
    this.records = records;
    this.contexts = contexts;
    this.authorizations = authorizations;
    this.claims = claims;
    this.submissions = submissions;
    this.timeline = timeline;
    this.balances = balances;
    this.audit = audit;
    this.tx = new TransactionTemplate(transactions);
  }

  /**
   * ABN option 2 (form CMS-R-131 section G): the lines of the drug the ABN was given for (the
   * order's drug, its JW line included) are the patient's to pay, recorded once as his self-pay
   * balance at their charge, with a timeline entry and an audit record. The administration lines
   * stay for the Medicare claim. When no line is left the visit is billed (to the patient) and no
   * claim is created. A visit without option 2 on file records nothing.
   *
   * @return whether any line is left to claim from Medicare
   */
  public boolean recordSelfPay(long visitId) {
    return tx.execute(
        s -> {
          Visit v = visits.lockById(visitId).orElseThrow(() -> VisitService.notFound(visitId));
          if (v.getAbnStatus() != AbnStatus.DO_NOT_BILL) {
            return true;
          }
          VisitCoding coding = cleanCoding(v);
          String drug = contexts.load(v.getEpisodeId()).order().getHcpcs();
          List<VisitCoding.CodedLine> selfPay =
              coding.getLines().stream().filter(l -> selfPay(v, drug, l)).toList();
          boolean left = coding.getLines().size() > selfPay.size();
          if (selfPay.isEmpty() && v.isBillDrug()) {
            // the beneficiary asked that Medicare not be billed for the drug: never claim a
            // substituted one silently (an incident for a person to look at)
            throw new IllegalStateException(
                "visit "
                    + visitId
                    + ": ABN option 2 is on file for "
                    + drug
                    + " but the coding has no line of it");
          }
          if (selfPay.isEmpty()) {
            return left;
          }
          String reason =
              "ABN option 2 signed "
                  + v.getAbnSignedOn()
                  + " (LCD "
                  + v.getAbnLcdId()
                  + "): the beneficiary asked that Medicare not be billed for "
                  + drug
                  + " and pays for it";
          boolean first = balances.selfPayOfVisit(visitId).isEmpty();
          var recorded =
              balances.recordSelfPay(
                  visitId,
                  v.getEpisodeId(),
                  reason,
                  selfPay.stream()
                      .map(
                          l ->
                              new PatientBalances.SelfPayLine(
                                  l.getLineNo(), l.getCode(), l.getUnits(), l.getCharge()))
                      .toList());
          BigDecimal total =
              recorded.stream()
                  .map(PatientBalances.SelfPayView::amount)
                  .reduce(BigDecimal.ZERO, BigDecimal::add);
          if (!left && v.getStatus() != VisitStatus.BILLED) {
            v.moveTo(VisitStatus.BILLED);
          }
          String detail =
              "visit "
                  + visitId
                  + ": "
                  + selfPay.size()
                  + " line(s) of "
                  + drug
                  + " not billed to Medicare (ABN option 2); self-pay balance $"
                  + total.toPlainString()
                  + (left ? "" : "; nothing left to bill Medicare, no claim");
          timeline.record(v.getEpisodeId(), "VISIT_SELF_PAY", detail, "visit-self-pay-" + visitId);
          if (first) {
            audit.record(
                "system",
                AuditLog.Action.CREATE,
                AuditLog.EntityType.VISIT,
                visitId,
                "self-pay balance $" + total.toPlainString() + " (ABN option 2, " + drug + ")");
          }
          return left;
        });
  }

  /** A line of the drug the beneficiary pays for himself (ABN option 2): the order's drug. */
  static boolean selfPay(Visit v, String orderedDrug, VisitCoding.CodedLine line) {
    return v.getAbnStatus() == AbnStatus.DO_NOT_BILL
        && orderedDrug != null
        && line.getCode() != null
        && line.getCode()
            .trim()
            .toUpperCase(Locale.ROOT)
            .equals(orderedDrug.trim().toUpperCase(Locale.ROOT));
  }

  private VisitCoding cleanCoding(Visit v) {
    return codings
        .findByVisitIdAndDocumentationVersion(v.getId(), v.getDocumentationVersion())
        .filter(VisitCoding::clean)
        .orElseThrow(
            () -> new IllegalStateException("visit " + v.getId() + " has no clean coding"));
  }

  /** Creates the visit's original claim from its coding; the same visit again returns it. */
  public ClaimRef createClaim(long visitId) {
    NewClaim claim = tx.execute(s -> newClaim(visitId));
    ClaimRef ref = claims.createOriginal(claim);
    tx.executeWithoutResult(
        s ->
            timeline.record(
                claim.episodeId(),
                "VISIT_CLAIM_CREATED",
                "visit " + visitId + ": claim " + ref.claimId() + " version " + ref.version(),
                "visit-claim-" + visitId + "-" + ref.claimId() + "-v" + ref.version()));
    return ref;
  }

  NewClaim newClaim(long visitId) {
    Visit v = visits.findById(visitId).orElseThrow(() -> VisitService.notFound(visitId));
    VisitCoding coding = cleanCoding(v);
    AdministrationRecord record =
        records.findByVisitIdAndVersion(visitId, v.getDocumentationVersion()).orElseThrow();
    EpisodeDossier ctx = contexts.load(v.getEpisodeId());
    String drug = ctx.order().getHcpcs();
    // ABN option 2: the patient pays for the drug himself; its lines go on no Medicare claim
    List<VisitCoding.CodedLine> billed =
        coding.getLines().stream().filter(l -> !selfPay(v, drug, l)).toList();
    if (billed.isEmpty()) {
      throw new IllegalStateException(
          "visit "
              + visitId
              + " has nothing to bill: every line is the patient's self-pay (ABN option 2)");
    }
    return new NewClaim(
        visitId,
        v.getEpisodeId(),
        coding.getPayerId(),
        coding.getClaimType(),
        v.serviceDate(),
        v.getSiteOfCare().name(),
        authorizationNumber(v).orElse(null),
        ctx.order().diagnoses(),
        record.getSupervisingNpi(),
        billed.stream()
            .map(
                l ->
                    new NewClaimLine(
                        l.getCode(),
                        l.modifierList(),
                        l.getUnits(),
                        l.getNdc(),
                        l.getNdcQuantity(),
                        l.getNdcUnit(),
                        l.getExpectedAllowed(),
                        l.getRuleId(),
                        l.getExplanation(),
                        l.getRevenueCode(),
                        l.diagnosisPointerList()))
            .toList());
  }

  /** REF*G1: the number of the approved authorization the dose was given under, if any. */
  private Optional<String> authorizationNumber(Visit v) {
    Optional<AuthorizationView> auth =
        v.getAuthorizationId() != null
            ? authorizations.find(v.getAuthorizationId())
            : authorizations.forDate(v.getEpisodeId(), v.serviceDate());
    return auth.filter(a -> a.status() == AuthorizationStatus.APPROVED)
        .map(AuthorizationView::authorizationNumber)
        .filter(n -> !n.isBlank());
  }

  /**
   * Starts the claim version's {@code ClaimSubmission} (after this transaction commits, once per
   * version) and marks the visit billed, both in one transaction.
   */
  public void startSubmission(long visitId, ClaimRef ref) {
    tx.executeWithoutResult(
        s -> {
          Visit v = visits.lockById(visitId).orElseThrow(() -> VisitService.notFound(visitId));
          submissions.start(ref);
          if (v.getStatus() != VisitStatus.BILLED) {
            v.moveTo(VisitStatus.BILLED);
          }
          timeline.record(
              v.getEpisodeId(),
              "VISIT_BILLED",
              "visit "
                  + visitId
                  + ": submission of claim "
                  + ref.claimId()
                  + " v"
                  + ref.version()
                  + " started",
              "visit-billed-" + visitId + "-" + ref.key());
        });
  }
}

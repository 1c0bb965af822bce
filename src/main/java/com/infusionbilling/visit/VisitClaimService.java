package com.infusionbilling.visit;

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
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The visit's claim, through the claim package's API (CONTRACT-16): the original claim from the
 * visit's clean coding ({@link ClaimService#createOriginal}, idempotent by visit), then its {@code
 * ClaimSubmission} ({@link ClaimSubmissionStarter#start}, once per claim version).
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
      PlatformTransactionManager transactions) {
    this.visits = visits;
    this.codings = codings;
    this.records = records;
    this.contexts = contexts;
    this.authorizations = authorizations;
    this.claims = claims;
    this.submissions = submissions;
    this.timeline = timeline;
    this.tx = new TransactionTemplate(transactions);
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
    VisitCoding coding =
        codings
            .findByVisitIdAndDocumentationVersion(visitId, v.getDocumentationVersion())
            .filter(VisitCoding::clean)
            .orElseThrow(
                () -> new IllegalStateException("visit " + visitId + " has no clean coding"));
    AdministrationRecord record =
        records.findByVisitIdAndVersion(visitId, v.getDocumentationVersion()).orElseThrow();
    EpisodeDossier ctx = contexts.load(v.getEpisodeId());
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
        coding.getLines().stream()
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

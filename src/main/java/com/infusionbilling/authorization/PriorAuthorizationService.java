package com.infusionbilling.authorization;

import com.infusionbilling.billing.BillingProperties;
import com.infusionbilling.billing.reference.AuthorizationBasis;
import com.infusionbilling.billing.reference.Drug;
import com.infusionbilling.billing.reference.ReferenceDataService;
import com.infusionbilling.billing.scrub.SiteOfCare;
import com.infusionbilling.clearinghouse.ClearinghouseGateway;
import com.infusionbilling.edi.X12Identities;
import com.infusionbilling.edi.model.AuthorizationRequest;
import com.infusionbilling.edi.model.AuthorizationResponse;
import com.infusionbilling.edi.model.RequestedService;
import com.infusionbilling.edi.model.ServiceDecision;
import com.infusionbilling.episode.EpisodeDossier;
import com.infusionbilling.episode.EpisodeDossiers;
import com.infusionbilling.episode.EpisodeService;
import com.infusionbilling.episode.EpisodeTimeline;
import com.infusionbilling.process.ProcessMessages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prior authorization: opens a request per {@code PriorAuthorization} instance, submits it (278 or
 * portal), records the payer's decision and the resulting authorization. Every step is idempotent:
 * by process instance, by submission attempt (the 278 batch key), and by request (one authorization
 * per request).
 */
@Service
public class PriorAuthorizationService {
  private static final Logger log = LoggerFactory.getLogger(PriorAuthorizationService.class);

  private final PriorAuthorizationRequestRepository requests;
  private final PayerAuthorizationRepository authorizations;
  private final EpisodeService episodes;
  private final EpisodeDossiers contexts;
  private final ReferenceDataService reference;
  private final ClearinghouseGateway gateway;
  private final X12Identities identities;
  private final EpisodeTimeline timeline;
  private final ProcessMessages messages;
  private final TransactionTemplate tx;

  /** The practice's zone: the requested service dates and decision dates are its days. */
  private final ZoneId zone;

  public PriorAuthorizationService(
      PriorAuthorizationRequestRepository requests,
      PayerAuthorizationRepository authorizations,
      EpisodeService episodes,
      EpisodeDossiers contexts,
      ReferenceDataService reference,
      ClearinghouseGateway gateway,
      X12Identities identities,
      EpisodeTimeline timeline,
      ProcessMessages messages,
      BillingProperties billing,
      PlatformTransactionManager transactions) {
    this.zone = billing.zone();
    this.requests = requests;
    this.authorizations = authorizations;
    this.episodes = episodes;
    this.contexts = contexts;
    this.reference = reference;
    this.gateway = gateway;
    this.identities = identities;
    this.timeline = timeline;
    this.messages = messages;
    this.tx = new TransactionTemplate(transactions);
  }

  /**
   * Opens the request of this process instance, once; {@code expediteReason} (null: standard) is
   * the renewal's request for an expedited decision.
   */
  public PriorAuthorizationRequest open(
      long episodeId,
      long processInstanceKey,
      String requestType,
      Long renewalOf,
      String expediteReason) {
    return tx.execute(
        s ->
            requests
                .findByProcessInstanceKey(processInstanceKey)
                .orElseGet(
                    () -> {
                      var r =
                          requests.save(
                              new PriorAuthorizationRequest(
                                  episodeId, processInstanceKey, requestType, renewalOf));
                      if (expediteReason != null) {
                        r.expedite(expediteReason);
                      }
                      if (!PriorAuthorizationRequest.RENEWAL.equals(requestType)) {
                        episodes.markAuthorizing(episodeId);
                      }
                      timeline.record(
                          episodeId,
                          "AUTHORIZATION_REQUEST_OPENED",
                          requestType + " request " + r.getId(),
                          "pa-opened-" + r.getId());
                      return r;
                    }));
  }

  /**
   * The request asks the payer for a site-of-care exception (the payer's site-of-care policy or the
   * benefit does not cover the drug at the ordered site, and the coordinator chose to ask for an
   * exception rather than move the therapy): kept with the request, idempotent.
   */
  public void requestSiteOfCareException(long requestId, String reason) {
    tx.executeWithoutResult(
        s -> {
          var request = requests.findById(requestId).orElseThrow();
          if (request.getSiteOfCareExceptionReason() == null) {
            request.requestSiteOfCareException(reason == null ? "" : reason);
            timeline.record(
                request.getEpisodeId(),
                "SITE_OF_CARE_EXCEPTION_REQUESTED",
                "request " + requestId,
                "pa-site-exception-" + requestId);
          }
        });
  }

  /** The kind of the episode's payer (Decision_SlaTargets: Medicare Advantage, Medicaid, ...). */
  public String payerType(long episodeId) {
    return contexts.load(episodeId).payer().type().name();
  }

  /** No authorization needed: recorded as an authorization of status NOT_REQUIRED. */
  public PayerAuthorization recordNotRequired(long requestId, String payerReference) {
    return tx.execute(
        s -> {
          var request = requests.findById(requestId).orElseThrow();
          var existing = authorizations.findByRequestId(requestId);
          if (existing.isPresent()) {
            return existing.get();
          }
          request.notRequired(payerReference);
          EpisodeDossier ctx = contexts.load(request.getEpisodeId());
          var auth =
              authorizations.save(
                  new PayerAuthorization(
                      request.getEpisodeId(),
                      requestId,
                      ctx.payer().payerId(),
                      null,
                      AuthorizationStatus.NOT_REQUIRED,
                      ctx.order().getHcpcs(),
                      ctx.payer().authorizationBasis(),
                      null,
                      null,
                      null,
                      ctx.order().getSiteOfCare(),
                      payerReference,
                      request.getRenewalOf()));
          timeline.record(
              request.getEpisodeId(),
              "AUTHORIZATION_NOT_REQUIRED",
              "request " + requestId + ", payer reference " + payerReference,
              "pa-not-required-" + requestId);
          return auth;
        });
  }

  /**
   * Records the attached documentation and, when the requester asked for it, that the decision is
   * expedited (with the physician's reason; no PHI).
   */
  public void recordDocumentation(long requestId, String documentation, String expediteReason) {
    tx.executeWithoutResult(
        s -> {
          var request = requests.findById(requestId).orElseThrow();
          request.documented(documentation);
          if (expediteReason != null) {
            request.expedite(expediteReason);
          }
          timeline.record(
              request.getEpisodeId(),
              "CLINICAL_DOCUMENTATION_COLLECTED",
              "request " + requestId,
              "pa-documented-" + requestId);
        });
  }

  public record Submitted(String traceNumber, int submissionCount, boolean alreadySent) {}

  /**
   * The 2000F MSG of a request that asks for a site-of-care exception ("Resolve site of care",
   * issue 14 item 2): the reviewer reads the requested site and the clinical reason with the drug
   * line (005010X217 2000F MSG, Message Text, 264 characters at most); null without an exception.
   */
  static String siteOfCareException(PriorAuthorizationRequest request, SiteOfCare site) {
    String reason = request.getSiteOfCareExceptionReason();
    if (reason == null) {
      return null;
    }
    return "SITE OF CARE EXCEPTION REQUESTED FOR "
        + site.name().replace('_', ' ')
        + (reason.isBlank() ? "" : " - " + reason.trim());
  }

  /**
   * The first day a 278 asks for: the order's start, or the practice's today if that has passed. In
   * the practice's zone, not UTC: a New York practice's evening is already tomorrow in UTC, and an
   * authorization asked from tomorrow does not cover today's visit.
   */
  static LocalDate requestedFrom(LocalDate orderStart, java.time.Instant now, ZoneId zone) {
    LocalDate today = LocalDate.ofInstant(now, zone);
    return orderStart.isBefore(today) ? today : orderStart;
  }

  /** Sends submission number {@code attempt} as a 278, once (batch key {@code 278:<trace>}). */
  public Submitted send278(long requestId, int attempt) {
    var request = requests.findById(requestId).orElseThrow();
    EpisodeDossier ctx = contexts.load(request.getEpisodeId());
    String trace = "IBW-PA-" + requestId + "-" + attempt;
    var order = ctx.order();
    LocalDate from = requestedFrom(order.getStartDate(), java.time.Instant.now(), zone);
    LocalDate to = from.plusDays(Math.max(order.getIntervalDays() * order.getNumberOfDoses(), 1));
    // a hospital outpatient department bills on the UB-04 (837I): its 278 names the facility type
    // (UM04 qualifier A) and the drug's revenue code (SV2), as its claim will (005010X217 2000E
    // UM04)
    boolean institutional = order.getSiteOfCare() == SiteOfCare.HOSPITAL_OUTPATIENT;
    var message =
        new AuthorizationRequest(
            trace,
            PriorAuthorizationRequest.RENEWAL.equals(request.getRequestType()) ? "R" : "I",
            "1",
            institutional ? null : placeOfService(order.getSiteOfCare()),
            X12Identities.payer(ctx.payer().name(), ctx.payer().payerId()),
            identities.provider(),
            X12Identities.member(ctx.patient(), ctx.coverage()),
            order.diagnoses(),
            X12Identities.prescriber(ctx.prescriber()),
            List.of(
                new RequestedService(
                    order.getHcpcs(),
                    List.of(),
                    requestedQuantity(ctx),
                    from,
                    to,
                    institutional ? ctx.payer().policy().revenueCodes().drug() : null,
                    siteOfCareException(request, order.getSiteOfCare()))),
            institutional ? HOSPITAL_OUTPATIENT_FACILITY_TYPE : null,
            // UM06 U (urgent): the requester asked for an expedited decision (X12 RFI 2642)
            request.isExpedited() ? "U" : null,
            null,
            null);
    var submission = gateway.submit("278:" + trace, List.of(message));
    tx.executeWithoutResult(
        s -> {
          var r = requests.findById(requestId).orElseThrow();
          r.submitted("X12", attempt, trace, null);
          timeline.record(
              r.getEpisodeId(),
              "AUTHORIZATION_SUBMITTED",
              "278 " + trace + " (submission " + attempt + ") in " + submission.fileName(),
              "pa-submitted-" + trace);
        });
    log.info(
        "278 {} for request {} in {}{}",
        trace,
        requestId,
        submission.fileName(),
        submission.alreadySent() ? " (sent before)" : "");
    return new Submitted(trace, attempt, submission.alreadySent());
  }

  /** Units (payers that authorize units) or visits (payers that authorize visits) for the order. */
  public BigDecimal requestedQuantity(EpisodeDossier ctx) {
    var order = ctx.order();
    if (ctx.payer().authorizationBasis() == AuthorizationBasis.VISITS) {
      return BigDecimal.valueOf(order.getNumberOfDoses());
    }
    return unitsPerDose(ctx).multiply(BigDecimal.valueOf(order.getNumberOfDoses()));
  }

  public BigDecimal unitsPerDose(EpisodeDossier ctx) {
    BigDecimal descriptor =
        reference
            .current()
            .drug(ctx.order().getHcpcs())
            .map(Drug::descriptorAmount)
            .orElse(BigDecimal.ONE);
    return ctx.order().unitsPerDose(descriptor);
  }

  /** NUBC facility type 13: hospital outpatient (UB-04 type of bill 13x). */
  static final String HOSPITAL_OUTPATIENT_FACILITY_TYPE = "13";

  static String placeOfService(SiteOfCare site) {
    return switch (site) {
      case OFFICE, AMBULATORY_INFUSION_CENTER -> "11";
      case HOME -> "12";
      case HOSPITAL_OUTPATIENT -> "22";
    };
  }

  public void recordPortalSubmission(long requestId, int attempt, String portalReference) {
    tx.executeWithoutResult(
        s -> {
          var r = requests.findById(requestId).orElseThrow();
          r.submitted("PORTAL", attempt, null, portalReference);
          timeline.record(
              r.getEpisodeId(),
              "AUTHORIZATION_SUBMITTED",
              "payer portal (submission " + attempt + "), reference " + portalReference,
              "pa-portal-" + requestId + "-" + attempt);
        });
  }

  /**
   * Records a 278 response and lets the waiting {@code PriorAuthorization} instance continue. The
   * message ID is the trace plus the decision code, so a pended-then-approved request gets both.
   */
  public boolean recordResponse(AuthorizationResponse response) {
    String decision = PayerDecision.of(response.decision());
    if (decision == null) {
      return false;
    }
    ServiceDecision line = response.services().isEmpty() ? null : response.services().get(0);
    var payerDecision =
        new PayerDecision(
            decision,
            response.reasonCode(),
            response.certificationNumber() != null
                ? response.certificationNumber()
                : line == null ? null : line.certificationNumber(),
            line == null ? null : line.approvedUnits(),
            line == null ? null : line.from(),
            line == null ? null : line.to(),
            // the payer's review reference (REF*NT), else the trace it answered: what a pended
            // review is answered on, and the evidence that no authorization was needed
            response.administrativeReference() != null
                ? response.administrativeReference()
                : response.traceNumber());
    Optional<long[]> request =
        tx.execute(
            s ->
                requests
                    .findFirstByTraceNumber(response.traceNumber())
                    .map(
                        r -> {
                          record(r, payerDecision, "278 " + response.traceNumber());
                          return new long[] {r.getId(), r.getInformationRounds()};
                        }));
    if (request.isEmpty()) {
      log.info("278 response for an unknown request trace ignored");
      return false;
    }
    // a pended review is answered on the same trace (275/PWK, portal), so the payer may pend it
    // again on that trace: the information round tells a new answer from the same file read twice
    messages.publish(
        PriorAuthorizationProcess.MESSAGE_DECISION_RECEIVED,
        String.valueOf(request.get()[0]),
        "278-"
            + response.traceNumber()
            + "-"
            + response.decision().code()
            + (request.get()[1] == 0 ? "" : "-r" + request.get()[1]),
        payerDecision.variables());
    return true;
  }

  /** A decision learned on the portal or by phone; the caller publishes or continues itself. */
  public void recordDecision(long requestId, PayerDecision decision, String source) {
    tx.executeWithoutResult(
        s -> record(requests.findById(requestId).orElseThrow(), decision, source));
  }

  /** A decision read on the payer portal: recorded, then handed to the waiting process. */
  public void recordPortalDecision(long requestId, PayerDecision decision) {
    recordDecision(requestId, decision, "payer portal");
    messages.publish(
        PriorAuthorizationProcess.MESSAGE_DECISION_RECEIVED,
        String.valueOf(requestId),
        "portal-" + requestId + "-" + decision.decision() + "-" + decision.certificationNumber(),
        decision.variables());
  }

  private void record(PriorAuthorizationRequest r, PayerDecision d, String source) {
    r.decided(
        d.decision(),
        d.reasonCode(),
        d.certificationNumber(),
        d.approvedUnits(),
        d.approvedFrom(),
        d.approvedTo());
    if (d.payerReference() != null) {
      r.payerReference(d.payerReference());
    }
    timeline.record(
        r.getEpisodeId(),
        "AUTHORIZATION_DECISION",
        d.decision()
            + " from "
            + source
            + (d.certificationNumber() == null ? "" : ", number " + d.certificationNumber())
            + (d.payerReference() == null ? "" : ", payer reference " + d.payerReference())
            + (d.approvedUnits() == null ? "" : ", quantity " + d.approvedUnits().toPlainString()),
        "pa-decision-"
            + r.getId()
            + "-"
            + d.decision()
            + "-"
            + Objects.toString(d.certificationNumber(), "")
            + "-"
            + r.getSubmissionCount());
  }

  /**
   * Records the authorization the payer granted (once per request), links a renewal to the
   * authorization it replaces ({@code renewalOf}), and clears a lapse flag on the episode.
   */
  public PayerAuthorization recordAuthorization(long requestId, PayerDecision decision) {
    return tx.execute(
        s -> {
          var existing = authorizations.findByRequestId(requestId);
          if (existing.isPresent()) {
            return existing.get();
          }
          var request = requests.findById(requestId).orElseThrow();
          EpisodeDossier ctx = contexts.load(request.getEpisodeId());
          LocalDate from =
              decision.approvedFrom() != null
                  ? decision.approvedFrom()
                  : ctx.order().getStartDate();
          LocalDate to =
              decision.approvedTo() != null
                  ? decision.approvedTo()
                  : from.plusDays(
                      (long) ctx.order().getIntervalDays() * ctx.order().getNumberOfDoses());
          BigDecimal quantity =
              decision.approvedUnits() != null ? decision.approvedUnits() : requestedQuantity(ctx);
          var auth =
              authorizations.save(
                  new PayerAuthorization(
                      request.getEpisodeId(),
                      requestId,
                      ctx.payer().payerId(),
                      decision.certificationNumber(),
                      AuthorizationStatus.APPROVED,
                      ctx.order().getHcpcs(),
                      ctx.payer().authorizationBasis(),
                      quantity,
                      from,
                      to,
                      ctx.order().getSiteOfCare(),
                      request.getTraceNumber() != null
                          ? request.getTraceNumber()
                          : request.getPortalReference(),
                      request.getRenewalOf()));
          if (request.getRenewalOf() != null) {
            authorizations
                .findById(request.getRenewalOf())
                .ifPresent(old -> old.moveTo(AuthorizationStatus.RENEWED));
          }
          episodes.flagAuthorizationLapsed(request.getEpisodeId(), false);
          timeline.record(
              request.getEpisodeId(),
              "AUTHORIZATION_APPROVED",
              "authorization "
                  + auth.getId()
                  + " number "
                  + auth.getAuthorizationNumber()
                  + ", "
                  + quantity.toPlainString()
                  + " "
                  + auth.getBasis()
                  + ", "
                  + from
                  + " to "
                  + to
                  + (request.getRenewalOf() == null
                      ? ""
                      : ", renews authorization " + request.getRenewalOf()),
              "pa-authorized-" + requestId);
          return auth;
        });
  }

  /** The payer missed its turnaround target: flagged for managers (dashboard) and timeline. */
  /**
   * The additional information a pended review (HCR01 A4) asked for went to the payer on its
   * reference: as a 275 attachment announced by PWK, on the payer's portal or by fax quoting the
   * reference (005010X217 2000E/2000F PWK; the review stays the same, so no new 278 and no new
   * trace). Once per round.
   *
   * @return the rounds answered so far
   */
  public int recordAdditionalInformation(
      long requestId, int round, String channel, String payerReference, String documentReference) {
    return tx.execute(
        s -> {
          var r = requests.findById(requestId).orElseThrow();
          r.informationSent(round);
          timeline.record(
              r.getEpisodeId(),
              "ADDITIONAL_INFORMATION_SENT",
              "request "
                  + requestId
                  + " round "
                  + round
                  + " by "
                  + channel
                  + " on payer reference "
                  + payerReference
                  + (documentReference == null ? "" : ", " + documentReference),
              "pa-information-" + requestId + "-" + round);
          return r.getInformationRounds();
        });
  }

  /**
   * A review still pended after {@value
   * PriorAuthorizationProcess#INFORMATION_ROUNDS_BEFORE_ESCALATION} rounds of information: managers
   * are told (the request's escalation time, the dashboard); the request stays open and the team
   * keeps answering: nothing closes the episode by itself.
   */
  public void escalatePended(long requestId) {
    tx.executeWithoutResult(
        s -> {
          var r = requests.findById(requestId).orElseThrow();
          r.escalated();
          timeline.record(
              r.getEpisodeId(),
              "AUTHORIZATION_PENDED_ESCALATED",
              "request "
                  + requestId
                  + " still pended after "
                  + r.getInformationRounds()
                  + " rounds of information; managers notified",
              "pa-pended-escalated-" + requestId + "-" + r.getInformationRounds());
        });
  }

  /**
   * A partial approval (HCR01 A2/A6) appealed for the full quantity, on the episode's timeline
   * (once per request). The appeal goes to the payer's appeal channel (AppealCase), not as a new
   * 278: the partial approval is the payer's adverse determination on this request, and a second
   * 278 for the same service is a duplicate request, not an appeal (005010X217 has no appeal
   * transaction).
   *
   * @return the date the partial approval was decided (in the practice's zone), from which the
   *     appeal's deadline counts
   */
  public LocalDate recordPartialApprovalAppeal(long requestId) {
    return tx.execute(
        s -> {
          var r = requests.findById(requestId).orElseThrow();
          timeline.record(
              r.getEpisodeId(),
              "PARTIAL_APPROVAL_APPEALED",
              "request " + requestId + " partial approval appealed for the full quantity",
              "pa-partial-appeal-" + requestId + "-" + r.getSubmissionCount());
          return r.getDecidedAt() == null
              ? LocalDate.now(zone)
              : LocalDate.ofInstant(r.getDecidedAt(), zone);
        });
  }

  /**
   * The peer-to-peer outcome after a denial, on the episode's timeline (once per request).
   *
   * @return the date the denial was decided (in the practice's zone), from which an appeal's
   *     deadline counts
   */
  public LocalDate recordPeerToPeer(long requestId, String outcome) {
    return tx.execute(
        s -> {
          var r = requests.findById(requestId).orElseThrow();
          timeline.record(
              r.getEpisodeId(),
              "PEER_TO_PEER",
              "request " + requestId + " denial " + outcome,
              "pa-peer-to-peer-" + requestId + "-" + r.getSubmissionCount());
          return r.getDecidedAt() == null
              ? LocalDate.now(zone)
              : LocalDate.ofInstant(r.getDecidedAt(), zone);
        });
  }

  public void escalateOverdue(long requestId) {
    tx.executeWithoutResult(
        s -> {
          var r = requests.findById(requestId).orElseThrow();
          r.escalated();
          timeline.record(
              r.getEpisodeId(),
              "AUTHORIZATION_OVERDUE",
              "request " + requestId + " passed the payer's turnaround target; managers notified",
              "pa-overdue-" + requestId);
        });
  }

  /**
   * Records an authorization the payer approved before the episode came into this system (data
   * migration, or the demo), once per episode, so that it can be monitored and renewed.
   */
  public PayerAuthorization importApproved(
      long episodeId, String number, BigDecimal quantity, LocalDate from, LocalDate to) {
    return tx.execute(
        s -> {
          long syntheticKey = -episodeId;
          var request =
              requests
                  .findByProcessInstanceKey(syntheticKey)
                  .orElseGet(
                      () ->
                          requests.save(
                              new PriorAuthorizationRequest(
                                  episodeId,
                                  syntheticKey,
                                  PriorAuthorizationRequest.INITIAL,
                                  null)));
          request.decided(PayerDecision.APPROVED, null, number, quantity, from, to);
          return recordAuthorization(
              request.getId(),
              new PayerDecision(PayerDecision.APPROVED, null, number, quantity, from, to));
        });
  }
}

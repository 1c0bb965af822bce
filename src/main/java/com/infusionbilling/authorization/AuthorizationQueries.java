package com.infusionbilling.authorization;

import com.infusionbilling.billing.reference.AuthorizationBasis;
import com.infusionbilling.billing.scrub.SiteOfCare;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read model other packages (worklist, dashboard, visit) use for authorization's tables:
 * authorization_request and payer_authorization.
 */
@Service
@Transactional(readOnly = true)
public class AuthorizationQueries {
  private final PayerAuthorizationRepository authorizations;
  private final PriorAuthorizationRequestRepository requests;

  public AuthorizationQueries(
      PayerAuthorizationRepository authorizations, PriorAuthorizationRequestRepository requests) {
    this.authorizations = authorizations;
    this.requests = requests;
  }

  /** The episode's most recent authorization (renewals replace their predecessors). */
  public Optional<PayerAuthorization> latestOf(long episodeId) {
    return authorizations.findFirstByEpisodeIdOrderByIdDesc(episodeId);
  }

  /** Approved authorizations ending within [from, to] (both inclusive), soonest first. */
  public List<PayerAuthorization> approvedEndingBetween(LocalDate from, LocalDate to) {
    return authorizations.findByStatusAndValidToBetweenOrderByValidToAscIdAsc(
        AuthorizationStatus.APPROVED, from, to);
  }

  public long countApprovedEndingBetween(LocalDate from, LocalDate to) {
    return authorizations.countByStatusAndValidToBetween(AuthorizationStatus.APPROVED, from, to);
  }

  public long countWithStatus(AuthorizationStatus status) {
    return authorizations.countByStatus(status);
  }

  /** Renewal requests the payer has not decided yet. */
  public long countRenewalsInProgress() {
    return requests.countByRenewalOfIsNotNullAndDecidedAtIsNull();
  }

  /**
   * An authorization as a visit sees it.
   *
   * @param remaining approved minus used quantity (units or visits, per {@code basis}); null for
   *     NOT_REQUIRED
   */
  public record AuthorizationView(
      long authorizationId,
      String authorizationNumber,
      AuthorizationStatus status,
      String hcpcs,
      AuthorizationBasis basis,
      BigDecimal approved,
      BigDecimal remaining,
      LocalDate validFrom,
      LocalDate validTo,
      SiteOfCare siteOfCare) {

    public boolean required() {
      return status != AuthorizationStatus.NOT_REQUIRED;
    }

    public boolean covers(LocalDate date) {
      return status == AuthorizationStatus.NOT_REQUIRED
          || (status == AuthorizationStatus.APPROVED
              && validFrom != null
              && validTo != null
              && !date.isBefore(validFrom)
              && !date.isAfter(validTo));
    }
  }

  /**
   * The authorization a dose on {@code date} is given under: an APPROVED one whose dates cover the
   * date (the newest, a renewal before what it renews), else "not required", else the newest of the
   * episode's authorizations (which then does not cover the date: expired, lapsed, closed).
   */
  public Optional<AuthorizationView> forDate(long episodeId, LocalDate date) {
    List<AuthorizationView> all =
        authorizations.findByEpisodeIdOrderByIdAsc(episodeId).stream()
            .map(AuthorizationQueries::view)
            .toList();
    Comparator<AuthorizationView> newest = Comparator.comparing(AuthorizationView::authorizationId);
    return all.stream()
        .filter(a -> a.status() == AuthorizationStatus.APPROVED && a.covers(date))
        .max(newest)
        .or(
            () ->
                all.stream()
                    .filter(a -> a.status() == AuthorizationStatus.NOT_REQUIRED)
                    .max(newest))
        .or(() -> all.stream().max(newest));
  }

  public Optional<AuthorizationView> find(long authorizationId) {
    return authorizations.findById(authorizationId).map(AuthorizationQueries::view);
  }

  static AuthorizationView view(PayerAuthorization a) {
    return new AuthorizationView(
        a.getId(),
        a.getAuthorizationNumber(),
        a.getStatus(),
        a.getHcpcs(),
        a.getBasis(),
        a.getApprovedQuantity(),
        a.remainingQuantity(),
        a.getValidFrom(),
        a.getValidTo(),
        a.getSiteOfCare());
  }

  /**
   * A prior-authorization request as an appeal of its denial quotes it (issue 17 item 5).
   *
   * @param traceNumber the 278's TRN02 (null for a portal request)
   * @param payerReference the payer's reference for the review (REF*NT, portal or call reference)
   * @param decisionReason the payer's reason code (HCR03), null when none was given
   * @param decidedAt when the decision was recorded
   */
  public record RequestSummary(
      long requestId,
      String requestType,
      String channel,
      String traceNumber,
      String payerReference,
      String decision,
      String decisionReason,
      java.time.Instant decidedAt,
      boolean expedited,
      String siteOfCareExceptionReason) {}

  public Optional<RequestSummary> request(long requestId) {
    return requests
        .findById(requestId)
        .map(
            r ->
                new RequestSummary(
                    r.getId(),
                    r.getRequestType(),
                    r.getChannel(),
                    r.getTraceNumber(),
                    r.getPayerReference() != null ? r.getPayerReference() : r.getPortalReference(),
                    r.getDecision(),
                    r.getDecisionReason(),
                    r.getDecidedAt(),
                    r.isExpedited(),
                    r.getSiteOfCareExceptionReason()));
  }
}

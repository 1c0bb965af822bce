package com.infusionbilling.authorization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read model other packages (worklist, dashboard) use for authorization's tables:
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
}

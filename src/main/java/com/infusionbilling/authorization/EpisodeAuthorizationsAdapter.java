package com.infusionbilling.authorization;

import com.infusionbilling.episode.EpisodeAuthorizations;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The authorization capability's answer to the episode's questions. */
@Component
class EpisodeAuthorizationsAdapter implements EpisodeAuthorizations {
  private final PayerAuthorizationRepository authorizations;

  EpisodeAuthorizationsAdapter(PayerAuthorizationRepository authorizations) {
    this.authorizations = authorizations;
  }

  @Override
  @Transactional(readOnly = true)
  public boolean covers(long episodeId, LocalDate date) {
    return authorizations.findByEpisodeIdOrderByIdAsc(episodeId).stream()
        .anyMatch(
            a ->
                a.getStatus() == AuthorizationStatus.NOT_REQUIRED
                    || (a.getStatus() == AuthorizationStatus.APPROVED
                        && !date.isBefore(a.getValidFrom())
                        && !date.isAfter(a.getValidTo())
                        && a.remainingQuantity().compareTo(BigDecimal.ZERO) > 0));
  }

  @Override
  @Transactional
  public void closeAll(long episodeId) {
    authorizations.findByEpisodeIdOrderByIdAsc(episodeId).stream()
        .filter(a -> a.getStatus() == AuthorizationStatus.APPROVED)
        .forEach(a -> a.moveTo(AuthorizationStatus.CLOSED));
  }
}

package com.infusionbilling.authorization;

import com.infusionbilling.episode.EpisodeAuthorizations;
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
  @Transactional
  public void closeAll(long episodeId) {
    authorizations.findByEpisodeIdOrderByIdAsc(episodeId).stream()
        .filter(a -> a.getStatus() == AuthorizationStatus.APPROVED)
        .forEach(a -> a.moveTo(AuthorizationStatus.CLOSED));
  }
}

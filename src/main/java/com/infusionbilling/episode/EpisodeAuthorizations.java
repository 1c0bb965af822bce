package com.infusionbilling.episode;

import java.time.LocalDate;

/**
 * What the episode needs to know about its authorizations, implemented by the authorization
 * capability (so that the episode does not depend on its tables).
 */
public interface EpisodeAuthorizations {

  /** True when an APPROVED authorization with quantity left, or a NOT_REQUIRED one, covers it. */
  boolean covers(long episodeId, LocalDate date);

  /** Therapy ended: open authorizations are closed. */
  void closeAll(long episodeId);
}

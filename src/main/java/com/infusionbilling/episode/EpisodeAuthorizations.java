package com.infusionbilling.episode;

/**
 * What the episode needs to know about its authorizations, implemented by the authorization
 * capability (so that the episode does not depend on its tables).
 */
public interface EpisodeAuthorizations {

  /** Therapy ended: open authorizations are closed. */
  void closeAll(long episodeId);
}

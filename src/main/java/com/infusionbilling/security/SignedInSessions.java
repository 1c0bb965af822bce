package com.infusionbilling.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * The browser sessions signed in right now (Spring Security's session registry, fed by form and
 * OIDC login). Ending a user's sessions makes their next request sign in again, which is how a
 * disabled user, a reset password or changed roles take effect at once. HTTP basic clients need no
 * ending: they are checked against the database on every request.
 */
@Component
public class SignedInSessions {
  private final SessionRegistry registry = new SessionRegistryImpl();

  SessionRegistry registry() {
    return registry;
  }

  /** Expires every session of the user; their next request is anonymous. */
  public void end(String username) {
    for (Object principal : registry.getAllPrincipals()) {
      if (username.equals(nameOf(principal))) {
        registry.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
      }
    }
  }

  private static String nameOf(Object principal) {
    if (principal instanceof OidcUser oidc && oidc.getPreferredUsername() != null) {
      return oidc.getPreferredUsername();
    }
    if (principal instanceof UserDetails user) {
      return user.getUsername();
    }
    return String.valueOf(principal);
  }
}

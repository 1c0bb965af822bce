package com.infusionbilling.security;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in user as the worklist sees them: name, roles and Camunda candidate groups, taken
 * from the authorities whatever the login was (database, HTTP basic or OIDC).
 */
public record CurrentUser(String username, Set<String> roles, Set<String> groups) {

  public boolean isManager() {
    return roles.contains(Roles.MANAGER) || roles.contains(Roles.ADMIN);
  }

  public boolean inAnyGroup(Iterable<String> candidateGroups) {
    if (candidateGroups == null) {
      return false;
    }
    for (String g : candidateGroups) {
      if (groups.contains(g)) {
        return true;
      }
    }
    return false;
  }

  public static CurrentUser of(Authentication authentication) {
    String name = authentication.getName();
    if (authentication.getPrincipal() instanceof OidcUser oidc
        && oidc.getPreferredUsername() != null) {
      name = oidc.getPreferredUsername();
    }
    return new CurrentUser(
        name,
        Roles.roles(authentication.getAuthorities()),
        Roles.groups(authentication.getAuthorities()));
  }

  /** The user of the current request; fails when there is none (every /api/** has one). */
  public static CurrentUser get() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()) {
      throw new IllegalStateException("no authenticated user");
    }
    return of(authentication);
  }
}

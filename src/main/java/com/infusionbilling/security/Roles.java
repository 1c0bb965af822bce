package com.infusionbilling.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;

/**
 * The three roles and how roles and Camunda candidate groups become Spring authorities: a role is
 * {@code ROLE_<ROLE>}, a group is {@code GROUP_<group>}, whatever the login (database, HTTP basic,
 * OIDC).
 */
public final class Roles {
  public static final String COORDINATOR = "COORDINATOR";
  public static final String MANAGER = "MANAGER";
  public static final String ADMIN = "ADMIN";
  public static final Set<String> ALL = Set.of(COORDINATOR, MANAGER, ADMIN);

  public static final String ROLE_PREFIX = "ROLE_";
  public static final String GROUP_PREFIX = "GROUP_";

  private Roles() {}

  public static Set<String> roles(Collection<? extends GrantedAuthority> authorities) {
    return strip(authorities, ROLE_PREFIX);
  }

  public static Set<String> groups(Collection<? extends GrantedAuthority> authorities) {
    return strip(authorities, GROUP_PREFIX);
  }

  private static Set<String> strip(Collection<? extends GrantedAuthority> authorities, String p) {
    Set<String> out = new LinkedHashSet<>();
    for (GrantedAuthority a : authorities) {
      String name = a.getAuthority();
      if (name != null && name.startsWith(p)) {
        out.add(name.substring(p.length()));
      }
    }
    return out;
  }
}

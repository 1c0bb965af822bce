package com.infusionbilling.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * OIDC login (e.g. the Keycloak realm in docker-compose.yml): the token's {@code roles} claim
 * (coordinator, manager, admin) becomes the user's roles and its {@code groups} claim their Camunda
 * candidate groups, exactly as for database users. Claims that name no known role are ignored.
 */
public class OidcAuthorityMapper extends OidcUserService {

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser user = super.loadUser(request);
    Set<GrantedAuthority> authorities = new LinkedHashSet<>(user.getAuthorities());
    for (String role : strings(user.getClaim("roles"))) {
      String upper = role.toUpperCase(Locale.ROOT);
      if (Roles.ALL.contains(upper)) {
        authorities.add(new SimpleGrantedAuthority(Roles.ROLE_PREFIX + upper));
      }
    }
    for (String group : strings(user.getClaim("groups"))) {
      String name = group.startsWith("/") ? group.substring(1) : group; // Keycloak full paths
      authorities.add(new SimpleGrantedAuthority(Roles.GROUP_PREFIX + name));
    }
    return new DefaultOidcUser(
        authorities, user.getIdToken(), user.getUserInfo(), "preferred_username");
  }

  private static Collection<String> strings(Object claim) {
    Set<String> out = new LinkedHashSet<>();
    if (claim instanceof Collection<?> values) {
      values.forEach(v -> out.add(String.valueOf(v)));
    }
    return out;
  }
}

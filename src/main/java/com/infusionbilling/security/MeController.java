package com.infusionbilling.security;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who is signed in, for the front end (menus by role, the idle-logoff timer). */
@RestController
public class MeController {
  private final SecuritySettings settings;

  public MeController(SecuritySettings settings) {
    this.settings = settings;
  }

  public record Me(
      String username, Set<String> roles, Set<String> groups, long idleTimeoutSeconds) {}

  @GetMapping("/api/me")
  public Me me(Authentication authentication) {
    CurrentUser user = CurrentUser.of(authentication);
    return new Me(user.username(), user.roles(), user.groups(), settings.idleTimeout().toSeconds());
  }
}

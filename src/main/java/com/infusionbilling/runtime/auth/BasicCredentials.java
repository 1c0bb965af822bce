package com.infusionbilling.runtime.auth;

import com.infusionbilling.runtime.RuntimeProperties.BasicAuth;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Checks an {@code Authorization: Basic ...} value against the runtime's configured credentials, in
 * constant time (the comparison does not stop at the first differing byte). The stock Camunda
 * client sends exactly this header over REST and as the {@code authorization} gRPC metadata.
 */
public final class BasicCredentials {

  private static final String SCHEME = "basic ";

  private final byte[] expected;

  public BasicCredentials(BasicAuth auth) {
    if (!auth.enabled()) {
      throw new IllegalArgumentException("runtime.embedded.auth: username and password required");
    }
    this.expected = (auth.username() + ":" + auth.password()).getBytes(StandardCharsets.UTF_8);
  }

  /** True when the header carries the configured user name and password. */
  public boolean matches(String authorization) {
    if (authorization == null
        || authorization.length() <= SCHEME.length()
        || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return false;
    }
    byte[] presented;
    try {
      presented = Base64.getDecoder().decode(authorization.substring(SCHEME.length()).trim());
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(expected, presented);
  }
}

package com.infusionbilling.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The {@code Authorization} header of an HTTP basic API client. */
public final class HttpBasic {
  private HttpBasic() {}

  public static String header(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}

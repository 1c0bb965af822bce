package com.infusionbilling.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;

/**
 * Writes an RFC 9457 {@code application/problem+json} body straight to a response, for the places
 * that answer before or outside Spring MVC (the security filters, the last-resort error resolver).
 */
public final class ProblemJson {
  private ProblemJson() {}

  public static void write(HttpServletResponse response, int status, String title, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":"
                + quote(title)
                + ",\"status\":"
                + status
                + ",\"detail\":"
                + quote(detail)
                + "}");
  }

  static String quote(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder sb = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}

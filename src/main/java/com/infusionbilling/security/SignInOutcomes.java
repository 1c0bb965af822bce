package com.infusionbilling.security;

import com.infusionbilling.audit.AuditLog;
import com.infusionbilling.audit.AuditLog.Action;
import com.infusionbilling.audit.AuditLog.EntityType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * What a browser sees after a sign-in attempt. Every refusal ends on the login page with a reason
 * code ({@code /login?error=credentials|throttled|session|oidc}, throttled with {@code &wait=}
 * seconds) that the page (src/main/frontend/src/login.js) turns into a sentence, never on an error
 * page; a success is audited and goes where the user was headed.
 */
final class SignInOutcomes {
  private SignInOutcomes() {}

  static String code(AuthenticationException e) {
    if (e instanceof ThrottledAuthenticationProvider.ThrottledException) {
      return "throttled";
    }
    if (e instanceof OAuth2AuthenticationException) {
      return "oidc";
    }
    // a disabled account gets the same answer as a wrong password: the page must not tell which
    // names exist
    return "credentials";
  }

  /** Refused: back to the login page with the reason. */
  static AuthenticationFailureHandler failure() {
    return (request, response, e) -> {
      String target = "/login?error=" + code(e);
      if (e instanceof ThrottledAuthenticationProvider.ThrottledException throttled) {
        target += "&wait=" + throttled.waitSeconds();
      }
      toLogin(request, response, target);
    };
  }

  /** Signed in: audited, then where the user was headed (or the worklist). */
  static SavedRequestAwareAuthenticationSuccessHandler success(AuditLog audit) {
    var handler =
        new SavedRequestAwareAuthenticationSuccessHandler() {
          @Override
          public void onAuthenticationSuccess(
              HttpServletRequest request, HttpServletResponse response, Authentication auth)
              throws ServletException, IOException {
            audit.record(
                auth.getName(), Action.LOGIN, EntityType.USER, auth.getName(), "signed in");
            super.onAuthenticationSuccess(request, response, auth);
          }
        };
    handler.setDefaultTargetUrl("/");
    return handler;
  }

  /**
   * A sign-in form posted without a valid CSRF token (an old login page, or a browser that did not
   * send the cookie back) goes back to the login page with a message instead of a 403 error page.
   * Other refusals keep the 403.
   */
  static AccessDeniedHandler accessDenied() {
    AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
    return (request, response, e) -> {
      if (e instanceof CsrfException && isLoginPost(request)) {
        toLogin(request, response, "/login?error=session");
      } else {
        forbidden.handle(request, response, e);
      }
    };
  }

  private static boolean isLoginPost(HttpServletRequest request) {
    return "POST".equals(request.getMethod())
        && (request.getContextPath() + "/login").equals(request.getRequestURI());
  }

  private static void toLogin(
      HttpServletRequest request, HttpServletResponse response, String target) throws IOException {
    response.sendRedirect(request.getContextPath() + target);
  }
}

package com.infusionbilling.security;

import com.infusionbilling.audit.AuditLog;
import com.infusionbilling.audit.AuditLog.Action;
import com.infusionbilling.audit.AuditLog.EntityType;
import com.infusionbilling.web.ProblemJson;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
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
      } else if (isApi(request)) {
        ProblemJson.write(
            response,
            403,
            "Forbidden",
            e instanceof CsrfException
                ? "the request has no valid CSRF token: a request with the session cookie sends the"
                    + " XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header"
                : "your roles and groups do not allow this request (README, access rules)");
      } else {
        forbidden.handle(request, response, e);
      }
    };
  }

  /**
   * An {@code /api/**} request without a signed-in user: 401 problem+json, with the HTTP basic
   * challenge unless the caller is the front end (which shows its own sign-in, not the browser's).
   */
  static AuthenticationEntryPoint apiUnauthorized(boolean challenge) {
    return (request, response, e) -> {
      if (challenge) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"infusion-billing\"");
      }
      ProblemJson.write(
          response,
          401,
          "Unauthorized",
          "not signed in: credentials missing or refused (wrong, disabled or throttled account);"
              + " send HTTP basic credentials, or sign in at /login for a session");
    };
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
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

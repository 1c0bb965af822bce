package com.infusionbilling.security;

import com.infusionbilling.audit.AuditLog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may call what.
 *
 * <ul>
 *   <li>Only {@code /actuator/health} (and the login page and the front end's static files) are
 *       public; every {@code /api/**} needs a user, and {@link AccessRules} says which.
 *   <li>Browsers log in with a form (or OIDC when {@code spring.security.oauth2.client.*} names a
 *       provider) and get a session cookie (HttpOnly, SameSite=Strict; Secure when the request came
 *       over HTTPS, directly or through a proxy's {@code X-Forwarded-Proto}) that an idle timeout
 *       logs off. API clients use HTTP basic without a session. Any refused sign-in ends on the
 *       login page with a reason ({@link SignInOutcomes}); failures are throttled per user name
 *       ({@link ThrottledAuthenticationProvider}).
 *   <li>CSRF: the single-page front end reads the {@code XSRF-TOKEN} cookie and sends it back as
 *       {@code X-XSRF-TOKEN}. Every request presenting the session cookie needs it; only requests
 *       without one that bring their own {@code Authorization} need none.
 *   <li>Users, roles and groups come from the database ({@link UserAccounts}, BCrypt hashes).
 * </ul>
 */
@Configuration
@EnableMethodSecurity
@EnableConfigurationProperties(SecuritySettings.class)
public class SecurityConfiguration {

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }

  /**
   * Database sign-in with throttling, as the one authentication provider of the application's
   * global authentication manager (form login and HTTP basic; OIDC adds its own).
   */
  @Bean
  ThrottledAuthenticationProvider throttledAuthenticationProvider(
      UserAccounts users, PasswordEncoder passwords, LoginThrottle throttle, AuditLog audit) {
    return new ThrottledAuthenticationProvider(users, passwords, throttle, audit);
  }

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http,
      SecuritySettings settings,
      SignedInSessions sessions,
      AuditLog audit,
      ObjectProvider<ClientRegistrationRepository> oidc)
      throws Exception {
    RequestMatcher api = new AntPathRequestMatcher("/api/**");

    // Secure when the request came over HTTPS (directly, or X-Forwarded-Proto from a trusted
    // proxy): so http://localhost and http://<host> work, and a TLS deployment gets Secure cookies
    CookieCsrfTokenRepository csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
    csrfTokens.setCookieCustomizer(c -> c.sameSite("Strict").path("/"));

    http.authorizeHttpRequests(auth -> AccessRules.apply(auth, settings.metricsScrapeToken()))
        .formLogin(
            form ->
                form.loginPage("/login")
                    .successHandler(SignInOutcomes.success(audit))
                    .failureHandler(SignInOutcomes.failure())
                    .permitAll())
        .httpBasic(
            basic ->
                basic
                    .realmName("infusion-billing")
                    .authenticationEntryPoint(SignInOutcomes.apiUnauthorized(true)))
        .logout(
            logout ->
                logout
                    .logoutUrl("/logout")
                    .logoutSuccessUrl("/login?logout")
                    .deleteCookies("JSESSIONID", "XSRF-TOKEN"))
        .csrf(
            csrf ->
                csrf.csrfTokenRepository(csrfTokens)
                    .csrfTokenRequestHandler(new SpaCsrfTokenRequestHandler())
                    .requireCsrfProtectionMatcher(
                        new AndRequestMatcher(
                            CsrfFilter.DEFAULT_CSRF_MATCHER,
                            request -> !presentsOnlyItsOwnCredentials(request))))
        .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
        .addFilterBefore(
            new IdleLogoffFilter(settings.idleTimeout(), Clock.systemUTC()),
            SecurityContextHolderFilter.class)
        .sessionManagement(
            session ->
                session
                    .sessionFixation(f -> f.changeSessionId())
                    .maximumSessions(-1)
                    .sessionRegistry(sessions.registry())
                    .expiredSessionStrategy(new EndedSessionStrategy()))
        .exceptionHandling(
            ex -> {
              // The front end's own calls get a 401 without the basic challenge (no browser
              // credential prompt); other API clients get the challenge. Both bodies are
              // problem+json.
              ex.defaultAuthenticationEntryPointFor(
                  SignInOutcomes.apiUnauthorized(false),
                  new AndRequestMatcher(
                      api, new RequestHeaderRequestMatcher("X-Requested-With", "XMLHttpRequest")));
              ex.defaultAuthenticationEntryPointFor(SignInOutcomes.apiUnauthorized(true), api);
              // a metrics scraper is a machine: a 401, not the login page
              ex.defaultAuthenticationEntryPointFor(
                  SignInOutcomes.apiUnauthorized(true), new AntPathRequestMatcher("/actuator/**"));
              ex.defaultAuthenticationEntryPointFor(
                  new LoginUrlAuthenticationEntryPoint("/login"), request -> true);
              ex.accessDeniedHandler(SignInOutcomes.accessDenied());
            })
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(
                        csp ->
                            csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; font-src 'self' data:; style-src 'self'"
                                    + " 'unsafe-inline'; frame-ancestors 'none'"))
                    .frameOptions(f -> f.deny()));
    if (oidc.getIfAvailable() != null) {
      http.oauth2Login(
          o ->
              o.loginPage("/login")
                  .userInfoEndpoint(u -> u.oidcUserService(new OidcAuthorityMapper()))
                  .successHandler(SignInOutcomes.success(audit))
                  .failureHandler(SignInOutcomes.failure()));
    }
    return http.build();
  }

  /**
   * CSRF protects whatever a browser sends on its own: every request that presents the session
   * cookie needs the token, whatever other headers it carries (a junk {@code Authorization} header
   * does not exempt it). Only a request without a session cookie that brings its own credentials
   * (an API client with HTTP basic) has nothing a forged request could ride on, and needs none.
   */
  static boolean presentsOnlyItsOwnCredentials(HttpServletRequest request) {
    return request.getRequestedSessionId() == null
        && StringUtils.hasText(request.getHeader("Authorization"));
  }

  /** Keeps the session registry ({@link SignedInSessions}) in step with sessions that end. */
  @Bean
  HttpSessionEventPublisher httpSessionEventPublisher() {
    return new HttpSessionEventPublisher();
  }

  /**
   * A session ended by an administrator (user disabled, password reset, roles changed): the front
   * end's calls get 401 (it then shows the login page), pages go to the login page with a message.
   */
  static final class EndedSessionStrategy implements SessionInformationExpiredStrategy {
    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
      HttpServletRequest request = event.getRequest();
      HttpServletResponse response = event.getResponse();
      if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/problem+json");
        response
            .getWriter()
            .write(
                "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"Your session was ended by an administrator; sign in again.\"}");
      } else {
        response.sendRedirect(request.getContextPath() + "/login?ended");
      }
    }
  }

  /**
   * The token handling Spring Security documents for single-page applications: BREACH-safe tokens
   * for server-rendered pages (the login form), the raw cookie value from the {@code X-XSRF-TOKEN}
   * header sent by JavaScript.
   */
  static final class SpaCsrfTokenRequestHandler implements CsrfTokenRequestHandler {
    private final CsrfTokenRequestHandler plain = new CsrfTokenRequestAttributeHandler();
    private final CsrfTokenRequestHandler xor = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(
        HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
      xor.handle(request, response, token);
      token.get();
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
      if (StringUtils.hasText(request.getHeader(csrfToken.getHeaderName()))) {
        return plain.resolveCsrfTokenValue(request, csrfToken);
      }
      return xor.resolveCsrfTokenValue(request, csrfToken);
    }
  }

  /** Makes sure the XSRF-TOKEN cookie is written on every response, so the front end has it. */
  static final class CsrfCookieFilter extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
      if (token != null) {
        token.getToken();
      }
      chain.doFilter(request, response);
    }
  }
}

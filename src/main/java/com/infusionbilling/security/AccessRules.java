package com.infusionbilling.security;

import static org.springframework.security.authorization.AuthorityAuthorizationManager.hasAnyAuthority;
import static org.springframework.security.authorization.AuthorityAuthorizationManager.hasAnyRole;
import static org.springframework.security.authorization.AuthorizationManagers.allOf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may call which URL: the access matrix of the README ("Access rules"), enforced here in the
 * server for every client. Views of patients, episodes, authorizations and tasks need a role with
 * patient access; a change needs the candidate group that owns that step (or a manager where the
 * matrix says so); reference data imports and the admin routes need an administrator (imports also
 * a manager). Anything under {@code /api/**} not named here still needs a role with patient access,
 * so a new endpoint is never open to a user without a role. Finer checks stay with their owners (a
 * task's candidate groups in the worklist, managers for the dashboard and audit log).
 */
final class AccessRules {
  /** Roles that may see PHI: every role the application knows. */
  static final String[] PATIENT_ACCESS = {Roles.COORDINATOR, Roles.MANAGER, Roles.ADMIN};

  /** "A manager": administrators have the managers' rights. */
  static final String[] MANAGERS = {Roles.MANAGER, Roles.ADMIN};

  private AccessRules() {}

  static void apply(
      AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry auth,
      String metricsScrapeToken) {
    auth.requestMatchers(
            "/actuator/health",
            "/actuator/health/**",
            "/login",
            "/login.html",
            "/login/options",
            "/error",
            "/assets/**",
            "/favicon.ico",
            "/favicon.svg")
        .permitAll()
        // operational metrics: managers, or the Prometheus scraper's bearer token
        .requestMatchers("/actuator/prometheus")
        .access(metricsReaders(metricsScrapeToken))
        .requestMatchers("/api/me")
        .authenticated()
        // user administration and the X12 validator (its printout holds a file's PHI)
        .requestMatchers("/api/admin/**")
        .hasRole(Roles.ADMIN)
        // CMS reference files change every price and edit
        .requestMatchers(HttpMethod.POST, "/api/reference/**")
        .hasAnyRole(Roles.ADMIN, Roles.MANAGER)
        .requestMatchers(HttpMethod.POST, "/api/referrals", "/api/referrals/**")
        .hasAnyRole(Roles.COORDINATOR, Roles.MANAGER, Roles.ADMIN)
        // the payer's decision belongs to the authorization group
        .requestMatchers(HttpMethod.POST, "/api/authorization-requests/*/decision")
        .access(change(CandidateGroups.AUTHORIZATION))
        .requestMatchers(HttpMethod.POST, "/api/authorizations/*/usage")
        .access(change(CandidateGroups.AUTHORIZATION, Roles.MANAGER, Roles.ADMIN))
        // the therapy, its visits and its end belong to intake or authorization, or a manager
        .requestMatchers(
            HttpMethod.POST,
            "/api/episodes/*/end",
            "/api/episodes/*/therapy-changes",
            "/api/episodes/*/visits")
        .access(
            change(
                CandidateGroups.INTAKE, CandidateGroups.AUTHORIZATION, Roles.MANAGER, Roles.ADMIN))
        // appeal letters (PHI) belong to the appeals and billing groups, and managers
        .requestMatchers(HttpMethod.GET, "/api/appeals/*/letter")
        .access(
            change(CandidateGroups.APPEALS, CandidateGroups.BILLING, Roles.MANAGER, Roles.ADMIN))
        // drug inventory: pharmacy and managers; a reconciliation on demand and the revenue-cycle
        // reports: managers only
        .requestMatchers(HttpMethod.POST, "/api/inventory/reconciliations")
        .hasAnyRole(MANAGERS)
        .requestMatchers("/api/inventory/**")
        .access(change(CandidateGroups.PHARMACY, Roles.MANAGER, Roles.ADMIN))
        .requestMatchers("/api/dashboard/**", "/api/audit/**", "/api/reports/**")
        .hasAnyRole(MANAGERS)
        .requestMatchers("/api/**")
        .hasAnyRole(PATIENT_ACCESS)
        .anyRequest()
        .authenticated();
  }

  /**
   * Who reads {@code /actuator/prometheus}: a manager or administrator, or a request that brings
   * {@code Authorization: Bearer <security.metrics-scrape-token>} (compared in constant time). The
   * token opens nothing else; the metrics carry counts only, never PHI.
   */
  static AuthorizationManager<RequestAuthorizationContext> metricsReaders(String scrapeToken) {
    AuthorizationManager<RequestAuthorizationContext> managers = hasAnyRole(MANAGERS);
    byte[] expected =
        scrapeToken == null || scrapeToken.isBlank()
            ? null
            : ("Bearer " + scrapeToken).getBytes(StandardCharsets.UTF_8);
    return (authentication, context) -> {
      String header = context.getRequest().getHeader("Authorization");
      if (expected != null
          && header != null
          && MessageDigest.isEqual(expected, header.getBytes(StandardCharsets.UTF_8))) {
        return new AuthorizationDecision(true);
      }
      return managers.check(authentication, context);
    };
  }

  /**
   * A change: a role with patient access, and one of the owners (candidate groups by name, roles in
   * upper case).
   */
  static AuthorizationManager<RequestAuthorizationContext> change(String... owners) {
    String[] authorities = new String[owners.length];
    for (int i = 0; i < owners.length; i++) {
      authorities[i] =
          Roles.ALL.contains(owners[i])
              ? Roles.ROLE_PREFIX + owners[i]
              : Roles.GROUP_PREFIX + owners[i];
    }
    return allOf(hasAnyRole(PATIENT_ACCESS), hasAnyAuthority(authorities));
  }
}

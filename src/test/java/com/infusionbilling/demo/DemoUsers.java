package com.infusionbilling.demo;

import com.infusionbilling.security.CandidateGroups;
import com.infusionbilling.security.Roles;
import com.infusionbilling.security.UserAccounts;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One user per role for demos and training, created only in the {@code demo} profile (never in
 * production configuration). Documented in the README; all passwords are {@code demo}.
 *
 * <ul>
 *   <li>{@code coordinator}: intake and authorization coordinator
 *   <li>{@code coordinator2}: billing coordinator (another group: cannot see the first's tasks)
 *   <li>{@code nurse}: documents administrations (group clinical)
 *   <li>{@code coder}: resolves coding edits (group coding)
 *   <li>{@code biller}: claims, receivables and appeals (groups billing, ar, appeals)
 *   <li>{@code pharmacist}: drug inventory, investigates inventory variances (group pharmacy)
 *   <li>{@code manager}: sees every task, reassigns, the SLA dashboard and the audit log
 *   <li>{@code admin}: manager rights plus user administration
 * </ul>
 */
@Component
@Profile("demo")
@Order(0)
public class DemoUsers implements ApplicationRunner {
  private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);
  public static final String PASSWORD = "demo";

  private final UserAccounts accounts;

  public DemoUsers(UserAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public void run(ApplicationArguments args) {
    create(
        "coordinator",
        "Casey Coordinator",
        Set.of(Roles.COORDINATOR),
        CandidateGroups.FRONT_OFFICE);
    create(
        "coordinator2", "Blake Biller", Set.of(Roles.COORDINATOR), Set.of(CandidateGroups.BILLING));
    create("nurse", "Noel Nurse", Set.of(Roles.COORDINATOR), Set.of(CandidateGroups.CLINICAL));
    create("coder", "Cody Coder", Set.of(Roles.COORDINATOR), Set.of(CandidateGroups.CODING));
    create("biller", "Billie Biller", Set.of(Roles.COORDINATOR), CandidateGroups.BACK_OFFICE);
    create(
        "pharmacist",
        "Pat Pharmacist",
        Set.of(Roles.COORDINATOR),
        Set.of(CandidateGroups.PHARMACY));
    create("manager", "Morgan Manager", Set.of(Roles.MANAGER), CandidateGroups.ALL);
    create("admin", "Avery Admin", Set.of(Roles.ADMIN, Roles.MANAGER), CandidateGroups.ALL);
  }

  private void create(String username, String name, Set<String> roles, Set<String> groups) {
    if (accounts.createIfAbsent(username, name, PASSWORD, roles, groups)) {
      LOG.info("demo profile: created user {} with roles {}", username, roles);
    }
  }
}

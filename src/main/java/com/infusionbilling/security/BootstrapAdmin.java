package com.infusionbilling.security;

import com.infusionbilling.audit.AuditLog;
import com.infusionbilling.audit.AuditLog.Action;
import com.infusionbilling.audit.AuditLog.EntityType;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The first administrator, so a fresh installation can be signed into without the demo profile:
 * with {@code security.bootstrap-admin.username} and {@code .password} set (environment {@code
 * SECURITY_BOOTSTRAP_ADMIN_USERNAME} / {@code _PASSWORD}) and no user in the database, that user is
 * created with the ADMIN and MANAGER roles, once. As soon as any user exists the settings are
 * ignored, so a forgotten environment variable never resets anyone's password. The log says what
 * happened, never the password.
 */
@Component
@Order(-10)
public class BootstrapAdmin implements ApplicationRunner {
  private static final Logger LOG = LoggerFactory.getLogger(BootstrapAdmin.class);

  private final SecuritySettings settings;
  private final UserAccounts accounts;
  private final AuditLog audit;

  public BootstrapAdmin(SecuritySettings settings, UserAccounts accounts, AuditLog audit) {
    this.settings = settings;
    this.accounts = accounts;
    this.audit = audit;
  }

  @Override
  public void run(ApplicationArguments args) {
    SecuritySettings.BootstrapAdmin admin = settings.bootstrapAdmin();
    boolean configured = admin != null && admin.configured();
    if (accounts.count() > 0) {
      if (configured) {
        LOG.info(
            "security.bootstrap-admin is set but users exist already: nothing created (remove"
                + " SECURITY_BOOTSTRAP_ADMIN_PASSWORD from the environment)");
      }
      return;
    }
    if (!configured) {
      LOG.warn(
          "No user exists and security.bootstrap-admin is not set: nobody can sign in. Start once"
              + " with SECURITY_BOOTSTRAP_ADMIN_USERNAME and SECURITY_BOOTSTRAP_ADMIN_PASSWORD set"
              + " (see the README, \"First sign-in\").");
      return;
    }
    String username =
        UserAdministration.username("security.bootstrap-admin.username", admin.username().strip());
    UserAdministration.checkPassword(
        "security.bootstrap-admin.password", admin.password(), username);
    boolean created;
    try {
      created =
          accounts.createIfAbsent(
              username,
              "Administrator",
              admin.password(),
              Set.of(Roles.ADMIN, Roles.MANAGER),
              Set.of());
    } catch (DuplicateKeyException e) {
      created = false; // another instance on the same database created it at the same moment
    }
    if (created) {
      audit.record("system", Action.CREATE, EntityType.USER, username, "first administrator");
      LOG.info(
          "Created the first administrator '{}' (roles ADMIN, MANAGER) from security.bootstrap-admin;"
              + " sign in and add users on the Users page",
          username);
    }
  }
}

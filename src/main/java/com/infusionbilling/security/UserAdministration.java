package com.infusionbilling.security;

import com.infusionbilling.audit.AuditLog;
import com.infusionbilling.audit.AuditLog.Action;
import com.infusionbilling.audit.AuditLog.EntityType;
import com.infusionbilling.security.UserAccounts.Account;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * What administrators do with users (the Users page and {@code /api/admin/users}): create a user,
 * set their roles and candidate groups, reset a password, disable or enable a login. Input is
 * checked here (a {@link UserAdminException} names the field), every change is written to the audit
 * log (never the password), and a changed or disabled user's open sessions end, so the next request
 * signs in again with the new rights. The last enabled administrator cannot be disabled or lose the
 * role, so nobody locks the administrators out.
 */
@Service
public class UserAdministration {
  static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,99}");
  static final Pattern GROUP = Pattern.compile("[A-Za-z0-9._-]{1,100}");
  static final int MIN_PASSWORD = 12;

  /** BCrypt reads only the first 72 bytes of a password. */
  static final int MAX_PASSWORD_BYTES = 72;

  public record NewUser(
      String username,
      String displayName,
      String password,
      Collection<String> roles,
      Collection<String> groups) {
    @Override
    public String toString() {
      return "NewUser[username=" + username + ", password=***]";
    }
  }

  public record Access(Collection<String> roles, Collection<String> groups) {}

  /** What the Users page offers: the roles and the candidate groups the processes use. */
  public record Options(List<String> roles, List<String> groups) {}

  private final UserAccounts accounts;
  private final AuditLog audit;
  private final SignedInSessions sessions;

  public UserAdministration(UserAccounts accounts, AuditLog audit, SignedInSessions sessions) {
    this.accounts = accounts;
    this.audit = audit;
    this.sessions = sessions;
  }

  public List<Account> list() {
    return accounts.all();
  }

  public Options options() {
    return new Options(
        List.of(Roles.COORDINATOR, Roles.MANAGER, Roles.ADMIN),
        List.copyOf(new TreeSet<>(CandidateGroups.ALL)));
  }

  public Account create(NewUser user) {
    if (user == null) {
      throw UserAdminException.invalid("body", "a user is required");
    }
    String username = username("username", user.username());
    String displayName =
        user.displayName() == null || user.displayName().isBlank()
            ? username
            : user.displayName().strip();
    if (displayName.length() > 200) {
      throw UserAdminException.invalid("displayName", "at most 200 characters");
    }
    checkPassword("password", user.password(), username);
    Set<String> roles = roles(user.roles());
    Set<String> groups = groups(user.groups());
    boolean created;
    try {
      created = accounts.createIfAbsent(username, displayName, user.password(), roles, groups);
    } catch (DuplicateKeyException e) {
      created = false;
    }
    if (!created) {
      throw UserAdminException.conflict("username", "a user named " + username + " exists");
    }
    audit.record(Action.CREATE, EntityType.USER, username, describe(roles, groups));
    return accounts.find(username).orElseThrow();
  }

  public Account setAccess(String actor, String username, Access access) {
    if (access == null) {
      throw UserAdminException.invalid("body", "roles and groups are required");
    }
    Account before = existing(username);
    Set<String> roles = roles(access.roles());
    Set<String> groups = groups(access.groups());
    if (before.roles().contains(Roles.ADMIN) && !roles.contains(Roles.ADMIN)) {
      if (before.username().equals(actor)) {
        throw UserAdminException.invalid("roles", "you cannot take the ADMIN role from yourself");
      }
      requireAnotherAdmin(before, "roles");
    }
    accounts.setAccess(before.username(), roles, groups);
    audit.record(
        Action.UPDATE,
        EntityType.USER,
        before.username(),
        "access " + describe(before.roles(), before.groups()) + " -> " + describe(roles, groups));
    sessions.end(before.username());
    return accounts.find(before.username()).orElseThrow();
  }

  public void resetPassword(String username, String password) {
    Account account = existing(username);
    checkPassword("password", password, account.username());
    accounts.setPassword(account.username(), password);
    audit.record(Action.UPDATE, EntityType.USER, account.username(), "password reset");
    sessions.end(account.username());
  }

  public Account setEnabled(String actor, String username, boolean enabled) {
    Account account = existing(username);
    if (!enabled) {
      if (account.username().equals(actor)) {
        throw UserAdminException.invalid("username", "you cannot disable yourself");
      }
      if (account.roles().contains(Roles.ADMIN)) {
        requireAnotherAdmin(account, "username");
      }
    }
    accounts.setEnabled(account.username(), enabled);
    audit.record(
        Action.UPDATE, EntityType.USER, account.username(), enabled ? "enabled" : "disabled");
    if (!enabled) {
      sessions.end(account.username());
    }
    return accounts.find(account.username()).orElseThrow();
  }

  /** Checks a password against the policy; also used for the first administrator's. */
  static void checkPassword(String field, String password, String username) {
    if (password == null || password.isEmpty()) {
      throw UserAdminException.invalid(field, "is required");
    }
    if (password.codePointCount(0, password.length()) < MIN_PASSWORD) {
      throw UserAdminException.invalid(field, "at least " + MIN_PASSWORD + " characters");
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
      throw UserAdminException.invalid(field, "at most " + MAX_PASSWORD_BYTES + " bytes");
    }
    if (password.equalsIgnoreCase(username)) {
      throw UserAdminException.invalid(field, "must not be the user name");
    }
  }

  static String username(String field, String username) {
    if (username == null || username.isBlank()) {
      throw UserAdminException.invalid(field, "is required");
    }
    if (!USERNAME.matcher(username).matches()) {
      throw UserAdminException.invalid(
          field,
          "2 to 100 characters: lower-case letters, digits and . _ @ - (starting with a letter"
              + " or digit)");
    }
    return username;
  }

  private Account existing(String username) {
    return accounts
        .find(username == null ? "" : username.toLowerCase(Locale.ROOT))
        .orElseThrow(() -> UserAdminException.notFound(username));
  }

  private void requireAnotherAdmin(Account account, String field) {
    boolean another =
        accounts.enabledWithRole(Roles.ADMIN).stream()
            .anyMatch(name -> !name.equals(account.username()));
    if (!another) {
      throw UserAdminException.invalid(
          field, account.username() + " is the last enabled administrator");
    }
  }

  private static Set<String> roles(Collection<String> roles) {
    Set<String> out = new TreeSet<>();
    if (roles != null) {
      for (String role : roles) {
        String upper = role == null ? "" : role.strip().toUpperCase(Locale.ROOT);
        if (!Roles.ALL.contains(upper)) {
          throw UserAdminException.invalid(
              "roles", "unknown role '" + role + "'; one of " + new TreeSet<>(Roles.ALL));
        }
        out.add(upper);
      }
    }
    return out;
  }

  private static Set<String> groups(Collection<String> groups) {
    Set<String> out = new TreeSet<>();
    if (groups != null) {
      for (String group : groups) {
        String name = group == null ? "" : group.strip();
        if (!GROUP.matcher(name).matches()) {
          throw UserAdminException.invalid(
              "groups", "a group is 1 to 100 letters, digits, '.', '_' or '-'");
        }
        out.add(name);
      }
    }
    return out;
  }

  private static String describe(Set<String> roles, Set<String> groups) {
    return "roles " + new TreeSet<>(roles) + " groups " + new TreeSet<>(groups);
  }
}

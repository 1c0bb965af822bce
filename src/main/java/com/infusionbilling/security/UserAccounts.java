package com.infusionbilling.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users, roles and groups in the application's database ({@code app_user*} tables, owned by this
 * class). Loads logins for form login and HTTP basic, and stores what {@link UserAdministration}
 * (the administrators' API), {@link BootstrapAdmin} and the demo profile decide. Checks of input
 * and permissions live in those callers; this class only reads and writes rows.
 */
@Service
public class UserAccounts implements UserDetailsService {

  /** A user as stored, without the password hash. */
  public record Account(
      long id,
      String username,
      String displayName,
      boolean enabled,
      Set<String> roles,
      Set<String> groups) {}

  private final JdbcClient jdbc;
  private final PasswordEncoder passwords;

  public UserAccounts(JdbcClient jdbc, PasswordEncoder passwords) {
    this.jdbc = jdbc;
    this.passwords = passwords;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    record Row(long id, String username, String passwordHash, boolean enabled) {}
    // user names are stored in lower case; the same on H2 and on a case-insensitive MySQL collation
    Row row =
        jdbc.sql("SELECT id, username, password_hash, enabled FROM app_user WHERE username = ?")
            .param(username == null ? "" : username.strip().toLowerCase(Locale.ROOT))
            .query(
                (rs, i) ->
                    new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
            .optional()
            .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    return User.withUsername(row.username())
        .password(row.passwordHash())
        .disabled(!row.enabled())
        .authorities(authorities(row.id()))
        .build();
  }

  @Transactional(readOnly = true)
  public Optional<Account> find(String username) {
    return jdbc.sql("SELECT id, display_name, enabled FROM app_user WHERE username = ?")
        .param(username)
        .query(
            (rs, i) ->
                new Account(
                    rs.getLong(1),
                    username,
                    rs.getString(2),
                    rs.getBoolean(3),
                    sorted(roles(rs.getLong(1))),
                    sorted(groups(rs.getLong(1)))))
        .optional();
  }

  @Transactional(readOnly = true)
  public List<Account> all() {
    return jdbc
        .sql("SELECT username FROM app_user ORDER BY username")
        .query(String.class)
        .list()
        .stream()
        .map(u -> find(u).orElseThrow())
        .toList();
  }

  /** Creates the user unless one with that name exists; returns true when it was created. */
  @Transactional
  public boolean createIfAbsent(
      String username,
      String displayName,
      String rawPassword,
      Set<String> roles,
      Set<String> groups) {
    if (find(username).isPresent()) {
      return false;
    }
    for (String role : roles) {
      if (!Roles.ALL.contains(role)) {
        throw new IllegalArgumentException("role: unknown role " + role);
      }
    }
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO app_user (username, display_name, password_hash, enabled, created_at)"
                + " VALUES (?, ?, ?, TRUE, ?)")
        .params(username, displayName, passwords.encode(rawPassword), Timestamp.from(Instant.now()))
        .update(keys, "id");
    insertAccess(keys.getKey().longValue(), roles, groups);
    return true;
  }

  /** How many users exist (none: the first administrator may be created). */
  @Transactional(readOnly = true)
  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
  }

  /** Replaces the user's roles and candidate groups; false when there is no such user. */
  @Transactional
  public boolean setAccess(String username, Set<String> roles, Set<String> groups) {
    Optional<Long> id = idOf(username);
    if (id.isEmpty()) {
      return false;
    }
    jdbc.sql("DELETE FROM app_user_role WHERE user_id = ?").param(id.get()).update();
    jdbc.sql("DELETE FROM app_user_group WHERE user_id = ?").param(id.get()).update();
    insertAccess(id.get(), roles, groups);
    return true;
  }

  /** Stores a new password hash; false when there is no such user. */
  @Transactional
  public boolean setPassword(String username, String rawPassword) {
    return jdbc.sql("UPDATE app_user SET password_hash = ? WHERE username = ?")
            .params(passwords.encode(rawPassword), username)
            .update()
        == 1;
  }

  /** Enables or disables the login; false when there is no such user. */
  @Transactional
  public boolean setEnabled(String username, boolean enabled) {
    return jdbc.sql("UPDATE app_user SET enabled = ? WHERE username = ?")
            .params(enabled, username)
            .update()
        == 1;
  }

  /**
   * Why this user may not be given a task of these candidate groups, or empty when they may: the
   * user must exist, be enabled, hold a role and, when the task names candidate groups, be in one
   * of them.
   */
  @Transactional(readOnly = true)
  public Optional<String> refusalAsAssignee(String username, Collection<String> candidateGroups) {
    Optional<Account> account = find(username);
    if (account.isEmpty()) {
      return Optional.of("no user " + username);
    }
    Account a = account.get();
    if (!a.enabled()) {
      return Optional.of(username + " is disabled");
    }
    if (a.roles().isEmpty()) {
      return Optional.of(username + " has no role");
    }
    if (candidateGroups != null
        && !candidateGroups.isEmpty()
        && candidateGroups.stream().noneMatch(a.groups()::contains)) {
      return Optional.of(
          username + " is not in the task's candidate groups " + new TreeSet<>(candidateGroups));
    }
    return Optional.empty();
  }

  /** The enabled users holding a role. */
  @Transactional(readOnly = true)
  public List<String> enabledWithRole(String role) {
    return jdbc.sql(
            "SELECT u.username FROM app_user u JOIN app_user_role r ON r.user_id = u.id"
                + " WHERE r.role = ? AND u.enabled = TRUE ORDER BY u.username")
        .param(role)
        .query(String.class)
        .list();
  }

  private static Set<String> sorted(List<String> values) {
    return Collections.unmodifiableSortedSet(new TreeSet<>(values));
  }

  private Optional<Long> idOf(String username) {
    return jdbc.sql("SELECT id FROM app_user WHERE username = ?")
        .param(username)
        .query(Long.class)
        .optional();
  }

  private void insertAccess(long id, Set<String> roles, Set<String> groups) {
    for (String role : roles) {
      jdbc.sql("INSERT INTO app_user_role (user_id, role) VALUES (?, ?)").params(id, role).update();
    }
    for (String group : groups) {
      jdbc.sql("INSERT INTO app_user_group (user_id, group_name) VALUES (?, ?)")
          .params(id, group)
          .update();
    }
  }

  private List<GrantedAuthority> authorities(long userId) {
    List<GrantedAuthority> out = new ArrayList<>();
    roles(userId).forEach(r -> out.add(new SimpleGrantedAuthority(Roles.ROLE_PREFIX + r)));
    groups(userId).forEach(g -> out.add(new SimpleGrantedAuthority(Roles.GROUP_PREFIX + g)));
    return out;
  }

  private List<String> roles(long userId) {
    return jdbc.sql("SELECT role FROM app_user_role WHERE user_id = ? ORDER BY role")
        .param(userId)
        .query(String.class)
        .list();
  }

  private List<String> groups(long userId) {
    return jdbc.sql("SELECT group_name FROM app_user_group WHERE user_id = ? ORDER BY group_name")
        .param(userId)
        .query(String.class)
        .list();
  }
}

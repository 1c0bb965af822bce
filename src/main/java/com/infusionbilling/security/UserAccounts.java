package com.infusionbilling.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * Users, roles and groups in the application's database ({@code app_user*} tables). Loads logins
 * for form login and HTTP basic, and creates users (the demo profile, administrators).
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
    record Row(long id, String passwordHash, boolean enabled) {}
    Row row =
        jdbc.sql("SELECT id, password_hash, enabled FROM app_user WHERE username = ?")
            .param(username)
            .query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
            .optional()
            .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    return User.withUsername(username)
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
                    Set.copyOf(roles(rs.getLong(1))),
                    Set.copyOf(groups(rs.getLong(1)))))
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
    long id = keys.getKey().longValue();
    for (String role : roles) {
      jdbc.sql("INSERT INTO app_user_role (user_id, role) VALUES (?, ?)").params(id, role).update();
    }
    for (String group : groups) {
      jdbc.sql("INSERT INTO app_user_group (user_id, group_name) VALUES (?, ?)")
          .params(id, group)
          .update();
    }
    return true;
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

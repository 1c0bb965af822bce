package com.infusionbilling.security;

import com.infusionbilling.security.UserAccounts.Account;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrators' user API (the Users page uses it): list, create, set roles and candidate
 * groups, reset a password, disable and enable. Administrators only (also enforced by the URL rule
 * in {@link SecurityConfiguration}).
 */
@RestController
@RequestMapping("/api/admin/users")
@PreAuthorize("hasRole('ADMIN')")
public class UserAdminController {
  private final UserAdministration users;

  public UserAdminController(UserAdministration users) {
    this.users = users;
  }

  public record PasswordReset(String password) {
    @Override
    public String toString() {
      return "PasswordReset[password=***]";
    }
  }

  @GetMapping
  public List<Account> list() {
    return users.list();
  }

  @GetMapping("/options")
  public UserAdministration.Options options() {
    return users.options();
  }

  @PostMapping
  public ResponseEntity<Account> create(
      @RequestBody(required = false) UserAdministration.NewUser body) {
    Account created = users.create(body);
    return ResponseEntity.created(URI.create("/api/admin/users/" + created.username()))
        .body(created);
  }

  @PutMapping("/{username}/access")
  public Account access(
      Authentication auth,
      @PathVariable String username,
      @RequestBody(required = false) UserAdministration.Access body) {
    return users.setAccess(CurrentUser.of(auth).username(), username, body);
  }

  @PutMapping("/{username}/password")
  public ResponseEntity<Void> password(
      @PathVariable String username, @RequestBody(required = false) PasswordReset body) {
    users.resetPassword(username, body == null ? null : body.password());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{username}/disable")
  public Account disable(Authentication auth, @PathVariable String username) {
    return users.setEnabled(CurrentUser.of(auth).username(), username, false);
  }

  @PostMapping("/{username}/enable")
  public Account enable(Authentication auth, @PathVariable String username) {
    return users.setEnabled(CurrentUser.of(auth).username(), username, true);
  }
}

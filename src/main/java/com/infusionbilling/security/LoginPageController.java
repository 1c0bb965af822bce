package com.infusionbilling.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The sign-in page (the front end's login.html, public) and what it offers besides the form: the
 * OIDC providers configured, as "sign in with" links, and whether no user exists yet (the page then
 * says how to create the first administrator).
 */
@Controller
public class LoginPageController {
  private final ObjectProvider<ClientRegistrationRepository> oidc;
  private final UserAccounts users;

  public LoginPageController(
      ObjectProvider<ClientRegistrationRepository> oidc, UserAccounts users) {
    this.oidc = oidc;
    this.users = users;
  }

  @GetMapping("/login")
  public String login() {
    return "forward:/login.html";
  }

  public record Provider(String id, String name) {}

  public record Options(List<Provider> oidc, boolean noUsers) {}

  @GetMapping("/login/options")
  @ResponseBody
  public Options options() {
    List<Provider> providers = new ArrayList<>();
    if (oidc.getIfAvailable() instanceof Iterable<?> registrations) {
      for (Object r : registrations) {
        if (r instanceof ClientRegistration c) {
          providers.add(
              new Provider(
                  c.getRegistrationId(),
                  c.getClientName() == null ? c.getRegistrationId() : c.getClientName()));
        }
      }
    }
    return new Options(providers, users.count() == 0);
  }
}

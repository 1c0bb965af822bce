package com.infusionbilling.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP session against the running application: keeps cookies itself (the JDK's
 * CookieManager drops Secure cookies over http, which browsers keep for localhost), logs in with
 * the form and sends the CSRF header the front end sends.
 */
public final class BrowserSession {
  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final String base;
  final Map<String, String> cookies = new LinkedHashMap<>();
  private final Map<String, String> headers = new LinkedHashMap<>();

  public BrowserSession(int port) {
    this("http://localhost:" + port);
  }

  /** A session against another base address, e.g. {@code http://127.0.0.1:PORT}. */
  public BrowserSession(String base) {
    this.base = base;
  }

  /** Sends this header on every request from now on (e.g. a proxy's X-Forwarded-Proto). */
  public BrowserSession header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(request(path).GET());
  }

  public HttpResponse<String> postJson(String path, String json, boolean withCsrf)
      throws IOException, InterruptedException {
    var b =
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (withCsrf && cookies.containsKey("XSRF-TOKEN")) {
      b.header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    }
    return send(b);
  }

  /** Form login; returns the login response (302 to / on success, to /login?error otherwise). */
  public HttpResponse<String> login(String user, String password)
      throws IOException, InterruptedException {
    get("/login"); // sets XSRF-TOKEN
    String form =
        "username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return send(
        request("/login")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", ""))
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  HttpRequest.Builder request(String path) {
    var b =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("X-Requested-With", "XMLHttpRequest");
    headers.forEach(b::header);
    if (!cookies.isEmpty()) {
      b.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; ")));
    }
    return b;
  }

  /** A JSON POST with extra headers (e.g. a junk Authorization header). */
  public HttpResponse<String> postJson(
      String path, String json, boolean withCsrf, String headerName, String headerValue)
      throws IOException, InterruptedException {
    var b =
        request(path)
            .header("Content-Type", "application/json")
            .header(headerName, headerValue)
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (withCsrf && cookies.containsKey("XSRF-TOKEN")) {
      b.header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    }
    return send(b);
  }

  HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    for (String setCookie : response.headers().allValues("Set-Cookie")) {
      String pair = setCookie.split(";", 2)[0];
      int eq = pair.indexOf('=');
      String name = pair.substring(0, eq);
      String value = pair.substring(eq + 1);
      if (value.isEmpty() || setCookie.contains("Max-Age=0")) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    }
    return response;
  }
}

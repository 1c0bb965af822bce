package com.infusionbilling.runtime.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain HTTP calls to a runtime's endpoints that the Camunda client does not offer (the clock). */
public final class TestHttp {

  private TestHttp() {}

  /** A response's status and body. */
  public record Response(int status, String body) {}

  /** Sends a JSON request and returns the body; a status of 300 or more fails the test. */
  public static String send(URI base, String method, String path, String json) {
    Response response = exchange(base, method, path, json);
    if (response.status() >= 300) {
      throw new AssertionError(
          method + " " + path + " -> " + response.status() + " " + response.body());
    }
    return response.body();
  }

  /** The status of a JSON request. */
  public static int status(URI base, String method, String path, String json) {
    return exchange(base, method, path, json).status();
  }

  /** Sends a JSON request and returns the status and body, whatever the status. */
  public static Response exchange(URI base, String method, String path, String json) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(base.resolve(path))
              .header("Content-Type", "application/json")
              .method(
                  method,
                  json == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(json))
              .build();
      HttpResponse<String> response =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

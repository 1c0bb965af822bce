package com.infusionbilling.runtime.auth;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;

/**
 * Refuses every gRPC call whose {@code authorization} metadata does not carry the configured basic
 * credentials, with UNAUTHENTICATED.
 */
public final class BasicAuthInterceptor implements ServerInterceptor {

  static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

  private final BasicCredentials credentials;

  public BasicAuthInterceptor(BasicCredentials credentials) {
    this.credentials = credentials;
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(
      ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
    if (credentials.matches(headers.get(AUTHORIZATION))) {
      return next.startCall(call, headers);
    }
    call.close(
        Status.UNAUTHENTICATED.withDescription(
            "The call must carry valid HTTP basic credentials in the authorization metadata"),
        new Metadata());
    return new ServerCall.Listener<>() {};
  }
}

package com.infusionbilling.runtime.grpc;

import com.infusionbilling.runtime.shared.RuntimeProblemException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the gateway answers a call: with its result, or with the gRPC status that the runtime's
 * problem maps to (the same kinds the REST API maps to HTTP problems).
 */
final class GrpcResponses {

  private static final Logger LOG = LoggerFactory.getLogger(GrpcResponses.class);

  private GrpcResponses() {}

  /** Answers a unary call with the result of {@code call}, or with the status of its problem. */
  static <T> void unary(StreamObserver<T> response, Supplier<T> call) {
    T result;
    try {
      result = call.get();
    } catch (RuntimeException e) {
      response.onError(toStatus(e));
      return;
    }
    response.onNext(result);
    response.onCompleted();
  }

  static <T> void unimplemented(StreamObserver<T> response, String method) {
    response.onError(
        Status.UNIMPLEMENTED
            .withDescription(
                method
                    + " is not implemented by this embedded runtime yet (see docs/runtime.md for"
                    + " its coverage)")
            .asRuntimeException());
  }

  static StatusRuntimeException toStatus(RuntimeException e) {
    RuntimeProblemException database = RuntimeProblemException.ofDatabase(e);
    if (database != null) {
      LOG.warn("gRPC command refused: {}", e.getMessage());
      return toStatus(database);
    }
    if (e instanceof RuntimeProblemException problem) {
      Status status =
          switch (problem.kind()) {
            case INVALID_ARGUMENT -> Status.INVALID_ARGUMENT;
            case NOT_FOUND -> Status.NOT_FOUND;
            case INVALID_STATE -> Status.FAILED_PRECONDITION;
            case ALREADY_EXISTS -> Status.ALREADY_EXISTS;
            case RESOURCE_EXHAUSTED -> Status.RESOURCE_EXHAUSTED;
            case DEADLINE_EXCEEDED -> Status.DEADLINE_EXCEEDED;
            case ABORTED -> Status.ABORTED;
            case UNIMPLEMENTED -> Status.UNIMPLEMENTED;
          };
      return status.withDescription(problem.getMessage()).asRuntimeException();
    }
    if (e instanceof IllegalArgumentException) {
      return Status.INVALID_ARGUMENT.withDescription(e.getMessage()).asRuntimeException();
    }
    LOG.error("unexpected error in a gRPC command", e);
    return Status.INTERNAL
        .withDescription(
            "Unexpected error: " + e.getClass().getSimpleName() + ": " + e.getMessage())
        .withCause(e)
        .asRuntimeException();
  }

  static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}

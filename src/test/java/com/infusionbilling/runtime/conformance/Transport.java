package com.infusionbilling.runtime.conformance;

/** How the stock client sends commands: REST API v2 or the Zeebe gRPC gateway. */
public enum Transport {
  REST,
  GRPC
}

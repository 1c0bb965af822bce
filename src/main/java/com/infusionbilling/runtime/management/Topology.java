package com.infusionbilling.runtime.management;

/** Where the single broker of this runtime listens, as both transports report it (topology). */
public final class Topology {
  private final String host;
  private final java.util.function.IntSupplier grpcPort;

  public Topology(String host, java.util.function.IntSupplier grpcPort) {
    this.host = host;
    this.grpcPort = grpcPort;
  }

  public String host() {
    return host;
  }

  public int port() {
    return grpcPort.getAsInt();
  }
}

package com.infusionbilling.runtime.config;

import com.infusionbilling.runtime.RuntimeProperties;
import com.infusionbilling.runtime.auth.BasicAuthInterceptor;
import com.infusionbilling.runtime.auth.BasicCredentials;
import com.infusionbilling.runtime.grpc.GatewayService;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The gRPC gateway's server; started before the topology is reported. */
public final class GrpcServerHolder implements AutoCloseable {
  private Server server;
  private final int requestedPort;
  private final String bindAddress;
  private final RuntimeProperties.BasicAuth auth;

  /**
   * The threads that run gRPC calls: as many as the commands have connections, since each command
   * needs one (waiting long polls and job streams hold no thread). gRPC's default is an unbounded
   * cached pool, where a flood of calls would start a thread each.
   */
  private final ExecutorService executor;

  GrpcServerHolder(
      String bindAddress, int requestedPort, RuntimeProperties.BasicAuth auth, int threads) {
    this.bindAddress = bindAddress;
    this.requestedPort = requestedPort;
    this.auth = auth;
    AtomicInteger n = new AtomicInteger();
    this.executor =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "runtime-grpc-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  void start(GatewayService service) throws IOException {
    server =
        NettyServerBuilder.forAddress(new InetSocketAddress(bindAddress, requestedPort))
            .executor(executor)
            .addService(
                auth.enabled()
                    ? ServerInterceptors.intercept(
                        service, new BasicAuthInterceptor(new BasicCredentials(auth)))
                    : service.bindService())
            .maxInboundMessageSize(32 * 1024 * 1024)
            .permitKeepAliveWithoutCalls(true)
            .permitKeepAliveTime(10, TimeUnit.SECONDS)
            .build()
            .start();
  }

  public int port() {
    return server == null ? requestedPort : server.getPort();
  }

  @Override
  public void close() throws InterruptedException {
    if (server != null) {
      server.shutdownNow();
      server.awaitTermination(5, TimeUnit.SECONDS);
    }
    executor.shutdownNow();
  }
}

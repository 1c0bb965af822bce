package com.infusionbilling.runtime.config;

import com.infusionbilling.runtime.RuntimeProperties;
import com.infusionbilling.runtime.command.DecisionCommands;
import com.infusionbilling.runtime.command.IncidentCommands;
import com.infusionbilling.runtime.command.JobCommands;
import com.infusionbilling.runtime.command.MessageCommands;
import com.infusionbilling.runtime.command.RuntimeCommands;
import com.infusionbilling.runtime.command.SignalCommands;
import com.infusionbilling.runtime.grpc.GatewayService;
import com.infusionbilling.runtime.management.ClusterManagement;
import com.infusionbilling.runtime.management.Topology;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Zeebe gRPC gateway: its server, and the topology it reports. */
@Configuration(proxyBeanMethods = false)
class RuntimeGrpcConfiguration {

  @Bean
  Topology topology(RuntimeProperties properties, GrpcServerHolder grpc) {
    return new Topology(properties.bindAddress(), grpc::port);
  }

  @Bean(destroyMethod = "close")
  GrpcServerHolder grpcServer(RuntimeProperties properties) throws IOException {
    return new GrpcServerHolder(
        properties.bindAddress(),
        properties.grpcPort(),
        properties.auth(),
        Math.max(4, properties.maxPoolSize()));
  }

  @Bean
  GatewayService gatewayService(
      RuntimeCommands commands,
      JobCommands jobs,
      IncidentCommands incidents,
      ClusterManagement cluster,
      Topology topology,
      GrpcServerHolder grpc,
      MessageCommands messages,
      SignalCommands signals,
      DecisionCommands decisions)
      throws IOException {
    GatewayService service =
        new GatewayService(
            commands, jobs, incidents, cluster, topology, messages, signals, decisions);
    grpc.start(service);
    return service;
  }
}

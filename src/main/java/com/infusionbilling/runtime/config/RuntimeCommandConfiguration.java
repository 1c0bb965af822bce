package com.infusionbilling.runtime.config;

import com.infusionbilling.runtime.RuntimeProperties;
import com.infusionbilling.runtime.clock.RuntimeClock;
import com.infusionbilling.runtime.command.DecisionCommands;
import com.infusionbilling.runtime.command.DeploymentLimits;
import com.infusionbilling.runtime.command.DeploymentProcessor;
import com.infusionbilling.runtime.command.IncidentCommands;
import com.infusionbilling.runtime.command.InstanceResults;
import com.infusionbilling.runtime.command.JobCommands;
import com.infusionbilling.runtime.command.MessageCommands;
import com.infusionbilling.runtime.command.RuntimeCommands;
import com.infusionbilling.runtime.command.SignalCommands;
import com.infusionbilling.runtime.command.Tenants;
import com.infusionbilling.runtime.command.UserTaskCommands;
import com.infusionbilling.runtime.decision.DecisionEvaluator;
import com.infusionbilling.runtime.decision.DecisionStore;
import com.infusionbilling.runtime.engine.InstanceStore;
import com.infusionbilling.runtime.events.EventRouter;
import com.infusionbilling.runtime.events.MessageCorrelator;
import com.infusionbilling.runtime.events.SignalBroadcaster;
import com.infusionbilling.runtime.events.StartEvents;
import com.infusionbilling.runtime.executor.CommandExecutor;
import com.infusionbilling.runtime.expression.ExpressionLanguage;
import com.infusionbilling.runtime.jobs.JobDispatcher;
import com.infusionbilling.runtime.model.BpmnTransformer;
import com.infusionbilling.runtime.state.DefinitionStore;
import com.infusionbilling.runtime.state.KeyGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The command layer the transports translate into, one bean per command family: deployments and
 * instances, jobs and incidents, user tasks, messages, signals, decisions, tenants.
 */
@Configuration(proxyBeanMethods = false)
class RuntimeCommandConfiguration {

  @Bean
  Tenants tenants(
      JdbcTemplate jdbc,
      CommandExecutor executor,
      KeyGenerator keys,
      RuntimeProperties properties) {
    return new Tenants(jdbc, executor, keys, properties.multiTenancy());
  }

  @Bean
  DecisionCommands decisionCommands(
      CommandExecutor executor, DecisionEvaluator decisions, RuntimeClock clock, Tenants tenants) {
    return new DecisionCommands(executor, decisions, clock, tenants);
  }

  /**
   * {@code runtime.deployment.max-resource-size}, {@code .max-elements}, {@code .max-depth}: system
   * properties or environment variables of the runtime's JVM; the defaults are {@link
   * DeploymentLimits#defaults()}.
   */
  static DeploymentLimits deploymentLimits(Environment env) {
    String size = env.getProperty("runtime.deployment.max-resource-size");
    return new DeploymentLimits(
        size == null ? DeploymentLimits.DEFAULT_MAX_RESOURCE_BYTES : DataSize.parse(size).toBytes(),
        env.getProperty(
            "runtime.deployment.max-elements",
            Integer.class,
            DeploymentLimits.DEFAULT_MAX_ELEMENTS),
        env.getProperty(
            "runtime.deployment.max-depth", Integer.class, DeploymentLimits.DEFAULT_MAX_DEPTH));
  }

  @Bean
  RuntimeCommands runtimeCommands(
      JdbcTemplate jdbc,
      CommandExecutor executor,
      InstanceStore instances,
      DefinitionStore definitions,
      RuntimeClock clock,
      KeyGenerator keys,
      ExpressionLanguage expressions,
      StartEvents startEvents,
      DecisionStore decisions,
      InstanceResults results,
      RuntimeProperties properties,
      Tenants tenants,
      Environment environment) {
    DeploymentProcessor deployments =
        new DeploymentProcessor(
            jdbc, new BpmnTransformer(expressions), definitions, decisions, keys);
    deployments.onProcessDeployed(startEvents::processDeployed);
    deployments.limitTo(deploymentLimits(environment));
    instances.onInstanceEnded(results::ended);
    return new RuntimeCommands(
        executor,
        instances,
        definitions,
        deployments,
        clock,
        keys,
        results,
        properties.longPollingTimeout().toMillis(),
        tenants);
  }

  @Bean
  JobCommands jobCommands(
      CommandExecutor executor,
      InstanceStore instances,
      JobDispatcher dispatcher,
      RuntimeClock clock,
      Tenants tenants,
      RuntimeProperties properties) {
    return new JobCommands(
        executor,
        instances,
        dispatcher,
        clock,
        tenants,
        properties.longPollingTimeout().toMillis());
  }

  @Bean
  IncidentCommands incidentCommands(CommandExecutor executor, InstanceStore instances) {
    return new IncidentCommands(executor, instances);
  }

  @Bean
  MessageCommands messageCommands(EventRouter router, MessageCorrelator messages, Tenants tenants) {
    return new MessageCommands(router, messages, tenants);
  }

  @Bean
  SignalCommands signalCommands(
      EventRouter router, SignalBroadcaster signals, KeyGenerator keys, Tenants tenants) {
    return new SignalCommands(router, signals, keys, tenants);
  }

  @Bean
  UserTaskCommands userTaskCommands(
      CommandExecutor executor, InstanceStore instances, RuntimeClock clock) {
    return new UserTaskCommands(executor, instances, clock);
  }
}

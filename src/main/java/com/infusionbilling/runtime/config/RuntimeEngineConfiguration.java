package com.infusionbilling.runtime.config;

import com.infusionbilling.runtime.RuntimeProperties;
import com.infusionbilling.runtime.clock.RuntimeClock;
import com.infusionbilling.runtime.command.InstanceResults;
import com.infusionbilling.runtime.decision.DecisionEngine;
import com.infusionbilling.runtime.decision.DecisionEvaluator;
import com.infusionbilling.runtime.decision.DecisionStore;
import com.infusionbilling.runtime.engine.BehaviorRegistry;
import com.infusionbilling.runtime.engine.InstanceStore;
import com.infusionbilling.runtime.executor.CommandExecutor;
import com.infusionbilling.runtime.expression.ExpressionLanguage;
import com.infusionbilling.runtime.jobs.JobActivator;
import com.infusionbilling.runtime.jobs.JobDispatcher;
import com.infusionbilling.runtime.management.ClusterManagement;
import com.infusionbilling.runtime.model.BpmnTransformer;
import com.infusionbilling.runtime.state.DefinitionStore;
import com.infusionbilling.runtime.state.KeyGenerator;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The core every command runs on: the clock, expressions, definitions and decisions, the instance
 * store, job activation and dispatch, and the {@link CommandExecutor} that owns each command's
 * transaction.
 */
@Configuration(proxyBeanMethods = false)
class RuntimeEngineConfiguration {

  @Bean
  RuntimeClock runtimeClock() {
    return new RuntimeClock();
  }

  @Bean
  ExpressionLanguage expressionLanguage(RuntimeClock clock) {
    return new ExpressionLanguage(clock);
  }

  @Bean
  DefinitionStore definitionStore(JdbcTemplate jdbc, ExpressionLanguage expressions) {
    return new DefinitionStore(jdbc, new BpmnTransformer(expressions));
  }

  @Bean
  DecisionStore decisionStore(JdbcTemplate jdbc, RuntimeClock clock) {
    DecisionEngine engine = new DecisionEngine(clock);
    engine.warmUp();
    return new DecisionStore(jdbc, engine);
  }

  @Bean
  DecisionEvaluator decisionEvaluator(
      JdbcTemplate jdbc, DecisionStore decisions, KeyGenerator keys) {
    return new DecisionEvaluator(jdbc, decisions, keys);
  }

  @Bean
  InstanceStore instanceStore(
      RuntimeProperties properties,
      JdbcTemplate jdbc,
      DefinitionStore definitions,
      ExpressionLanguage expressions,
      KeyGenerator keys,
      DecisionEvaluator decisions) {
    return new InstanceStore(jdbc, definitions, expressions, new BehaviorRegistry(decisions), keys)
        .useUpserts(RuntimeDatabaseConfiguration.supportsUpsert(properties.jdbcUrl()))
        .lockAndReadInOneStatement(
            RuntimeDatabaseConfiguration.lockingReadsSeeLatestRows(properties.jdbcUrl()));
  }

  @Bean
  JobActivator jobActivator(JdbcTemplate jdbc, InstanceStore instances, DataSource dataSource)
      throws SQLException {
    return new JobActivator(
        jdbc, instances.jobStore(), RuntimeDatabaseConfiguration.supportsSkipLocked(dataSource));
  }

  /** Runs every state-changing command: transaction, instance lock, retry, after-commit hooks. */
  @Bean
  CommandExecutor commandExecutor(
      TransactionTemplate tx,
      InstanceStore instances,
      JobDispatcher dispatcher,
      JobActivator activator,
      RuntimeClock clock) {
    CommandExecutor executor = new CommandExecutor(tx, instances, dispatcher, clock);
    activator.runIn(executor);
    return executor;
  }

  @Bean(destroyMethod = "close")
  JobDispatcher jobDispatcher(
      JobActivator activator, RuntimeClock clock, RuntimeProperties properties) {
    return new JobDispatcher(
        activator,
        clock,
        properties.longPollingTimeout().toMillis(),
        properties.jobSweepInterval().toMillis());
  }

  @Bean
  ClusterManagement clusterManagement(
      JdbcTemplate jdbc,
      CommandExecutor executor,
      RuntimeClock clock,
      DefinitionStore definitions,
      JobDispatcher dispatcher) {
    ClusterManagement cluster =
        new ClusterManagement(
            jdbc, executor, clock, definitions, dispatcher, RuntimeProperties.VERSION);
    cluster.restoreClock();
    return cluster;
  }

  /** Create-with-result requests waiting for their instance (answered when the runtime stops). */
  @Bean
  InstanceResults instanceResults() {
    return new InstanceResults();
  }
}

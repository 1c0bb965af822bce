package com.infusionbilling.runtime.config;

import com.infusionbilling.runtime.RuntimeProperties;
import com.infusionbilling.runtime.auth.BasicAuthFilter;
import com.infusionbilling.runtime.auth.BasicAuthInterceptor;
import com.infusionbilling.runtime.auth.BasicCredentials;
import com.infusionbilling.runtime.clock.RuntimeClock;
import com.infusionbilling.runtime.command.DecisionCommands;
import com.infusionbilling.runtime.command.DeploymentLimits;
import com.infusionbilling.runtime.command.DeploymentProcessor;
import com.infusionbilling.runtime.command.InstanceResults;
import com.infusionbilling.runtime.command.MessageCommands;
import com.infusionbilling.runtime.command.RuntimeCommands;
import com.infusionbilling.runtime.command.SignalCommands;
import com.infusionbilling.runtime.command.Tenants;
import com.infusionbilling.runtime.command.UserTaskCommands;
import com.infusionbilling.runtime.decision.DecisionEngine;
import com.infusionbilling.runtime.decision.DecisionEvaluator;
import com.infusionbilling.runtime.decision.DecisionStore;
import com.infusionbilling.runtime.engine.BehaviorRegistry;
import com.infusionbilling.runtime.engine.InstanceStore;
import com.infusionbilling.runtime.events.EventRouter;
import com.infusionbilling.runtime.events.MessageCorrelator;
import com.infusionbilling.runtime.events.SignalBroadcaster;
import com.infusionbilling.runtime.events.StartEvents;
import com.infusionbilling.runtime.executor.CommandExecutor;
import com.infusionbilling.runtime.expression.ExpressionLanguage;
import com.infusionbilling.runtime.grpc.GatewayService;
import com.infusionbilling.runtime.jobs.JobActivator;
import com.infusionbilling.runtime.jobs.JobDispatcher;
import com.infusionbilling.runtime.management.ClusterManagement;
import com.infusionbilling.runtime.management.ManagementController;
import com.infusionbilling.runtime.model.BpmnTransformer;
import com.infusionbilling.runtime.rest.ClusterController;
import com.infusionbilling.runtime.rest.DecisionController;
import com.infusionbilling.runtime.rest.LongPollProbe;
import com.infusionbilling.runtime.rest.MessageController;
import com.infusionbilling.runtime.rest.RuntimeProblemAdvice;
import com.infusionbilling.runtime.rest.RuntimeRestController;
import com.infusionbilling.runtime.rest.SearchAdmissionFilter;
import com.infusionbilling.runtime.rest.SignalController;
import com.infusionbilling.runtime.rest.TenantController;
import com.infusionbilling.runtime.rest.UserTaskController;
import com.infusionbilling.runtime.search.DecisionSearches;
import com.infusionbilling.runtime.search.EventSearches;
import com.infusionbilling.runtime.search.RuntimeSearches;
import com.infusionbilling.runtime.search.SearchConnections;
import com.infusionbilling.runtime.search.UserTaskSearches;
import com.infusionbilling.runtime.state.DefinitionStore;
import com.infusionbilling.runtime.state.KeyGenerator;
import com.infusionbilling.runtime.timer.TimerScheduler;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumSet;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.MultipartAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded runtime's own application context: its database pool and schema, the engine, the
 * REST API (on its own Tomcat) and the gRPC gateway. Only the auto-configurations listed here are
 * used, so nothing of the host application leaks in.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({
  PropertyPlaceholderAutoConfiguration.class,
  ServletWebServerFactoryAutoConfiguration.class,
  DispatcherServletAutoConfiguration.class,
  WebMvcAutoConfiguration.class,
  HttpMessageConvertersAutoConfiguration.class,
  JacksonAutoConfiguration.class,
  MultipartAutoConfiguration.class
})
@Import({
  ClusterController.class,
  RuntimeRestController.class,
  ManagementController.class,
  RuntimeProblemAdvice.class,
  MessageController.class,
  SignalController.class,
  DecisionController.class,
  UserTaskController.class,
  TenantController.class
})
public class RuntimeConfiguration {

  @Bean(destroyMethod = "close")
  HikariDataSource runtimeDataSource(RuntimeProperties properties) {
    // Each command reads the latest committed state (read committed) after taking its lock.
    HikariConfig config = poolConfig("embedded-runtime", properties, properties.maxPoolSize());
    // Connections start without autocommit, so a command's transaction does not pay two extra
    // round trips to switch it off and on; HikariCP rolls back anything left open on return.
    config.setAutoCommit(false);
    HikariDataSource dataSource = new HikariDataSource(config);
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/runtime")
        .javaMigrations(new WidenElementTypeMigration())
        .table("rt_schema_history")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
    return dataSource;
  }

  /** Probes parked REST job activations so that a worker gone away takes no job with it. */
  @Bean(destroyMethod = "close")
  LongPollProbe longPollProbe() {
    return new LongPollProbe();
  }

  /** The searches' own connections (see {@link SearchConnections}). */
  @Bean(destroyMethod = "close")
  SearchConnections searchConnections(RuntimeProperties properties) {
    HikariConfig config =
        poolConfig(
            "embedded-runtime-search",
            properties,
            SearchConnections.poolSize(properties.maxPoolSize()));
    config.setMinimumIdle(1);
    config.setConnectionTimeout(SearchConnections.ACQUIRE_TIMEOUT.toMillis());
    config.setReadOnly(true);
    return new SearchConnections(new HikariDataSource(config));
  }

  @Bean
  JdbcTemplate runtimeJdbc(DataSource dataSource) {
    return new JdbcTemplate(dataSource);
  }

  @Bean
  TransactionTemplate runtimeTransactions(DataSource dataSource) {
    return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  @Bean
  RuntimeClock runtimeClock() {
    return new RuntimeClock();
  }

  @Bean
  ExpressionLanguage expressionLanguage(RuntimeClock clock) {
    return new ExpressionLanguage(clock);
  }

  /** Key blocks come from a pool of their own (see {@link KeyGenerator}). */
  @Bean
  KeyGenerator keyGenerator(RuntimeProperties properties, HikariDataSource runtimeDataSource) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("embedded-runtime-keys");
    config.setJdbcUrl(properties.jdbcUrl());
    config.setUsername(properties.username());
    config.setPassword(properties.password());
    config.setMaximumPoolSize(1);
    config.setMinimumIdle(1);
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    return new KeyGenerator(new HikariDataSource(config));
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

  @Bean
  DecisionSearches decisionSearches(SearchConnections search) {
    return new DecisionSearches(search.jdbc());
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
        .useUpserts(supportsUpsert(properties.jdbcUrl()));
  }

  @Bean
  JobActivator jobActivator(JdbcTemplate jdbc, TransactionTemplate tx, DataSource dataSource)
      throws SQLException {
    return new JobActivator(jdbc, tx, supportsSkipLocked(dataSource));
  }

  /** Runs every state-changing command: transaction, instance lock, retry, after-commit hooks. */
  @Bean
  CommandExecutor commandExecutor(
      TransactionTemplate tx,
      InstanceStore instances,
      JobDispatcher dispatcher,
      RuntimeClock clock) {
    return new CommandExecutor(tx, instances, dispatcher, clock);
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
      TransactionTemplate tx,
      RuntimeClock clock,
      DefinitionStore definitions,
      JobDispatcher dispatcher) {
    ClusterManagement cluster =
        new ClusterManagement(jdbc, tx, clock, definitions, dispatcher, RuntimeProperties.VERSION);
    cluster.restoreClock();
    return cluster;
  }

  /** Create-with-result requests waiting for their instance (answered when the runtime stops). */
  @Bean
  InstanceResults instanceResults() {
    return new InstanceResults();
  }

  /**
   * {@code runtime.deployment.max-resource-size}, {@code .max-elements}, {@code .max-depth}: system
   * properties or environment variables of the runtime's JVM; the defaults are {@link
   * DeploymentLimits#defaults()}.
   */
  static DeploymentLimits deploymentLimits(org.springframework.core.env.Environment env) {
    String size = env.getProperty("runtime.deployment.max-resource-size");
    return new DeploymentLimits(
        size == null
            ? DeploymentLimits.DEFAULT_MAX_RESOURCE_BYTES
            : org.springframework.util.unit.DataSize.parse(size).toBytes(),
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
      JobDispatcher dispatcher,
      RuntimeClock clock,
      KeyGenerator keys,
      ExpressionLanguage expressions,
      StartEvents startEvents,
      DecisionStore decisions,
      InstanceResults results,
      RuntimeProperties properties,
      Tenants tenants,
      org.springframework.core.env.Environment environment) {
    DeploymentProcessor deployments =
        new DeploymentProcessor(
            jdbc, new BpmnTransformer(expressions), definitions, decisions, keys);
    deployments.onProcessDeployed(startEvents::processDeployed);
    deployments.limitTo(deploymentLimits(environment));
    instances.onInstanceEnded(results::ended);
    return new RuntimeCommands(
        jdbc,
        executor,
        instances,
        definitions,
        deployments,
        dispatcher,
        clock,
        keys,
        results,
        properties.longPollingTimeout().toMillis(),
        tenants);
  }

  // --- events: messages, signals, timers, and what travels between instances
  // ----------------------

  @Bean
  EventRouter eventRouter(
      InstanceStore instances,
      DefinitionStore definitions,
      CommandExecutor executor,
      MessageCorrelator messages,
      SignalBroadcaster signals) {
    EventRouter router = new EventRouter(instances, definitions, executor);
    router.connect(messages, signals);
    return router;
  }

  @Bean
  SignalBroadcaster signalBroadcaster(InstanceStore instances) {
    return new SignalBroadcaster(instances.eventStore());
  }

  @Bean
  MessageCorrelator messageCorrelator(
      InstanceStore instances, JdbcTemplate jdbc, KeyGenerator keys) {
    return new MessageCorrelator(jdbc, instances.eventStore(), keys);
  }

  @Bean
  StartEvents startEvents(
      InstanceStore instances, ExpressionLanguage expressions, KeyGenerator keys) {
    return new StartEvents(instances.eventStore(), expressions, keys);
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

  @Bean(destroyMethod = "close")
  TimerScheduler timerScheduler(
      EventRouter router,
      InstanceStore instances,
      MessageCorrelator messages,
      RuntimeClock clock,
      ClusterManagement cluster,
      RuntimeProperties properties) {
    TimerScheduler timers =
        new TimerScheduler(
            router,
            instances.eventStore(),
            messages,
            clock,
            properties.jobSweepInterval().toMillis());
    cluster.onClockChanged(timers::clockChanged);
    return timers;
  }

  // --- user tasks -----------------------------------------------------------------------------

  @Bean
  UserTaskCommands userTaskCommands(
      CommandExecutor executor, InstanceStore instances, RuntimeClock clock) {
    return new UserTaskCommands(executor, instances, clock);
  }

  @Bean
  UserTaskSearches userTaskSearches(SearchConnections search, DefinitionStore definitions) {
    return new UserTaskSearches(search.jdbc(), definitions);
  }

  @Bean
  EventSearches eventSearches(SearchConnections search) {
    return new EventSearches(search.jdbc());
  }

  @Bean
  RuntimeSearches runtimeSearches(SearchConnections search, DefinitionStore definitions) {
    return new RuntimeSearches(search.jdbc(), definitions);
  }

  @Bean
  com.infusionbilling.runtime.management.Topology topology(
      RuntimeProperties properties, GrpcServerHolder grpc) {
    return new com.infusionbilling.runtime.management.Topology(
        properties.bindAddress(), grpc::port);
  }

  /** The gRPC gateway's server; started before the topology is reported. */
  public static final class GrpcServerHolder implements AutoCloseable {
    private Server server;
    private final int requestedPort;
    private final String bindAddress;
    private final RuntimeProperties.BasicAuth auth;

    /**
     * The threads that run gRPC calls: as many as the commands have connections, since each command
     * needs one (waiting long polls and job streams hold no thread). gRPC's default is an unbounded
     * cached pool, where a flood of calls would start a thread each.
     */
    private final java.util.concurrent.ExecutorService executor;

    GrpcServerHolder(
        String bindAddress, int requestedPort, RuntimeProperties.BasicAuth auth, int threads) {
      this.bindAddress = bindAddress;
      this.requestedPort = requestedPort;
      this.auth = auth;
      java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
      this.executor =
          java.util.concurrent.Executors.newFixedThreadPool(
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
              .permitKeepAliveTime(10, java.util.concurrent.TimeUnit.SECONDS)
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
        server.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
      }
      executor.shutdownNow();
    }
  }

  @Bean(destroyMethod = "close")
  GrpcServerHolder grpcServer(RuntimeProperties properties) throws IOException {
    return new GrpcServerHolder(
        properties.bindAddress(),
        properties.grpcPort(),
        properties.auth(),
        Math.max(4, properties.maxPoolSize()));
  }

  /**
   * At most four searches per search connection run or wait at once; more are refused with 503 (see
   * {@link SearchAdmissionFilter}), so searches never hold all of the REST request threads.
   */
  @Bean
  ServletContextInitializer runtimeSearchAdmission(SearchConnections search) {
    return servletContext -> {
      var filter =
          servletContext.addFilter(
              "runtimeSearchAdmission",
              new SearchAdmissionFilter(4 * search.pool().getMaximumPoolSize()));
      filter.setAsyncSupported(true);
      filter.addMappingForUrlPatterns(
          EnumSet.of(jakarta.servlet.DispatcherType.REQUEST), false, "/v2/*");
    };
  }

  /** With basic auth configured, every REST request on every connector must carry it. */
  @Bean
  ServletContextInitializer runtimeBasicAuth(RuntimeProperties properties) {
    return servletContext -> {
      if (properties.auth().enabled()) {
        var filter =
            servletContext.addFilter(
                "runtimeBasicAuth", new BasicAuthFilter(new BasicCredentials(properties.auth())));
        filter.setAsyncSupported(true);
        filter.addMappingForUrlPatterns(
            EnumSet.of(jakarta.servlet.DispatcherType.REQUEST), false, "/*");
      }
    };
  }

  @Bean
  GatewayService gatewayService(
      RuntimeCommands commands,
      ClusterManagement cluster,
      com.infusionbilling.runtime.management.Topology topology,
      GrpcServerHolder grpc,
      MessageCommands messages,
      SignalCommands signals,
      DecisionCommands decisions)
      throws IOException {
    GatewayService service =
        new GatewayService(commands, cluster, topology, messages, signals, decisions);
    grpc.start(service);
    return service;
  }

  /**
   * Multipart parts a request may have. A project deploys every model, decision and form in one
   * request (this application's own is about 50 resources); Tomcat's default of 50 parts refused
   * the whole deployment. Sizes stay bounded by the multipart limits (32 MB a file, 64 MB a
   * request).
   */
  static final int MAX_PART_COUNT = 1000;

  /**
   * Raises the multipart part limit, and serves the management endpoints on a separate port too
   * when one is configured.
   */
  @Bean
  org.springframework.boot.web.server.WebServerFactoryCustomizer<
          org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory>
      monitoringConnector(RuntimeProperties properties) {
    return factory -> {
      factory.addConnectorCustomizers(connector -> connector.setMaxPartCount(MAX_PART_COUNT));
      Integer port = properties.monitoringPort();
      if (port != null && port != properties.restPort()) {
        var connector =
            new org.apache.catalina.connector.Connector(
                org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory
                    .DEFAULT_PROTOCOL);
        connector.setPort(port);
        connector.setProperty("address", properties.bindAddress());
        connector.setMaxPartCount(MAX_PART_COUNT);
        factory.addAdditionalTomcatConnectors(connector);
      }
    };
  }

  /** A pool of the runtime's database: driver tuning, credentials, read committed. */
  static HikariConfig poolConfig(String name, RuntimeProperties properties, int size) {
    HikariConfig config = new HikariConfig();
    config.setPoolName(name);
    config.setJdbcUrl(tunedUrl(properties.jdbcUrl()));
    tuneDriver(config, properties.jdbcUrl());
    config.setUsername(properties.username());
    config.setPassword(properties.password());
    config.setMaximumPoolSize(size);
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    return config;
  }

  /** H2 keeps only 8 query plans per session by default; the runtime uses a few dozen. */
  static String tunedUrl(String url) {
    if (url.startsWith("jdbc:h2:") && !url.toUpperCase().contains("QUERY_CACHE_SIZE")) {
      return url + ";QUERY_CACHE_SIZE=128";
    }
    return url;
  }

  /** Prepared-statement caching for MySQL/MariaDB, as HikariCP recommends for Connector/J. */
  static void tuneDriver(HikariConfig config, String url) {
    if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
      config.addDataSourceProperty("cachePrepStmts", "true");
      config.addDataSourceProperty("prepStmtCacheSize", "250");
      config.addDataSourceProperty("prepStmtCacheSqlLimit", "2048");
      config.addDataSourceProperty("useServerPrepStmts", "true");
      config.addDataSourceProperty("rewriteBatchedStatements", "true");
      config.addDataSourceProperty("cacheResultSetMetadata", "true");
      config.addDataSourceProperty("elideSetAutoCommits", "true");
      config.addDataSourceProperty("useLocalSessionState", "true");
    }
  }

  /** MySQL's INSERT ... ON DUPLICATE KEY UPDATE: MySQL, MariaDB, and H2 in MySQL mode. */
  static boolean supportsUpsert(String url) {
    String lower = url.toLowerCase();
    return lower.startsWith("jdbc:mysql:")
        || lower.startsWith("jdbc:mariadb:")
        || (lower.startsWith("jdbc:h2:") && lower.contains("mode=mysql"));
  }

  static boolean supportsSkipLocked(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
      String version = connection.getMetaData().getDatabaseProductVersion().toLowerCase();
      if (product.contains("mysql") || product.contains("mariadb")) {
        return true; // MySQL 8+ and MariaDB 10.6+
      }
      return product.contains("postgres") || version.contains("mariadb");
    }
  }
}

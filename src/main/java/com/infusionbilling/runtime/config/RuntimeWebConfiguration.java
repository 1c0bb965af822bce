package com.infusionbilling.runtime.config;

import com.infusionbilling.runtime.RuntimeProperties;
import com.infusionbilling.runtime.auth.BasicAuthFilter;
import com.infusionbilling.runtime.auth.BasicCredentials;
import com.infusionbilling.runtime.management.ManagementController;
import com.infusionbilling.runtime.rest.ClusterController;
import com.infusionbilling.runtime.rest.DecisionController;
import com.infusionbilling.runtime.rest.IncidentController;
import com.infusionbilling.runtime.rest.JobController;
import com.infusionbilling.runtime.rest.LongPollProbe;
import com.infusionbilling.runtime.rest.MessageController;
import com.infusionbilling.runtime.rest.ProcessDefinitionController;
import com.infusionbilling.runtime.rest.ProcessInstanceController;
import com.infusionbilling.runtime.rest.RuntimeProblemAdvice;
import com.infusionbilling.runtime.rest.SearchAdmissionFilter;
import com.infusionbilling.runtime.rest.SignalController;
import com.infusionbilling.runtime.rest.TenantController;
import com.infusionbilling.runtime.rest.UserTaskController;
import com.infusionbilling.runtime.search.SearchConnections;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.apache.catalina.connector.Connector;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The REST API v2 and the management endpoints on the runtime's own Tomcat: the controllers, the
 * servlet filters in front of them (search admission, basic auth), and the connectors.
 */
@Configuration(proxyBeanMethods = false)
@Import({
  ClusterController.class,
  ProcessInstanceController.class,
  JobController.class,
  IncidentController.class,
  ProcessDefinitionController.class,
  ManagementController.class,
  RuntimeProblemAdvice.class,
  MessageController.class,
  SignalController.class,
  DecisionController.class,
  UserTaskController.class,
  TenantController.class
})
class RuntimeWebConfiguration {

  /**
   * Multipart parts a request may have. A project deploys every model, decision and form in one
   * request (this application's own is about 50 resources); Tomcat's default of 50 parts refused
   * the whole deployment. Sizes stay bounded by the multipart limits (32 MB a file, 64 MB a
   * request).
   */
  static final int MAX_PART_COUNT = 1000;

  /** Probes parked REST job activations so that a worker gone away takes no job with it. */
  @Bean(destroyMethod = "close")
  LongPollProbe longPollProbe() {
    return new LongPollProbe();
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
      filter.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/v2/*");
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
        filter.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
      }
    };
  }

  /**
   * Raises the multipart part limit, and serves the management endpoints on a separate port too
   * when one is configured.
   */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> monitoringConnector(
      RuntimeProperties properties) {
    return factory -> {
      factory.addConnectorCustomizers(connector -> connector.setMaxPartCount(MAX_PART_COUNT));
      Integer port = properties.monitoringPort();
      if (port != null && port != properties.restPort()) {
        var connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
        connector.setPort(port);
        connector.setProperty("address", properties.bindAddress());
        connector.setMaxPartCount(MAX_PART_COUNT);
        factory.addAdditionalTomcatConnectors(connector);
      }
    };
  }
}

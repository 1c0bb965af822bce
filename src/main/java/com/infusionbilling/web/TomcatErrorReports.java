package com.infusionbilling.web;

import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ProblemErrorReportValve} in place of the embedded Tomcat host's HTML error report
 * valve once the server is up. (Naming the class on the host from a context customizer did not
 * hold: with another Tomcat already started in the JVM the host kept its default valve.)
 */
@Component
class TomcatErrorReports {
  @EventListener
  void replaceErrorReportValve(ServletWebServerInitializedEvent event) {
    if (!(event.getWebServer() instanceof TomcatWebServer tomcat)) {
      return;
    }
    var pipeline = tomcat.getTomcat().getHost().getPipeline();
    for (Valve valve : pipeline.getValves()) {
      if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
        pipeline.removeValve(valve);
      }
    }
    pipeline.addValve(new ProblemErrorReportValve());
  }
}

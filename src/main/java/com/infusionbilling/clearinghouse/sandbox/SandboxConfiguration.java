package com.infusionbilling.clearinghouse.sandbox;

import com.infusionbilling.clearinghouse.ClearinghouseProperties;
import com.infusionbilling.clearinghouse.Mailbox;
import com.infusionbilling.edi.X12Writer;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The in-process sandbox payer, on by default ({@code clearinghouse.sandbox.enabled}); it runs
 * every {@code clearinghouse.sandbox.interval} once the application is ready.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "clearinghouse.sandbox", name = "enabled", matchIfMissing = true)
public class SandboxConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SandboxConfiguration.class);

  private ScheduledExecutorService executor;

  @Bean
  SandboxPayer sandboxPayer(
      Mailbox mailbox,
      X12Writer writer,
      ClearinghouseProperties props,
      ResourceLoader resources,
      JdbcTemplate jdbc,
      org.springframework.transaction.PlatformTransactionManager transactionManager,
      org.springframework.beans.factory.BeanFactory beans,
      ObjectProvider<Clock> clocks) {
    var ours = props.interchange();
    var theirs =
        ours.parties()
            .reversed(ours.receiverName(), ours.senderName(), props.sandbox().originatorId());
    SandboxScenarios scenarios =
        SandboxScenarios.load(resources.getResource(props.sandbox().scenarios()));
    return new SandboxPayer(
        mailbox,
        writer,
        theirs,
        scenarios,
        jdbc,
        transactionManager,
        com.infusionbilling.clearinghouse.ClearinghouseConfiguration.clock(beans, clocks));
  }

  @EventListener(ApplicationReadyEvent.class)
  void start(ApplicationReadyEvent event) {
    SandboxPayer payer = event.getApplicationContext().getBean(SandboxPayer.class);
    ClearinghouseProperties props =
        event.getApplicationContext().getBean(ClearinghouseProperties.class);
    executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "sandbox-payer");
              t.setDaemon(true);
              return t;
            });
    long every = props.sandbox().interval().toMillis();
    executor.scheduleWithFixedDelay(
        () -> {
          try {
            SandboxPayer.Run run = payer.runOnce();
            if (run.filesTaken() + run.pendingAnswered() > 0) {
              log.info("sandbox payer: {}", run);
            }
          } catch (RuntimeException e) {
            log.warn("sandbox payer run failed: {}", e.toString());
          }
        },
        every,
        every,
        TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }
}

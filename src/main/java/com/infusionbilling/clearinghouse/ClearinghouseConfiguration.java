package com.infusionbilling.clearinghouse;

import com.infusionbilling.edi.ControlNumberSource;
import com.infusionbilling.edi.JdbcControlNumberSource;
import com.infusionbilling.edi.X12Schemas;
import com.infusionbilling.edi.X12Writer;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the X12 writer (database control numbers), the mailbox chosen by {@code
 * clearinghouse.mode}, and the gateway. The clock is the bean named {@code clearinghouseClock} if
 * there is one (tests move it to drive delays), else the application's only {@link Clock} bean,
 * else the system clock.
 */
@Configuration(proxyBeanMethods = false)
public class ClearinghouseConfiguration {

  /** The bean name of the clock the clearinghouse and the sandbox payer use, when present. */
  public static final String CLOCK_BEAN = "clearinghouseClock";

  public static Clock clock(
      org.springframework.beans.factory.BeanFactory beans, ObjectProvider<Clock> clocks) {
    if (beans.containsBean(CLOCK_BEAN)) {
      return beans.getBean(CLOCK_BEAN, Clock.class);
    }
    return clocks.getIfUnique(Clock::systemDefaultZone);
  }

  @Bean
  ControlNumberSource x12ControlNumberSource(
      JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    return new JdbcControlNumberSource(jdbc, transactions);
  }

  @Bean
  X12Writer x12Writer(
      ControlNumberSource controlNumbers,
      org.springframework.beans.factory.BeanFactory beans,
      ObjectProvider<Clock> clocks) {
    return new X12Writer(X12Schemas.get(), controlNumbers, clock(beans, clocks));
  }

  /** The SFTP mailbox is closed (session and client stopped) when the context closes. */
  @Bean
  Mailbox clearinghouseMailbox(ClearinghouseProperties props) {
    return switch (props.mode()) {
      case LOCAL -> new LocalDirectoryMailbox(props.local().baseDir(), props.folders());
      case SFTP -> new SftpMailbox(props.sftp(), props.folders(), RetryPolicy.of(props.retry()));
    };
  }

  @Bean
  InboundAlerts inboundAlerts(
      JdbcTemplate jdbc,
      org.springframework.beans.factory.BeanFactory beans,
      ObjectProvider<Clock> clocks) {
    return new InboundAlerts(jdbc, clock(beans, clocks));
  }

  /** {@code /actuator/health} component {@code clearinghouseInbound}. */
  @Bean(name = "clearinghouseInboundHealthIndicator")
  InboundHealth clearinghouseInboundHealth(
      ClearinghouseProperties props,
      org.springframework.beans.factory.BeanFactory beans,
      ObjectProvider<Clock> clocks) {
    return new InboundHealth(
        clock(beans, clocks),
        props.poll().enabled(),
        props.poll().interval(),
        props.poll().initialDelay());
  }

  @Bean
  MailboxClearinghouseGateway clearinghouseGateway(
      Mailbox mailbox,
      X12Writer writer,
      ClearinghouseProperties props,
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      ApplicationEventPublisher events,
      InboundAlerts alerts,
      InboundHealth health,
      org.springframework.beans.factory.BeanFactory beans,
      ObjectProvider<Clock> clocks) {
    Clock clock = clock(beans, clocks);
    var gateway =
        new MailboxClearinghouseGateway(
            mailbox,
            writer,
            props.interchange().parties(),
            new OutboundBatchStore(jdbc, new TransactionTemplate(transactions), clock),
            new InboundFileStore(jdbc, clock),
            events,
            clock);
    gateway.guardInbound(props.poll().maxFileSize().toBytes(), alerts, health);
    return gateway;
  }
}

package com.infusionbilling.runtime.config;

import com.infusionbilling.runtime.RuntimeProperties;
import com.infusionbilling.runtime.clock.RuntimeClock;
import com.infusionbilling.runtime.engine.InstanceStore;
import com.infusionbilling.runtime.events.EventRouter;
import com.infusionbilling.runtime.events.MessageCorrelator;
import com.infusionbilling.runtime.events.SignalBroadcaster;
import com.infusionbilling.runtime.events.StartEvents;
import com.infusionbilling.runtime.executor.CommandExecutor;
import com.infusionbilling.runtime.expression.ExpressionLanguage;
import com.infusionbilling.runtime.management.ClusterManagement;
import com.infusionbilling.runtime.state.DefinitionStore;
import com.infusionbilling.runtime.state.KeyGenerator;
import com.infusionbilling.runtime.timer.TimerScheduler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Events: messages, signals, timers, event start events, and what travels between instances. */
@Configuration(proxyBeanMethods = false)
class RuntimeEventConfiguration {

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
}

package com.infusionbilling.clearinghouse;

import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** A movable clock for the clearinghouse and a listener that records inbound events. */
@TestConfiguration(proxyBeanMethods = false)
public class ClearinghouseTestConfiguration {

  public static final Instant START = Instant.parse("2026-01-15T14:00:00Z");

  @Bean(name = ClearinghouseConfiguration.CLOCK_BEAN)
  MutableClock clearinghouseClock() {
    return new MutableClock(START);
  }

  @Bean
  RecordingListener recordingListener() {
    return new RecordingListener();
  }
}

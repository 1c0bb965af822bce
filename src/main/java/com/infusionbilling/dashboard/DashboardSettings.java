package com.infusionbilling.dashboard;

import com.infusionbilling.worklist.Stage;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dashboard.*}: SLA targets per stage (the age at which an open item is breached; at risk
 * from 80 % of it) and how often the task snapshot is refreshed from the v2 API. "Today" for
 * authorization end dates is taken in the sites' zone, {@code billing.zone}.
 */
@ConfigurationProperties("dashboard")
public record DashboardSettings(
    Map<Stage, Duration> slaTargets,
    @DefaultValue("30s") Duration syncInterval,
    @DefaultValue("true") boolean syncEnabled) {

  static final Map<Stage, Duration> DEFAULT_TARGETS =
      Map.of(
          Stage.INTAKE, Duration.ofDays(1),
          Stage.BENEFIT_VERIFICATION, Duration.ofDays(2),
          Stage.PRIOR_AUTHORIZATION, Duration.ofDays(7),
          Stage.SCHEDULING, Duration.ofDays(1),
          Stage.DOCUMENTATION, Duration.ofDays(1),
          Stage.CODING, Duration.ofDays(2),
          Stage.CLAIM_SUBMISSION, Duration.ofDays(3),
          Stage.REMITTANCE, Duration.ofDays(30),
          Stage.DENIAL_APPEAL, Duration.ofDays(30));

  public DashboardSettings {
    Map<Stage, Duration> merged = new EnumMap<>(Stage.class);
    merged.putAll(DEFAULT_TARGETS);
    if (slaTargets != null) {
      merged.putAll(slaTargets);
    }
    slaTargets = merged;
  }

  public Duration target(Stage stage) {
    return slaTargets.get(stage);
  }
}

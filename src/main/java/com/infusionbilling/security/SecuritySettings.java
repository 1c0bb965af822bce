package com.infusionbilling.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code security.*}: how sessions of the worklist and dashboard behave.
 *
 * @param idleTimeout a session unused this long is logged off (15 minutes, as HIPAA practice
 *     expects of screens that show PHI); requests marked {@code X-Background: true} (polling) do
 *     not count as use
 * @param cookieSecure the session and CSRF cookies carry the Secure flag (keep true; browsers treat
 *     http://localhost as secure, so local runs work too)
 */
@ConfigurationProperties("security")
public record SecuritySettings(
    @DefaultValue("15m") Duration idleTimeout, @DefaultValue("true") boolean cookieSecure) {}

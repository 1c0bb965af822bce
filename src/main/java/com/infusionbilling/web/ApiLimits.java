package com.infusionbilling.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what the application's JSON API reads ({@code web.api-limits.*}); a request beyond them
 * is refused with a problem+json naming the field (or the body), never read further. Uploads have
 * their own limits ({@code web.uploads.*}, {@code UploadGuard}).
 *
 * @param maxBody the largest JSON (or other non-multipart) request body under {@code /api/**}
 * @param maxString the longest JSON string value
 * @param maxDepth the deepest nesting of JSON objects and arrays
 * @param maxIntegerDigits the most digits before the decimal point of a decimal number
 * @param maxFractionDigits the most digits after the decimal point of a decimal number
 */
@ConfigurationProperties("web.api-limits")
public record ApiLimits(
    @DefaultValue("1MB") DataSize maxBody,
    @DefaultValue("65536") int maxString,
    @DefaultValue("32") int maxDepth,
    @DefaultValue("12") int maxIntegerDigits,
    @DefaultValue("8") int maxFractionDigits) {}

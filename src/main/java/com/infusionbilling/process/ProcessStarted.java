package com.infusionbilling.process;

import java.util.Map;

/**
 * Published (as a Spring application event) when an outbox row's instance exists, inside the
 * transaction that marks the row started: a listener of the package that owns the rows records the
 * key (e.g. {@code episode.process_instance_key}) in the same transaction. Delivered once per row,
 * also when a recovered row finds the instance an earlier attempt created.
 */
public record ProcessStarted(
    long startId,
    String processId,
    String businessKey,
    long processInstanceKey,
    Map<String, Object> variables) {}

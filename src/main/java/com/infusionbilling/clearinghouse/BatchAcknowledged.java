package com.infusionbilling.clearinghouse;

import com.infusionbilling.edi.model.FunctionalAck;
import java.util.List;

/**
 * A 999 mapped back to what we sent: the batch it acknowledges (by GS06) and the correlation
 * identifiers (patient control numbers, trace numbers) of the messages in accepted and in rejected
 * transaction sets. {@code batchKey} is null when the acknowledged group is not one of ours.
 */
public record BatchAcknowledged(
    String fileName,
    FunctionalAck ack,
    String batchKey,
    List<String> acceptedCorrelationIds,
    List<String> rejectedCorrelationIds) {}

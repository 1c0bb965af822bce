package com.infusionbilling.clearinghouse;

import java.util.List;

/**
 * The result of {@link ClearinghouseGateway#submit}: the file that carries the batch, its control
 * numbers, and whether this call sent it or it had been sent before under the same batch key.
 */
public record Submission(
    String batchKey,
    String fileName,
    String interchangeControlNumber,
    String groupControlNumber,
    List<String> correlationIds,
    boolean alreadySent) {}

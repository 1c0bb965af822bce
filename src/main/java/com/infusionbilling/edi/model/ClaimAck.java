package com.infusionbilling.edi.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A 277CA: the payer's (or clearinghouse's) acceptance or rejection of each claim in a batch.
 *
 * @param receiverTraceNumber 2200B TRN02, the trace of the batch being acknowledged (the 837 BHT03)
 */
public record ClaimAck(
    Party informationSource,
    String receiverTraceNumber,
    LocalDate receiptDate,
    LocalDate processDate,
    Party billingProvider,
    List<ClaimStatus> claims)
    implements X12Message {

  public ClaimAck {
    claims = List.copyOf(claims);
  }

  @Override
  public String correlationId() {
    return receiverTraceNumber;
  }
}

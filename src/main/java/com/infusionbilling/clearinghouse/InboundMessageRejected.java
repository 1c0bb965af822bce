package com.infusionbilling.clearinghouse;

/**
 * Thrown by a {@link ClearinghouseMessageReceived} listener when a message that passed the X12
 * schema still cannot be used (an 835 that does not balance, a claim payment without its control
 * numbers, ...). The file goes to quarantine with {@code reason} beside it and an alert, instead of
 * staying in the inbound folder to fail again at every poll. The reason must not quote PHI.
 */
public class InboundMessageRejected extends RuntimeException {
  public InboundMessageRejected(String reason) {
    super(reason);
  }
}

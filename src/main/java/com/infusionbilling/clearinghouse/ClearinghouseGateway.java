package com.infusionbilling.clearinghouse;

import com.infusionbilling.edi.model.X12Message;
import java.util.List;

/**
 * The clearinghouse, as the lifecycle's workers see it.
 *
 * <p>Outbound: {@link #submit} writes the messages (270 {@code EligibilityInquiry}, 278 {@code
 * AuthorizationRequest}, 837P {@code ProfessionalClaim} or 837I {@code InstitutionalClaim}; one
 * type per call) as one validated X12 file and uploads it atomically. It is idempotent by {@code
 * batchKey}: a batch is never sent twice, and a call after a failed upload re-sends the same file.
 *
 * <p>Inbound: {@link #pollInbound} (also run on a schedule) picks up each inbound file once,
 * validates it, publishes every message as a Spring {@link ClearinghouseMessageReceived} event (and
 * a {@link BatchAcknowledged} for each 999), archives it, or quarantines it with an error report.
 * Listeners must be idempotent by the message's correlation identifier.
 */
public interface ClearinghouseGateway {

  /**
   * Sends {@code messages} as one interchange unless the batch was sent already.
   *
   * @param batchKey the caller's natural key for the batch, for example {@code 837P:claim-run-42}
   * @throws ClearinghouseUnavailableException when the mailbox stays unreachable
   * @throws com.infusionbilling.edi.X12ValidationException when the messages do not make a valid
   *     file (nothing is sent)
   */
  <T extends X12Message> Submission submit(String batchKey, List<T> messages);

  /** Processes what is waiting in the inbound folder. */
  InboundPollResult pollInbound();
}

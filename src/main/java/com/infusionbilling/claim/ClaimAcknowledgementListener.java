package com.infusionbilling.claim;

import com.infusionbilling.clearinghouse.BatchAcknowledged;
import com.infusionbilling.clearinghouse.ClearinghouseMessageReceived;
import com.infusionbilling.edi.model.ClaimAck;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands every 999 for one of our 837 batches, and every 277CA, to the claim versions they answer.
 * Idempotent: one 999 and one 277CA count per submission attempt, and the process messages carry
 * message IDs.
 */
@Component
public class ClaimAcknowledgementListener {
  private final ClaimSubmissionService submissions;

  public ClaimAcknowledgementListener(ClaimSubmissionService submissions) {
    this.submissions = submissions;
  }

  @EventListener
  public void on(BatchAcknowledged batch) {
    submissions.recordFunctionalAck(batch);
  }

  @EventListener
  public void on(ClearinghouseMessageReceived received) {
    if (received.message() instanceof ClaimAck ack) {
      submissions.recordClaimAck(ack, received.fileName());
    }
  }
}

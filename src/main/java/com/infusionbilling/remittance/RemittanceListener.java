package com.infusionbilling.remittance;

import com.infusionbilling.claim.ClaimSubmissionProcess;
import com.infusionbilling.clearinghouse.ClearinghouseMessageReceived;
import com.infusionbilling.clearinghouse.InboundMessageRejected;
import com.infusionbilling.edi.model.Remittance;
import com.infusionbilling.process.ProcessMessages;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every 835 from the clearinghouse: checked against the TR3's balancing rules (one that does not
 * balance is quarantined with the rule it breaks), stored once ({@link RemittanceIntake}), and
 * handed to each claim version's waiting {@code ClaimSubmission} as {@code
 * Message_ClaimRemittanceReceived} (key {@code claim-<id>-v<n>}, message id {@code
 * 835-<remittanceId>-<claimId>}: a second delivery of the same 835 publishes nothing new). The
 * posting itself is the {@code post-remittance} worker's.
 */
@Component
public class RemittanceListener {
  private final RemittanceIntake intake;
  private final ProcessMessages messages;

  public RemittanceListener(RemittanceIntake intake, ProcessMessages messages) {
    this.intake = intake;
    this.messages = messages;
  }

  @EventListener
  public void on(ClearinghouseMessageReceived received) {
    if (!(received.message() instanceof Remittance r)) {
      return;
    }
    List<String> problems = RemittanceBalance.problems(r);
    if (!problems.isEmpty()) {
      throw new InboundMessageRejected(
          "835 does not balance (005010X221A1 1.10.2.1): " + String.join("; ", problems));
    }
    RemittanceIntake.Received stored = intake.store(r, received.fileName());
    for (RemittanceIntake.ClaimReceived c : stored.claims()) {
      messages.publish(
          ClaimSubmissionProcess.MESSAGE_REMITTANCE,
          c.claimKey(),
          "835-" + c.remittanceId() + "-" + c.claimId(),
          Map.of(RemittanceProcess.VAR_REMITTANCE_ID, c.remittanceId()));
    }
  }
}

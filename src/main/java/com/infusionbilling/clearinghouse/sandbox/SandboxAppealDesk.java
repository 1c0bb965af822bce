package com.infusionbilling.clearinghouse.sandbox;

import com.infusionbilling.denial.Appeal;
import com.infusionbilling.denial.AppealCaseProcess;
import com.infusionbilling.denial.AppealSubmitted;
import com.infusionbilling.process.ProcessMessages;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The sandbox payer's appeals desk: a claim appeal submitted to the payer (whatever the channel the
 * biller recorded) is decided {@code appeals.decision-delay} later by the scenario's appeal rules,
 * and the decision comes back as the {@code AppealDecision} message of the appeal's level (message
 * id {@code sandbox-<appealKey>}: published twice, correlated once); an overturned claim is paid in
 * a new 835. Prior-authorization appeals are not decided here.
 */
@Component
@ConditionalOnProperty(prefix = "clearinghouse.sandbox", name = "enabled", matchIfMissing = true)
public class SandboxAppealDesk {
  private static final Logger log = LoggerFactory.getLogger(SandboxAppealDesk.class);

  private final SandboxPayer payer;

  public SandboxAppealDesk(SandboxPayer payer, ProcessMessages messages) {
    this.payer = payer;
    payer.decideAppealsThrough(
        (appealKey, overturned, note) ->
            messages.publish(
                AppealCaseProcess.MESSAGE_APPEAL_DECISION,
                appealKey,
                "sandbox-" + appealKey,
                Map.of(
                    AppealCaseProcess.VAR_OUTCOME,
                    overturned ? Appeal.OVERTURNED : Appeal.UPHELD,
                    AppealCaseProcess.VAR_OUTCOME_NOTE,
                    note)));
  }

  /** After the submission commits: the payer has the appeal. */
  @TransactionalEventListener
  public void received(AppealSubmitted appeal) {
    String pcn = appeal.patientControlNumber();
    if (appeal.claimId() == null || pcn == null) {
      return;
    }
    try {
      payer.appealReceived(appeal.appealKey(), pcn);
    } catch (IOException | RuntimeException e) {
      log.warn("sandbox payer could not take appeal {}: {}", appeal.appealKey(), e.toString());
    }
  }
}

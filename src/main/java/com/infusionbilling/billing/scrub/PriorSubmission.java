package com.infusionbilling.billing.scrub;

import java.time.LocalDate;

/**
 * An earlier submission of the same claim and what the clearinghouse and payer acknowledgements
 * said. Only an accepted submission counts as filed: a claim rejected by the 999 (syntax) or the
 * 277CA (claim acceptance) never reached adjudication (Pub. 100-04 ch. 1 §70: an unprocessable
 * claim does not count as filed).
 *
 * @param submittedOn the date the submission was sent
 * @param outcome ACCEPTED (277CA accepted it), REJECTED_999 or REJECTED_277CA
 */
public record PriorSubmission(LocalDate submittedOn, Outcome outcome) {

  /** What the acknowledgements said. */
  public enum Outcome {
    ACCEPTED,
    REJECTED_999,
    REJECTED_277CA
  }
}

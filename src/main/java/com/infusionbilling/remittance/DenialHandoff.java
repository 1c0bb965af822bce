package com.infusionbilling.remittance;

/**
 * Where posting hands each denial it finds: denial management ({@code denial.DenialService}, see
 * CONTRACT-17.md). Called inside the posting transaction; idempotent by remittance claim, claim
 * line, group and CARC on the other side.
 */
interface DenialHandoff {
  /** Opens (or finds) the denial and returns its id. */
  long open(RemittancePosting.Denial denial);
}

package com.infusionbilling.clearinghouse;

/** The folders of a clearinghouse mailbox. */
public enum MailboxFolder {
  /** Our files for the clearinghouse. */
  OUTBOUND,
  /** The clearinghouse's files for us. */
  INBOUND,
  /** Inbound files we processed. */
  ARCHIVE,
  /** Inbound files that failed validation, each with an error report beside it. */
  QUARANTINE,
  /** Where the counterparty (the sandbox payer) moves our files after taking them. */
  COUNTERPARTY_RECEIVED
}

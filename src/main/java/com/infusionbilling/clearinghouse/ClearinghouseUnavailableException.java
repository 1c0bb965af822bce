package com.infusionbilling.clearinghouse;

/**
 * The mailbox could not be reached even after retrying with back-off. Technical trouble: a worker
 * lets the job fail and retry later; calling {@link ClearinghouseGateway#submit} again with the
 * same batch key re-sends the very same file.
 */
public class ClearinghouseUnavailableException extends RuntimeException {
  public ClearinghouseUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}

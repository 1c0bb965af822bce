package com.infusionbilling.edi;

/**
 * Where a message came from: interchange sender and receiver (ISA06/ISA08, trimmed) and the ISA13,
 * GS06 and ST02 control numbers of the transaction set that carried it.
 */
public record X12Envelope(
    String senderId,
    String receiverId,
    String interchangeControlNumber,
    String groupControlNumber,
    String transactionSetControlNumber,
    X12Transaction transaction) {}

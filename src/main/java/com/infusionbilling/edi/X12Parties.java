package com.infusionbilling.edi;

/**
 * Who sends and who receives an interchange.
 *
 * @param senderQualifier ISA05, for example ZZ (mutually defined) or 30 (TIN)
 * @param senderId ISA06 and GS02 (at most 15 characters)
 * @param receiverQualifier ISA07
 * @param receiverId ISA08 and GS03
 * @param senderName 1000A submitter name (837) and similar
 * @param receiverName 1000B receiver name (837)
 * @param contactName 1000A PER02
 * @param contactPhone 1000A PER04, digits only
 * @param originatorId TRN03 of 270/278 and 835: "1" followed by the EIN, exactly 10 characters
 * @param production ISA15 P (production) or T (test)
 */
public record X12Parties(
    String senderQualifier,
    String senderId,
    String receiverQualifier,
    String receiverId,
    String senderName,
    String receiverName,
    String contactName,
    String contactPhone,
    String originatorId,
    boolean production) {

  public X12Parties {
    if (senderId == null || senderId.isBlank() || senderId.length() > 15) {
      throw new IllegalArgumentException("senderId must be 1 to 15 characters");
    }
    if (receiverId == null || receiverId.isBlank() || receiverId.length() > 15) {
      throw new IllegalArgumentException("receiverId must be 1 to 15 characters");
    }
    if (originatorId == null || originatorId.length() != 10) {
      throw new IllegalArgumentException("originatorId must be exactly 10 characters");
    }
  }

  /** The same parties seen from the other side (for answers). */
  public X12Parties reversed(String newSenderName, String newReceiverName, String newOriginator) {
    return new X12Parties(
        receiverQualifier,
        receiverId,
        senderQualifier,
        senderId,
        newSenderName,
        newReceiverName,
        contactName,
        contactPhone,
        newOriginator,
        production);
  }
}

package com.infusionbilling.claim;

import com.infusionbilling.edi.model.ClaimStatus;
import com.infusionbilling.edi.model.FunctionalAck;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a 999 or a 277CA says, in plain English for the person correcting the claim. The code lists
 * are the X12 external code sources (claim status category 507, claim status 508, entity identifier
 * 98) and the 999's own IK3/IK4/IK5 codes (005010X231A1); codes not listed here are quoted with the
 * list they come from, never guessed.
 */
final class PayerWords {
  private PayerWords() {}

  static final Map<String, String> CATEGORY =
      Map.of(
          "A1", "received the claim",
          "A2", "accepted the claim into adjudication",
          "A3", "returned the claim as unprocessable (it was not entered into adjudication)",
          "A4", "cannot find the claim",
          "A6", "rejected the claim for missing information",
          "A7", "rejected the claim for invalid information",
          "A8", "rejected the claim because related fields disagree");

  static final Map<String, String> STATUS =
      Map.ofEntries(
          Map.entry("19", "the receipt of the claim is acknowledged"),
          Map.entry("20", "it was accepted for processing"),
          Map.entry("21", "information is missing or invalid"),
          Map.entry("23", "it was returned to the sender"),
          Map.entry("24", "the sender is not approved to submit electronically"),
          Map.entry("33", "the subscriber and subscriber ID were not found"),
          Map.entry("35", "the claim was not found"),
          Map.entry("116", "the claim was sent to the wrong payer"),
          Map.entry("145", "the specialty/taxonomy code"),
          Map.entry("153", "the ID number"),
          Map.entry("164", "the contract/member number"),
          Map.entry("187", "the date(s) of service"),
          Map.entry("247", "the line item control number"),
          Map.entry("454", "the procedure code"),
          Map.entry("455", "the revenue code"),
          Map.entry("458", "the federal taxpayer identification number (EIN)"),
          Map.entry("510", "a date in the future"),
          Map.entry("562", "the National Provider Identifier (NPI)"));

  static final Map<String, String> ENTITY =
      Map.ofEntries(
          Map.entry("40", "receiver"),
          Map.entry("41", "submitter"),
          Map.entry("71", "attending physician"),
          Map.entry("77", "service facility"),
          Map.entry("82", "rendering provider"),
          Map.entry("85", "billing provider"),
          Map.entry("87", "pay-to provider"),
          Map.entry("DK", "ordering physician"),
          Map.entry("DN", "referring provider"),
          Map.entry("IL", "subscriber"),
          Map.entry("PR", "payer"),
          Map.entry("QC", "patient"));

  /** Status codes that name a data item (the item is missing or invalid when rejected). */
  static final java.util.Set<String> NOUNS =
      java.util.Set.of("145", "153", "164", "187", "247", "454", "455", "458", "562");

  /** IK5/AK5 transaction set syntax error codes. */
  static final Map<String, String> SET_ERRORS =
      Map.ofEntries(
          Map.entry("1", "the transaction set is not supported"),
          Map.entry("2", "the transaction set trailer is missing"),
          Map.entry("3", "the transaction set control numbers in header and trailer differ"),
          Map.entry("4", "the number of included segments does not match the actual count"),
          Map.entry("5", "one or more segments are in error"),
          Map.entry("6", "the transaction set identifier is missing or invalid"),
          Map.entry("7", "the transaction set control number is missing or invalid"),
          Map.entry("23", "the transaction set control number is not unique in the group"),
          Map.entry("I5", "the implementation convention is not supported"),
          Map.entry("I6", "the implementation convention reference is invalid"));

  /** IK3 segment error codes. */
  static final Map<String, String> SEGMENT_ERRORS =
      Map.ofEntries(
          Map.entry("1", "is not a recognized segment"),
          Map.entry("2", "is not expected there"),
          Map.entry("3", "is a required segment that is missing"),
          Map.entry("4", "repeats its loop too often"),
          Map.entry("5", "occurs too often"),
          Map.entry("6", "is not defined in the transaction set"),
          Map.entry("7", "is out of sequence"),
          Map.entry("8", "has element errors"),
          Map.entry("I4", "is a segment the implementation guide does not use"),
          Map.entry("I6", "is a segment the implementation guide requires here but it is missing"),
          Map.entry("I7", "belongs to a loop that occurs too few times"),
          Map.entry("I8", "occurs too few times"),
          Map.entry("I9", "is present although the implementation guide says it is not used here"));

  /** IK4 element error codes. */
  static final Map<String, String> ELEMENT_ERRORS =
      Map.ofEntries(
          Map.entry("1", "a required element is missing"),
          Map.entry("2", "a conditionally required element is missing"),
          Map.entry("3", "there are too many elements"),
          Map.entry("4", "the value is too short"),
          Map.entry("5", "the value is too long"),
          Map.entry("6", "the value has an invalid character"),
          Map.entry("7", "the code value is invalid"),
          Map.entry("8", "the date is invalid"),
          Map.entry("9", "the time is invalid"),
          Map.entry("10", "an exclusion condition is violated"),
          Map.entry("12", "there are too many repetitions"),
          Map.entry("13", "there are too many components"),
          Map.entry("I6", "the code value is not used by the implementation guide"),
          Map.entry("I9", "an element the implementation guide requires here is missing"),
          Map.entry("I10", "an element the implementation guide does not use is present"),
          Map.entry("I12", "the value does not match the implementation guide's pattern"));

  /**
   * A 277CA claim status, for example "The payer rejected the claim for invalid information: the
   * billing provider's National Provider Identifier (NPI) is missing or invalid." The payer's own
   * free text (STC12) is kept apart: it never goes into process variables.
   */
  static String explain(ClaimStatus s) {
    StringBuilder b = new StringBuilder("The payer ");
    b.append(
        CATEGORY.getOrDefault(
            s.statusCategory(),
            "answered with status category "
                + s.statusCategory()
                + " (claim status category code list)"));
    if (s.statusCode() != null) {
      String what = STATUS.get(s.statusCode());
      String entity = s.entityCode() == null ? null : ENTITY.get(s.entityCode());
      b.append(": ");
      if (what == null) {
        b.append("claim status code ").append(s.statusCode()).append(" (claim status code list)");
      } else if (NOUNS.contains(s.statusCode()) && !s.accepted()) {
        b.append(entity == null ? what : "the " + entity + "'s " + what.substring(4))
            .append(" is missing or invalid");
      } else {
        b.append(what);
        if (entity != null && !s.accepted()) {
          b.append(" (").append(entity).append(')');
        }
      }
      if (entity == null && s.entityCode() != null) {
        b.append(" (entity ").append(s.entityCode()).append(')');
      }
    }
    return b.append('.').toString();
  }

  /** The STC01 composite as sent, for example {@code A7:562:85}. */
  static String codes(ClaimStatus s) {
    return s.statusCategory()
        + (s.statusCode() == null ? "" : ":" + s.statusCode())
        + (s.entityCode() == null ? "" : ":" + s.entityCode());
  }

  /** A 999 transaction set acknowledgement (or the group's when it has none). */
  static String explain(FunctionalAck ack, FunctionalAck.TransactionSetAck set) {
    String status = set == null ? ack.status() : set.status();
    List<String> parts = new ArrayList<>();
    String verdict =
        switch (status) {
          case "A" -> "The clearinghouse accepted the file's claim transaction";
          case "E" ->
              "The clearinghouse accepted the claim transaction but noted errors; correct them"
                  + " before the payer rejects the claim";
          case "P" -> "The clearinghouse accepted only part of the file";
          default -> "The clearinghouse rejected the claim transaction as not valid X12";
        };
    if (set != null) {
      for (String code : set.errorCodes()) {
        parts.add(
            SET_ERRORS.getOrDefault(code, "transaction set error code " + code + " (999 IK5)"));
      }
      for (FunctionalAck.SegmentNote n : set.segmentErrors()) {
        StringBuilder b = new StringBuilder("segment ").append(n.segmentId());
        if (n.loop() != null) {
          b.append(" in loop ").append(n.loop());
        }
        b.append(" (position ").append(n.position()).append(") ");
        b.append(
            SEGMENT_ERRORS.getOrDefault(
                n.errorCode(), "has error code " + n.errorCode() + " (999 IK3)"));
        for (FunctionalAck.ElementNote e : n.elements()) {
          b.append("; element ").append(n.segmentId()).append(String.format("%02d", e.position()));
          if (e.component() > 0) {
            b.append('-').append(e.component());
          }
          b.append(": ")
              .append(
                  ELEMENT_ERRORS.getOrDefault(
                      e.errorCode(), "error code " + e.errorCode() + " (999 IK4)"));
        }
        parts.add(b.toString());
      }
    }
    return verdict + (parts.isEmpty() ? "." : ": " + String.join("; ", parts) + ".");
  }

  /** The 999 codes as sent, for example {@code R:5 IK3 CLM 8 IK4 5-3 7}. */
  static String codes(FunctionalAck ack, FunctionalAck.TransactionSetAck set) {
    if (set == null) {
      return "AK9 " + ack.status();
    }
    StringBuilder b = new StringBuilder("IK5 ").append(set.status());
    set.errorCodes().forEach(c -> b.append(':').append(c));
    for (FunctionalAck.SegmentNote n : set.segmentErrors()) {
      b.append(" IK3 ").append(n.segmentId()).append(' ').append(n.errorCode());
      for (FunctionalAck.ElementNote e : n.elements()) {
        b.append(" IK4 ").append(e.position());
        if (e.component() > 0) {
          b.append('-').append(e.component());
        }
        b.append(' ').append(e.errorCode());
      }
    }
    return b.toString();
  }
}

package com.infusionbilling.authorization;

import com.infusionbilling.edi.model.AuthorizationDecision;
import com.infusionbilling.process.JobVariables;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * A payer's decision on a request, however it arrived (278 response, portal, phone follow-up).
 *
 * @param decision APPROVED, PARTIAL, PENDED, DENIED or NOT_REQUIRED (the {@code
 *     Gateway_PayerDecision} values)
 * @param payerReference the payer's reference for the review (278 REF*NT, else the trace; a portal
 *     or call reference): quoted when answering a pended review, kept as evidence when no
 *     authorization is needed
 */
public record PayerDecision(
    String decision,
    String reasonCode,
    String certificationNumber,
    BigDecimal approvedUnits,
    LocalDate approvedFrom,
    LocalDate approvedTo,
    String payerReference) {

  public PayerDecision(
      String decision,
      String reasonCode,
      String certificationNumber,
      BigDecimal approvedUnits,
      LocalDate approvedFrom,
      LocalDate approvedTo) {
    this(decision, reasonCode, certificationNumber, approvedUnits, approvedFrom, approvedTo, null);
  }

  public static final String APPROVED = "APPROVED";
  public static final String PARTIAL = "PARTIAL";
  public static final String PENDED = "PENDED";
  public static final String DENIED = "DENIED";

  /**
   * HCR01 NA ("no action required"): the payer needs no authorization for the service; recorded as
   * NOT_REQUIRED with the payer's reference, the evidence against a later CO-197.
   */
  public static final String NOT_REQUIRED = "NOT_REQUIRED";

  /** HCR01 to the process's decision; null for codes that are no decision (C, CT, D, IP). */
  public static String of(AuthorizationDecision hcr01) {
    return switch (hcr01) {
      case CERTIFIED -> APPROVED;
      case CERTIFIED_PARTIAL, MODIFIED -> PARTIAL;
      case DENIED -> DENIED;
      case PENDED -> PENDED;
      case NO_ACTION_REQUIRED -> NOT_REQUIRED;
      default -> null;
    };
  }

  /** As process variables: the decision and the authorization's number, quantity and dates. */
  public Map<String, Object> variables() {
    Map<String, Object> v = new HashMap<>();
    v.put(PriorAuthorizationProcess.VAR_DECISION, decision);
    v.put("decisionReason", reasonCode);
    v.put("certificationNumber", certificationNumber);
    v.put("approvedUnits", approvedUnits);
    v.put("approvedFrom", approvedFrom == null ? null : approvedFrom.toString());
    v.put("approvedTo", approvedTo == null ? null : approvedTo.toString());
    v.put(PriorAuthorizationProcess.VAR_PAYER_REFERENCE, payerReference);
    return v;
  }

  /** From process variables (a 278 message, a portal decision or the follow-up form). */
  public static PayerDecision from(JobVariables v) {
    return new PayerDecision(
        v.string(PriorAuthorizationProcess.VAR_DECISION),
        v.string("decisionReason"),
        v.string("certificationNumber"),
        v.decimal("approvedUnits"),
        v.has("approvedFrom") ? LocalDate.parse(v.string("approvedFrom")) : null,
        v.has("approvedTo") ? LocalDate.parse(v.string("approvedTo")) : null,
        v.has(PriorAuthorizationProcess.VAR_PAYER_REFERENCE)
            ? v.string(PriorAuthorizationProcess.VAR_PAYER_REFERENCE)
            : null);
  }
}

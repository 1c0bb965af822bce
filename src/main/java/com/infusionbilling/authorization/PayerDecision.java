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
 * @param decision APPROVED, PARTIAL, PENDED or DENIED (the {@code Gateway_PayerDecision} values)
 */
public record PayerDecision(
    String decision,
    String reasonCode,
    String certificationNumber,
    BigDecimal approvedUnits,
    LocalDate approvedFrom,
    LocalDate approvedTo) {

  public static final String APPROVED = "APPROVED";
  public static final String PARTIAL = "PARTIAL";
  public static final String PENDED = "PENDED";
  public static final String DENIED = "DENIED";

  /** HCR01 to the process's decision; null for codes that are no decision (C, NA). */
  public static String of(AuthorizationDecision hcr01) {
    return switch (hcr01) {
      case CERTIFIED -> APPROVED;
      case CERTIFIED_PARTIAL, MODIFIED -> PARTIAL;
      case DENIED -> DENIED;
      case PENDED -> PENDED;
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
        v.has("approvedTo") ? LocalDate.parse(v.string("approvedTo")) : null);
  }
}

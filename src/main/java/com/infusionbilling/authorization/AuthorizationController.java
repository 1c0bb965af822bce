package com.infusionbilling.authorization;

import com.infusionbilling.audit.AuditLog;
import com.infusionbilling.audit.AuditLog.Action;
import com.infusionbilling.audit.AuditLog.EntityType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A decision read on a payer portal (the authorization group), and units used by a dose (which may
 * trigger a renewal; the authorization group or a manager). Rules in security.AccessRules; every
 * change is written to the audit log.
 */
@RestController
public class AuthorizationController {
  private final PriorAuthorizationService priorAuthorizations;
  private final AuthorizationMonitoringService monitoring;
  private final AuditLog audit;

  public AuthorizationController(
      PriorAuthorizationService priorAuthorizations,
      AuthorizationMonitoringService monitoring,
      AuditLog audit) {
    this.priorAuthorizations = priorAuthorizations;
    this.monitoring = monitoring;
    this.audit = audit;
  }

  public record PortalDecision(
      @NotNull @Pattern(regexp = "APPROVED|PARTIAL|PENDED|DENIED") String decision,
      @Size(max = 10) String reasonCode,
      @Size(max = 50) String certificationNumber,
      @DecimalMin("0") @DecimalMax("1000000") BigDecimal approvedUnits,
      LocalDate approvedFrom,
      LocalDate approvedTo) {}

  public record Usage(
      @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,40}") String usageId,
      @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000")
          BigDecimal quantity,
      @NotNull @Min(0) @Max(100) Integer dosesScheduledBeforeEnd) {}

  @PostMapping("/api/authorization-requests/{requestId}/decision")
  public ResponseEntity<Void> decision(
      @PathVariable long requestId, @Valid @RequestBody PortalDecision body) {
    if (body.approvedFrom() != null
        && body.approvedTo() != null
        && body.approvedTo().isBefore(body.approvedFrom())) {
      throw new com.infusionbilling.intake.InvalidReferralException(
          "approvedTo", "must not be before approvedFrom");
    }
    priorAuthorizations.recordPortalDecision(
        requestId,
        new PayerDecision(
            body.decision(),
            body.reasonCode(),
            body.certificationNumber(),
            body.approvedUnits(),
            body.approvedFrom(),
            body.approvedTo()));
    audit.record(
        Action.UPDATE,
        EntityType.AUTHORIZATION,
        "request " + requestId,
        "payer decision " + body.decision());
    return ResponseEntity.accepted().build();
  }

  @PostMapping("/api/authorizations/{authorizationId}/usage")
  public Map<String, Object> usage(
      @PathVariable long authorizationId, @Valid @RequestBody Usage body) {
    boolean low =
        monitoring.recordUsage(
            authorizationId, body.usageId(), body.quantity(), body.dosesScheduledBeforeEnd());
    audit.record(
        Action.UPDATE,
        EntityType.AUTHORIZATION,
        authorizationId,
        "units used " + body.quantity().toPlainString() + " (" + body.usageId() + ")");
    return Map.of("unitsLow", low);
  }
}

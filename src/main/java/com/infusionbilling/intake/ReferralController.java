package com.infusionbilling.intake;

import com.infusionbilling.audit.AuditLog;
import com.infusionbilling.audit.AuditLog.Action;
import com.infusionbilling.audit.AuditLog.EntityType;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Referral intake: {@code POST /api/referrals} starts a therapy episode (coordinators and managers;
 * security.AccessRules). The new episode is written to the audit log.
 */
@RestController
@RequestMapping("/api/referrals")
public class ReferralController {
  private final ReferralService referrals;
  private final AuditLog audit;

  public ReferralController(ReferralService referrals, AuditLog audit) {
    this.referrals = referrals;
    this.audit = audit;
  }

  /** 201 with the new episode; 200 with the existing one when the referral ID was seen before. */
  @PostMapping
  public ResponseEntity<ReferralService.Intake> receive(@Valid @RequestBody ReferralRequest body) {
    var intake = referrals.intake(body);
    if (!intake.created()) {
      audit.record(Action.VIEW, EntityType.EPISODE, intake.episodeId(), "referral received again");
      return ResponseEntity.ok(intake);
    }
    audit.record(Action.CREATE, EntityType.EPISODE, intake.episodeId(), "referral received");
    return ResponseEntity.created(URI.create("/api/episodes/" + intake.episodeId())).body(intake);
  }
}

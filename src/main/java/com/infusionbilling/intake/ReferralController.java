package com.infusionbilling.intake;

import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Referral intake: {@code POST /api/referrals} starts a therapy episode. */
@RestController
@RequestMapping("/api/referrals")
public class ReferralController {
  private final ReferralService referrals;

  public ReferralController(ReferralService referrals) {
    this.referrals = referrals;
  }

  /** 201 with the new episode; 200 with the existing one when the referral ID was seen before. */
  @PostMapping
  public ResponseEntity<ReferralService.Intake> receive(@Valid @RequestBody ReferralRequest body) {
    var intake = referrals.intake(body);
    if (!intake.created()) {
      return ResponseEntity.ok(intake);
    }
    return ResponseEntity.created(URI.create("/api/episodes/" + intake.episodeId())).body(intake);
  }
}

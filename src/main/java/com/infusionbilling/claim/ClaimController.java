package com.infusionbilling.claim;

import com.infusionbilling.audit.AuditLog;
import com.infusionbilling.audit.AuditLog.Action;
import com.infusionbilling.audit.AuditLog.EntityType;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/claims?episodeId=} and {@code GET /api/claims/{claimId}}: claim versions with
 * their lines, edits, acknowledgements, remittances (CAS/RARC in plain English) and history
 * (docs/lifecycle.md). Roles with patient access (README "Access rules"); every view is written to
 * the audit log.
 */
@RestController
@RequestMapping("/api/claims")
public class ClaimController {
  private final ClaimQueries claims;
  private final AuditLog audit;

  public ClaimController(ClaimQueries claims, AuditLog audit) {
    this.claims = claims;
    this.audit = audit;
  }

  @GetMapping
  public List<ClaimView> ofEpisode(@RequestParam long episodeId) {
    if (episodeId <= 0) {
      throw new InvalidClaimException("episodeId", "must be a positive episode ID");
    }
    List<ClaimView> found = claims.ofEpisode(episodeId);
    audit.record(
        Action.SEARCH, EntityType.EPISODE, episodeId, "claims of the episode: " + found.size());
    for (ClaimView c : found) {
      audit.record(Action.VIEW, EntityType.CLAIM, c.claimId(), "episode " + episodeId);
    }
    return found;
  }

  @GetMapping("/{claimId}")
  public ClaimView claim(@PathVariable long claimId) {
    ClaimView view =
        claims.view(claimId).orElseThrow(() -> new NoSuchElementException("no claim " + claimId));
    audit.record(Action.VIEW, EntityType.CLAIM, claimId, "episode " + view.episodeId());
    return view;
  }
}

package com.infusionbilling.denial;

import com.infusionbilling.audit.AuditLog;
import com.infusionbilling.audit.AuditLog.Action;
import com.infusionbilling.audit.AuditLog.EntityType;
import java.util.NoSuchElementException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/appeals/{appealId}/letter}: the appeal letter as PDF (PHI). Only appeals, billing
 * and managers may download it (AccessRules, enforced in the server); every download is audited.
 */
@RestController
public class AppealController {
  private final AppealService appeals;
  private final AuditLog audit;

  public AppealController(AppealService appeals, AuditLog audit) {
    this.appeals = appeals;
    this.audit = audit;
  }

  @GetMapping("/api/appeals/{appealId}/letter")
  public ResponseEntity<byte[]> letter(@PathVariable long appealId) {
    var letter =
        appeals
            .letter(appealId)
            .orElseThrow(() -> new NoSuchElementException("no letter for appeal " + appealId));
    audit.record(
        Action.VIEW,
        EntityType.APPEAL_LETTER,
        appealId,
        "episode " + letter.episodeId() + ", " + letter.pdf().length + " bytes");
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(letter.fileName()).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(letter.pdf());
  }
}

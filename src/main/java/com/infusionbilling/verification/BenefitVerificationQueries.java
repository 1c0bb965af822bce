package com.infusionbilling.verification;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other capabilities may read about benefit verifications (no PHI). */
@Service
public class BenefitVerificationQueries {
  private final BenefitVerificationRepository verifications;

  public BenefitVerificationQueries(BenefitVerificationRepository verifications) {
    this.verifications = verifications;
  }

  /**
   * The latest completed verification of an episode.
   *
   * @param verifiedAt when the payer (271) or the phone call answered
   * @param coverageOutcome MEDICAL_BENEFIT, PHARMACY_BENEFIT or INACTIVE (Decision_Coverage)
   */
  public record LastVerification(
      long verificationId,
      long coverageId,
      Instant verifiedAt,
      boolean coverageActive,
      String coverageOutcome) {}

  @Transactional(readOnly = true)
  public Optional<LastVerification> lastDetermined(long episodeId) {
    return verifications.findByEpisodeIdOrderByIdAsc(episodeId).stream()
        .filter(v -> v.getStatus() == BenefitVerification.Status.DETERMINED)
        .filter(v -> v.getRespondedAt() != null)
        .max(Comparator.comparing(BenefitVerification::getRespondedAt))
        .map(
            v ->
                new LastVerification(
                    v.getId(),
                    v.getCoverageId(),
                    v.getRespondedAt(),
                    Boolean.TRUE.equals(v.getCoverageActive()),
                    v.getCoverageOutcome()));
  }
}

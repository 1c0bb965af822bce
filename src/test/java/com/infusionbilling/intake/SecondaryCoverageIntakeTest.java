package com.infusionbilling.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.infusionbilling.episode.EpisodeDossiers;
import com.infusionbilling.testing.ReferralBuilder;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A referral's optional secondary coverage (issue 17, secondary claims): stored as the patient's
 * second coverage and kept on the episode, which bills it after the primary; a secondary with the
 * primary's payer, or one outside the catalogue, is refused naming the field.
 */
@SpringBootTest
class SecondaryCoverageIntakeTest {
  @Autowired ReferralService referrals;
  @Autowired EpisodeDossiers dossiers;

  static ReferralRequest withSecondary(String referralId, String payerId) {
    ReferralRequest r =
        ReferralBuilder.referral(referralId)
            .patient("MRN-SC" + System.nanoTime() % 1_000_000_000L, "Ada", "Byrne")
            .coverage("MEDICARE_PART_B", "SECONDARY" + System.nanoTime() % 1_000_000L)
            .request();
    return new ReferralRequest(
        r.referralId(),
        r.patient(),
        r.prescriber(),
        r.coverage(),
        r.therapy(),
        new ReferralRequest.CoverageData(
            payerId, "supp-77", "SUPP1", "Medigap plan G", LocalDate.of(2026, 1, 1), null, null));
  }

  @Test
  void theSecondaryCoverageIsStoredAndKeptOnTheEpisode() {
    var intake =
        referrals.intakeWithoutProcess(withSecondary("SC-" + System.nanoTime(), "COMMERCIAL_ACME"));

    Coverage secondary = dossiers.secondaryCoverage(intake.episodeId()).orElseThrow();
    assertThat(secondary.getPayerId()).isEqualTo("COMMERCIAL_ACME");
    assertThat(secondary.getMemberId()).isEqualTo("SUPP-77");
    assertThat(secondary.getBenefitType()).isEqualTo(BenefitType.MEDICAL);
    assertThat(dossiers.load(intake.episodeId()).coverage().getPayerId())
        .isEqualTo("MEDICARE_PART_B");
  }

  @Test
  void aSecondaryWithThePrimarysPayerIsRefused() {
    assertThatThrownBy(
            () ->
                referrals.intakeWithoutProcess(
                    withSecondary("SC-" + System.nanoTime(), "MEDICARE_PART_B")))
        .isInstanceOf(InvalidReferralException.class)
        .satisfies(
            e ->
                assertThat(((InvalidReferralException) e).field())
                    .isEqualTo("secondaryCoverage.payerId"));
  }

  @Test
  void aReferralWithoutOneHasNoSecondaryCoverage() {
    var intake =
        referrals.intakeWithoutProcess(
            ReferralBuilder.referral("SC-" + System.nanoTime())
                .patient("MRN-SN" + System.nanoTime() % 1_000_000_000L, "Bo", "Lind")
                .request());

    assertThat(dossiers.secondaryCoverage(intake.episodeId())).isEmpty();
  }
}

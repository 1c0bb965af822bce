package com.infusionbilling.claim;

import com.infusionbilling.billing.coding.ClaimType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Claims as the visit helper's coding hands them over (CONTRACT-16). */
public final class ClaimFixtures {
  private static final AtomicLong VISITS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  private ClaimFixtures() {}

  public static long nextVisitId() {
    return VISITS.incrementAndGet();
  }

  /**
   * Issue 16's end-to-end encounter: infliximab 365 mg from 4 x 100 mg single-dose vials, 09:00 to
   * 11:35, office, Medicare Part B: J1745 x37, J1745-JW x3, 96365, 96366 x2.
   */
  public static NewClaim infliximab(long episodeId, String payerId) {
    return infliximab(nextVisitId(), episodeId, payerId, "OFFICE", ClaimType.PROFESSIONAL);
  }

  /**
   * The same encounter billed to Original Medicare, expecting what it pays for the drug (the ASP +
   * 6 % limit, $35.00 per unit in the seed and in the sandbox's Medicare fee schedule) rather than
   * a commercial contract, so the sandbox's 835 is no underpayment.
   */
  public static NewClaim medicareInfliximab(long episodeId) {
    NewClaim c = infliximab(episodeId, "MEDICARE_PART_B");
    BigDecimal perUnit = new BigDecimal("35.00");
    List<NewClaimLine> lines =
        c.lines().stream()
            .map(
                l ->
                    !l.code().equals("J1745")
                        ? l
                        : new NewClaimLine(
                            l.code(),
                            l.modifiers(),
                            l.units(),
                            l.ndc(),
                            l.ndcQuantity(),
                            l.ndcUnit(),
                            perUnit.multiply(BigDecimal.valueOf(l.units())),
                            l.ruleId(),
                            l.explanation(),
                            l.revenueCode(),
                            l.diagnosisPointers()))
            .toList();
    return copy(c, c.authorizationNumber(), lines);
  }

  /** The claim with another authorization number (REF*G1; null for none) and other lines. */
  public static NewClaim copy(NewClaim c, String authorizationNumber, List<NewClaimLine> lines) {
    return new NewClaim(
        c.visitId(),
        c.episodeId(),
        c.payerId(),
        c.claimType(),
        c.dateOfService(),
        c.siteOfCare(),
        authorizationNumber,
        c.diagnoses(),
        c.renderingNpi(),
        lines);
  }

  public static NewClaim infliximab(
      long visitId, long episodeId, String payerId, String site, ClaimType type) {
    boolean facility = type == ClaimType.INSTITUTIONAL;
    return new NewClaim(
        visitId,
        episodeId,
        payerId,
        type,
        LocalDate.now().minusDays(2),
        site,
        "AUTH-" + visitId,
        List.of("K50.90", "Z79.899"),
        "1245319599",
        List.of(
            new NewClaimLine(
                "J1745",
                List.of(),
                37,
                "57894003001",
                new BigDecimal("3.65"),
                "UN",
                new BigDecimal("3031.78"),
                "drug-units",
                "365 mg / 10 mg per unit, rounded up = 37",
                facility ? "0636" : null,
                List.of(1)),
            new NewClaimLine(
                "J1745",
                List.of("JW"),
                3,
                "57894003001",
                new BigDecimal("0.35"),
                "UN",
                new BigDecimal("245.82"),
                "drug-wastage",
                "35 mg discarded from 4 x 100 mg single-dose vials, rounded down = 3",
                facility ? "0636" : null,
                List.of(1)),
            new NewClaimLine(
                "96365",
                List.of(),
                1,
                null,
                null,
                null,
                new BigDecimal("70.00"),
                "admin-initial",
                "IV infusion 09:00-11:35, first hour",
                facility ? "0260" : null,
                List.of(1, 2)),
            new NewClaimLine(
                "96366",
                List.of(),
                2,
                null,
                null,
                null,
                new BigDecimal("40.00"),
                "admin-additional-hours",
                "155 minutes: 2 additional hours (>= 151 min)",
                facility ? "0260" : null,
                List.of(1, 2))));
  }
}

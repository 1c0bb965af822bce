package com.infusionbilling.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.infusionbilling.process.ProcessStartEngine;
import com.infusionbilling.testing.ApiTest;
import com.infusionbilling.testing.ReferralBuilder;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 11 item 7: two referrals that arrive together with the same new patient MRN and the same
 * new prescriber NPI both succeed (the one that loses the race on the unique key is run again and
 * finds the other's rows), and no log line carries the MRN, SQL errors included.
 */
@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class ConcurrentReferralsTest {
  @Autowired ReferralService referrals;
  @Autowired PatientRepository patients;
  @Autowired PrescriberRepository prescribers;
  @Autowired ObjectMapper json;
  @Autowired PlatformTransactionManager transactions;
  @MockitoBean ProcessStartEngine engine;

  /** A random type-1 NPI with a valid check digit (Luhn over the 80840 prefix). */
  static String newNpi() {
    String base = "1" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    String digits = "80840" + base;
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 0) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return base + (10 - sum % 10) % 10;
  }

  ReferralRequest referral(String referralId, String mrn, String npi) throws Exception {
    String body =
        ReferralBuilder.referral(referralId)
            .patient(mrn, "Ada", "Lovelace")
            .prescriberNpi(npi)
            .json();
    return json.readValue(body, ReferralRequest.class);
  }

  @Test
  void twoReferralsSharingANewPatientAndPrescriberBothSucceedWithoutPhiInTheLog(
      CapturedOutput output) throws Exception {
    String mrn = "MRNRACE" + System.nanoTime() % 1_000_000_000L;
    String npi = newNpi();
    long n = System.nanoTime();
    ReferralRequest first = referral("R-RACE-A-" + n, mrn, npi);
    ReferralRequest second = referral("R-RACE-B-" + n, mrn, npi);
    CountDownLatch firstWroteItsRows = new CountDownLatch(1);
    var tx = new TransactionTemplate(transactions);

    // The first referral's transaction has inserted the new patient and prescriber but not
    // committed when the second arrives; it commits a moment later.
    CompletableFuture<ReferralService.Intake> a =
        CompletableFuture.supplyAsync(
            () ->
                tx.execute(
                    status -> {
                      var intake = referrals.intake(first);
                      firstWroteItsRows.countDown();
                      sleep(400);
                      return intake;
                    }));
    assertThat(firstWroteItsRows.await(30, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<ReferralService.Intake> b =
        CompletableFuture.supplyAsync(() -> referrals.intake(second));

    var intakeA = a.get(60, TimeUnit.SECONDS);
    var intakeB = b.get(60, TimeUnit.SECONDS);

    assertThat(intakeA.created()).isTrue();
    assertThat(intakeB.created()).isTrue();
    assertThat(intakeA.episodeId()).isNotEqualTo(intakeB.episodeId());
    assertThat(patients.findByMrn(mrn)).isPresent();
    assertThat(prescribers.findByNpi(npi)).isPresent();
    assertThat(output.getAll()).doesNotContain(mrn).doesNotContain("Lovelace");
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package com.infusionbilling.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.billing.preview.BillingPreviewService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class BillingContextSmokeTest {
  @Autowired BillingPreviewService previews;

  @Test
  void seedsLoadIntoTheSnapshot() {
    var ref = previews.referenceSnapshot();
    assertThat(ref.drugs()).hasSizeGreaterThanOrEqualTo(30);
    assertThat(ref.payer("MEDICARE_PART_B")).isPresent();
  }
}

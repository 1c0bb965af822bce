package com.infusionbilling.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.infusionbilling.billing.BillingProperties;
import com.infusionbilling.episode.EpisodeRepository;
import com.infusionbilling.intake.ReferralService;
import com.infusionbilling.inventory.InventoryService;
import com.infusionbilling.testing.ApiTest;
import com.infusionbilling.visit.VisitService;
import io.camunda.client.CamundaClient;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's visits draw from lots it receives itself (once), priced at about the seed's ASP, so
 * the Revenue page has an acquisition cost for their doses.
 */
@ApiTest
class VisitDemoDataTest {
  @Autowired ReferralService referrals;
  @Autowired EpisodeRepository episodes;
  @Autowired VisitService visits;
  @Autowired InventoryService inventory;
  @Autowired CamundaClient client;
  @Autowired ObjectMapper json;
  @Autowired BillingProperties billing;

  @Test
  void receivesTheLotsOfTheDocumentedVisitsOnce() {
    var demo = new VisitDemoData(referrals, episodes, visits, inventory, client, json, billing);
    LocalDate today = LocalDate.now(billing.zone());
    demo.receiveLots(today);
    demo.receiveLots(today);

    var received =
        inventory.lots().stream()
            .filter(l -> VisitDemoData.INVOICE.equals(l.supplierInvoice()))
            .map(l -> l.ndc11() + " " + l.hcpcs() + " " + l.lot() + " " + l.unitCost())
            .toList();
    assertThat(received)
        .containsExactlyInAnyOrder(
            "57894003001 J1745 RMC2611A 330.19",
            "57894003001 J1745 RMC2611B 330.19",
            "57894003001 J1745 RMC2611C 330.19",
            "00006302602 J9271 KEY4410B 5188.68",
            // the nurse's walk-through lot (documented by hand, so not among the demos below)
            "64764030020 J3380 ENT2611A 6509.43");
    // every documented visit's lot is among them, so its dispense is priced
    assertThat(demo.demos())
        .filteredOn(d -> d.documentation() != null)
        .allSatisfy(
            d -> {
              @SuppressWarnings("unchecked")
              var drug =
                  (java.util.Map<String, Object>)
                      ((java.util.List<?>) d.documentation().get("drugs")).get(0);
              assertThat(received).anyMatch(r -> r.contains(" " + drug.get("lot") + " "));
            });
  }
}

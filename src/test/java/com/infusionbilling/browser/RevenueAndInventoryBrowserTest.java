package com.infusionbilling.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.infusionbilling.inventory.InventoryReconciliationService;
import com.infusionbilling.security.Roles;
import com.infusionbilling.security.UserAccounts;
import com.infusionbilling.testing.ReportDataSet;
import com.infusionbilling.testing.RevenueCycleFixtures;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Revenue and Inventory pages in headless Chromium (issue 18 item 4): a manager filters the
 * revenue reports to one payer, the figures on the page are those of the API, a drill-down of an
 * A/R bucket lists the claims behind it and opens one, and the table's CSV export downloads; the
 * Inventory page shows the latest reconciliation's figures, drills down to a finding's lot, and
 * exports the lots. Screenshots for the README.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RevenueAndInventoryBrowserTest {
  static final String PASSWORD = "browser-pass";
  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  @Autowired ReportDataSet dataSet;
  @Autowired InventoryReconciliationService reconciliations;
  @Autowired RevenueCycleFixtures history;

  static String money(String amount) {
    NumberFormat f = NumberFormat.getNumberInstance(Locale.US);
    f.setMinimumFractionDigits(2);
    f.setMaximumFractionDigits(2);
    return "$" + f.format(new BigDecimal(amount));
  }

  /** The API's answer as the signed-in browser gets it (same session, same filters). */
  static JsonNode api(Browser b, String path) throws IOException {
    Object text =
        b.driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin', headers: {Accept:"
                + " 'application/json'}}).then(r => r.text()).then(done);",
            path);
    return JSON.readTree((String) text);
  }

  /** Lets the browser download into a directory of its own, and returns it. */
  static Path downloads(Browser b) throws IOException {
    Path dir = Files.createTempDirectory("ibw-downloads");
    b.driver.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", dir.toAbsolutePath().toString()));
    return dir;
  }

  static String downloaded(Browser b, Path dir, String name) throws IOException {
    Path file = dir.resolve(name);
    b.waitUntil(d -> Files.exists(file) && file.toFile().length() > 0);
    return Files.readString(file);
  }

  @Test
  void aManagerSeesTheApisFiguresDrillsDownAndExportsCsv() throws Exception {
    accounts.createIfAbsent(
        "browser-morgan-revenue", "Morgan", PASSWORD, Set.of(Roles.MANAGER), Set.of());
    ReportDataSet.Seeded data =
        dataSet.seed("BRW_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
    // 3 more vials of the data set's lot given at a visit that was never billed: 30 units
    long visit = history.visit(data.episodeId, LocalDate.of(2026, 6, 1), "BUY_AND_BILL");
    history.dispense(
        visit,
        "J1745",
        "57894003001",
        data.lot,
        LocalDate.of(2027, 6, 30),
        3,
        "300",
        "0",
        "BUY_AND_BILL",
        LocalDate.of(2026, 6, 1));
    var run =
        reconciliations.reconcile("browser-" + UUID.randomUUID(), "ON_DEMAND", LocalDate.now());
    long lotId =
        run.findings().stream()
            .filter(f -> f.lot().equals(data.lot))
            .findFirst()
            .orElseThrow()
            .lotId();

    try (Browser b = new Browser(port)) {
      b.login("browser-morgan-revenue", PASSWORD);
      Path dir = downloads(b);
      b.open("/#/revenue");
      b.waitFor(By.id("revenue-page"));
      b.waitFor(By.id("filter-payer")).sendKeys(data.payer);
      b.driver.findElement(By.id("apply-filters")).click();

      JsonNode ar = api(b, "/api/reports/ar?payer=" + data.payer);
      JsonNode quality = api(b, "/api/reports/claim-quality?payer=" + data.payer);
      JsonNode appeals = api(b, "/api/reports/appeals?payer=" + data.payer);
      String total = money(ar.get("total").asText());
      b.waitUntil(d -> d.findElement(By.id("ar-total")).getText().equals(total));
      assertThat(total).isEqualTo("$7,300.00");
      assertThat(b.driver.findElement(By.id("ar-days")).getText())
          .isEqualTo(ar.get("daysInAr").isNull() ? "—" : ar.get("daysInAr").asText());
      assertThat(b.driver.findElement(By.id("clean-claim-rate")).getText())
          .isEqualTo(
              String.format(Locale.US, "%.1f %%", quality.get("cleanClaimRate").asDouble() * 100));
      assertThat(b.driver.findElement(By.id("appeals-at-risk")).getText())
          .isEqualTo(appeals.get("atRisk").asText());
      b.screenshot("revenue");

      // the oldest bucket: every claim of the data set is more than 120 days old by now or not
      JsonNode bucket = ar.get("aging").get(4);
      assertThat(bucket.get("bucket").asText()).isEqualTo("120+");
      b.driver.findElement(By.id("aging-120+")).click();
      b.waitFor(By.cssSelector("#report-drill #drill-table"));
      b.waitUntil(
          d ->
              d.findElements(By.cssSelector("#drill-table tbody tr")).size()
                  == bucket.get("claims").asInt());
      b.driver.findElement(By.id("drill-table-csv")).click();
      String csv = downloaded(b, dir, "ar-120+.csv");
      assertThat(csv).startsWith("Claim,Version,Payer,Date of service,Status,Charge,Balance");
      assertThat(csv).contains(data.c3 + ",1," + data.payer + ",2026-04-15,DENIED,3000,3000");
      b.driver
          .findElement(By.cssSelector("#drill-table a[href='#/claim/" + data.c3 + "']"))
          .click();
      b.waitUntil(d -> d.getCurrentUrl().endsWith("#/claim/" + data.c3));
      b.waitFor(By.cssSelector("[data-claim-id='" + data.c3 + "']"));

      b.open("/#/inventory");
      b.waitFor(By.id("inventory-page"));
      JsonNode latest = api(b, "/api/inventory/reconciliations/latest");
      BigDecimal variance = BigDecimal.ZERO;
      for (JsonNode f : latest.get("findings")) {
        variance = variance.add(new BigDecimal(f.get("varianceDollars").asText()));
      }
      assertThat(b.driver.findElement(By.id("reconciliation-summary")).getText())
          .contains("Run " + latest.get("id").asText());
      assertThat(b.driver.findElement(By.id("variance-dollars")).getText())
          .isEqualTo(money(variance.toPlainString()));
      assertThat(b.driver.findElement(By.id("lots-table")).getText()).contains(data.lot);
      b.screenshot("inventory");
      // the finding drills down to its lot
      b.driver
          .findElement(By.cssSelector("#finding-table a.drill-link[data-key='" + lotId + "']"))
          .click();
      assertThat(b.waitFor(By.cssSelector("#lot-drill #lot-table")).getText()).contains(data.lot);
      b.driver.findElement(By.id("lots-table-csv")).click();
      String lots = downloaded(b, dir, "inventory-lots.csv");
      assertThat(lots).startsWith("Lot ID,NDC,HCPCS,Lot,Expiry,Source");
      assertThat(lots).contains(data.lot);
      try (Stream<Path> files = Files.list(dir)) {
        files.forEach(p -> p.toFile().delete());
      }
    }
  }
}

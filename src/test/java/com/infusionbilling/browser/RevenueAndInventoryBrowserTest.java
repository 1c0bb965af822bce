package com.infusionbilling.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.infusionbilling.security.Roles;
import com.infusionbilling.security.UserAccounts;
import com.infusionbilling.testing.RevenueCycleHistory;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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
 * exports the lots. The data is the demo's history ({@link RevenueCycleHistory}) for a payer of its
 * own, so the README's screenshots (target/screenshots/revenue.png and inventory.png, whole pages)
 * show a practice's figures; the hand-computed figures are ReportsApiTest's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RevenueAndInventoryBrowserTest {
  static final String PASSWORD = "browser-pass";
  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  @Autowired RevenueCycleHistory history;

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

  /** A number as the front end shows it in a CSV cell (JavaScript's Number to string). */
  static String csvNumber(BigDecimal amount) {
    return amount.stripTrailingZeros().toPlainString();
  }

  @Test
  void aManagerSeesTheApisFiguresDrillsDownAndExportsCsv() throws Exception {
    accounts.createIfAbsent(
        "browser-morgan-revenue", "Morgan", PASSWORD, Set.of(Roles.MANAGER), Set.of());
    // the demo's fourteen weeks of history, for a payer of this test's own (so no other test's
    // claims
    // count) and lots of its own: the screenshots show a practice's figures, not a test fixture's
    String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    String payer = "COMMERCIAL_ACME_" + tag;
    RevenueCycleHistory.Seeded data =
        history.seed(tag, List.of(payer), LocalDate.now(ZoneOffset.UTC));
    RevenueCycleHistory.Seeded.Claim denied = data.authorizationDenial;
    long lotId =
        data.reconciliation.findings().stream()
            .filter(f -> f.lot().equals(data.lotShortBilled))
            .findFirst()
            .orElseThrow()
            .lotId();

    try (Browser b = new Browser(port)) {
      b.login("browser-morgan-revenue", PASSWORD);
      Path dir = downloads(b);
      b.open("/#/revenue");
      b.waitFor(By.id("revenue-page"));
      b.waitFor(By.id("filter-payer")).sendKeys(payer);
      b.driver.findElement(By.id("apply-filters")).click();

      String filter = "?payer=" + payer;
      JsonNode ar = api(b, "/api/reports/ar" + filter);
      JsonNode quality = api(b, "/api/reports/claim-quality" + filter);
      JsonNode appeals = api(b, "/api/reports/appeals" + filter);
      JsonNode collections = api(b, "/api/reports/collections" + filter);
      JsonNode drugs = api(b, "/api/reports/drugs" + filter);
      String total = money(ar.get("total").asText());
      b.waitUntil(d -> d.findElement(By.id("ar-total")).getText().equals(total));
      assertThat(b.driver.findElement(By.id("ar-days")).getText())
          .isEqualTo(ar.get("daysInAr").asText());
      assertThat(b.driver.findElement(By.id("clean-claim-rate")).getText())
          .isEqualTo(percent(quality.get("cleanClaimRate")));
      assertThat(b.driver.findElement(By.id("net-collection-rate")).getText())
          .isEqualTo(percent(collections.get("netCollectionRate")));
      assertThat(b.driver.findElement(By.id("appeals-at-risk")).getText())
          .isEqualTo(appeals.get("atRisk").asText());
      assertThat(b.driver.findElement(By.id("drug-table")).getText())
          .contains(money(drugs.get("drugs").get(0).get("margin").asText()))
          .contains(
              money(drugs.get("drugs").get(0).get("marginWithPatientResponsibility").asText()));
      // what the README's screenshot shows is a practice's figures: the CO-197 appeal due within
      // the week, net collection in the 90s, and both drugs earning on their adjudicated doses
      assertThat(appeals.get("atRisk").asInt()).isEqualTo(1);
      assertThat(collections.get("netCollectionRate").decimalValue())
          .isBetween(new BigDecimal("0.90"), new BigDecimal("0.99"));
      assertThat(drugs.get("drugs")).hasSize(2);
      for (JsonNode drug : drugs.get("drugs")) {
        assertThat(drug.get("margin").decimalValue()).as(drug.get("ndc11").asText()).isPositive();
      }
      b.fullPageScreenshot("revenue");

      // the drug table's CSV: both margins, the payer's and the one with the patient's share
      b.driver.findElement(By.id("drug-table-csv")).click();
      String drugCsv = downloaded(b, dir, "drug-margin.csv");
      assertThat(drugCsv)
          .startsWith(
              "NDC,HCPCS,Units billed,Paid,Acquisition cost,Margin,Patient responsibility,Margin"
                  + " incl. patient,JW charges,JW share");
      for (JsonNode drug : drugs.get("drugs")) {
        assertThat(drugCsv)
            .contains(
                String.join(
                    ",",
                    drug.get("ndc11").asText(),
                    drug.get("hcpcs").asText(),
                    drug.get("unitsBilled").asText(),
                    csvNumber(drug.get("paid").decimalValue()),
                    csvNumber(drug.get("acquisitionCost").decimalValue()),
                    csvNumber(drug.get("margin").decimalValue()),
                    csvNumber(drug.get("patientResponsibility").decimalValue()),
                    csvNumber(drug.get("marginWithPatientResponsibility").decimalValue())));
      }

      // the A/R bucket of the claim denied CO-197 lists it, exports it and opens it
      JsonNode bucket = null;
      for (JsonNode candidate : ar.get("aging")) {
        JsonNode rows =
            api(
                b,
                "/api/reports/ar/claims"
                    + filter
                    + "&bucket="
                    + URLEncoder.encode(candidate.get("bucket").asText(), StandardCharsets.UTF_8));
        assertThat(rows.isArray()).as(candidate + " " + rows).isTrue();
        for (JsonNode row : rows) {
          if (row.get("claimId").asLong() == denied.id()) {
            bucket = candidate;
          }
        }
      }
      assertThat(bucket).as("the bucket of claim " + denied.id()).isNotNull();
      String name = bucket.get("bucket").asText();
      int claims = bucket.get("claims").asInt();
      b.driver.findElement(By.id("aging-" + name)).click();
      b.waitFor(By.cssSelector("#report-drill #drill-table"));
      b.waitUntil(d -> d.findElements(By.cssSelector("#drill-table tbody tr")).size() == claims);
      b.driver.findElement(By.id("drill-table-csv")).click();
      String csv = downloaded(b, dir, "ar-" + name + ".csv");
      assertThat(csv).startsWith("Claim,Version,Payer,Date of service,Status,Charge,Balance");
      assertThat(csv)
          .contains(
              String.join(
                  ",",
                  String.valueOf(denied.id()),
                  "1",
                  payer,
                  denied.dateOfService().toString(),
                  "DENIED",
                  csvNumber(denied.charge()),
                  csvNumber(denied.charge())));
      b.driver
          .findElement(By.cssSelector("#drill-table a[href='#/claim/" + denied.id() + "']"))
          .click();
      b.waitUntil(d -> d.getCurrentUrl().endsWith("#/claim/" + denied.id()));
      b.waitFor(By.cssSelector("[data-claim-id='" + denied.id() + "']"));

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
      assertThat(b.driver.findElement(By.id("lots-table")).getText())
          .contains(data.lotShortBilled)
          .contains(data.lotExpired);
      b.fullPageScreenshot("inventory");
      // the finding drills down to its lot
      b.driver
          .findElement(By.cssSelector("#finding-table a.drill-link[data-key='" + lotId + "']"))
          .click();
      assertThat(b.waitFor(By.cssSelector("#lot-drill #lot-table")).getText())
          .contains(data.lotShortBilled);
      b.driver.findElement(By.id("lots-table-csv")).click();
      String lots = downloaded(b, dir, "inventory-lots.csv");
      assertThat(lots).startsWith("Lot ID,NDC,HCPCS,Lot,Expiry,Source");
      assertThat(lots).contains(data.lotShortBilled);
      try (Stream<Path> files = Files.list(dir)) {
        files.forEach(p -> p.toFile().delete());
      }
    }
  }

  /** A rate as the page shows it. */
  static String percent(JsonNode rate) {
    return String.format(Locale.US, "%.1f %%", rate.asDouble() * 100);
  }
}

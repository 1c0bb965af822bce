package com.infusionbilling.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.infusionbilling.inventory.InventoryService;
import com.infusionbilling.inventory.InventorySource;
import com.infusionbilling.inventory.NewReceipt;
import com.infusionbilling.security.Roles;
import com.infusionbilling.security.UserAccounts;
import com.infusionbilling.testing.RevenueCycleHistory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The CSV export of the report tables neutralises formulas (OWASP "CSV Injection"): a supplier's
 * invoice number received as text starting with =, +, - or @ downloads with a leading single quote
 * and quoted, so a spreadsheet shows it as text instead of running it; an invoice number that is a
 * plain number stays as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CsvInjectionBrowserTest {
  static final String PASSWORD = "browser-pass";

  @LocalServerPort int port;
  @Autowired UserAccounts accounts;
  @Autowired InventoryService inventory;

  @Test
  void formulasInExportedCellsAreNeutralisedAndPlainNumbersAreNot() throws Exception {
    accounts.createIfAbsent(
        "browser-morgan-csv", "Morgan", PASSWORD, Set.of(Roles.MANAGER), Set.of());
    String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<String> invoices =
        List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "@SUM(1+1)", "+1+1", "-2+3", "-12.50");
    for (int i = 0; i < invoices.size(); i++) {
      inventory.receive(
          List.of(
              new NewReceipt(
                  RevenueCycleHistory.REMICADE,
                  "CSV-" + tag + "-" + i,
                  today.plusMonths(6),
                  BigDecimal.ONE,
                  new BigDecimal("10.00"),
                  invoices.get(i),
                  today,
                  InventorySource.BUY_AND_BILL)),
          false,
          "csv-test");
    }

    try (Browser b = new Browser(port)) {
      b.login("browser-morgan-csv", PASSWORD);
      Path dir = RevenueAndInventoryBrowserTest.downloads(b);
      b.open("/#/inventory");
      b.waitFor(By.id("inventory-page"));
      b.driver.findElement(By.id("lots-table-csv")).click();
      String csv = RevenueAndInventoryBrowserTest.downloaded(b, dir, "inventory-lots.csv");
      assertThat(row(csv, tag, 0))
          .endsWith(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"");
      assertThat(row(csv, tag, 1)).endsWith(",\"'@SUM(1+1)\"");
      assertThat(row(csv, tag, 2)).endsWith(",\"'+1+1\"");
      assertThat(row(csv, tag, 3)).endsWith(",\"'-2+3\"");
      // a plain number stays a number, and so do the numeric columns
      assertThat(row(csv, tag, 4)).endsWith(",-12.50");
    }
  }

  /** The CSV line of this test's {@code i}-th lot. */
  static String row(String csv, String tag, int i) {
    return csv.lines()
        .filter(l -> l.contains(",CSV-" + tag + "-" + i + ","))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for lot " + i + " in " + csv));
  }
}

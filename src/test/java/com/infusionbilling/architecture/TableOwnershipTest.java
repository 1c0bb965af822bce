package com.infusionbilling.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.core.support.AbstractRepositoryMetadata;

/**
 * Package by aggregate: every table has exactly one owning package, and only that package (and its
 * sub-packages) issues SQL or JPA queries against it. Other packages read through the owner's query
 * API ({@code EpisodeQueries}, {@code IntakeQueries}, {@code AuthorizationQueries}, {@code
 * ReferenceDataService} ...). Checked three ways over {@code src/main}:
 *
 * <ul>
 *   <li>SQL written in string literals ({@code FROM}, {@code JOIN}, {@code INTO}, {@code UPDATE}
 *       followed by a table, in {@code JdbcTemplate}/{@code JdbcClient} code) and JPQL naming an
 *       entity;
 *   <li>JPA entities live in the package that owns their table;
 *   <li>a Spring Data repository lives in, and is used only by, the package that owns its entity's
 *       table.
 * </ul>
 *
 * <p><b>Adding a table?</b> Add it to {@link #OWNERS} with the package that creates and writes it
 * (the test also fails for a table created by a migration that has no owner here).
 */
class TableOwnershipTest {

  static final String BASE = "com.infusionbilling";

  /** Table → owning package (relative to com.infusionbilling). rt_* belongs to the runtime. */
  static final Map<String, String> OWNERS =
      Map.ofEntries(
          // intake: referral, patient, prescriber and coverage
          Map.entry("patient", "intake"),
          Map.entry("prescriber", "intake"),
          Map.entry("coverage", "intake"),
          // the episode and its therapy order
          Map.entry("episode", "episode"),
          Map.entry("therapy_order", "episode"),
          Map.entry("episode_timeline", "episode"),
          Map.entry("benefit_verification", "verification"),
          Map.entry("authorization_request", "authorization"),
          Map.entry("payer_authorization", "authorization"),
          // visits, their documentation, coding and dispenses
          Map.entry("visit", "visit"),
          Map.entry("administration_record", "visit"),
          Map.entry("administration_drug", "visit"),
          Map.entry("administration_container", "visit"),
          Map.entry("administration_entry", "visit"),
          Map.entry("visit_coding", "visit"),
          Map.entry("visit_coding_line", "visit"),
          Map.entry("visit_coding_edit", "visit"),
          Map.entry("visit_dispense", "visit"),
          Map.entry("claim", "claim"),
          Map.entry("claim_line", "claim"),
          Map.entry("claim_status_history", "claim"),
          Map.entry("claim_ack", "claim"),
          Map.entry("denial", "denial"),
          Map.entry("appeal", "denial"),
          Map.entry("appeal_letter", "denial"),
          Map.entry("write_off", "denial"),
          Map.entry("remittance", "remittance"),
          Map.entry("remittance_claim", "remittance"),
          Map.entry("remittance_line", "remittance"),
          Map.entry("adjustment", "remittance"),
          Map.entry("remark", "remittance"),
          Map.entry("plb_adjustment", "remittance"),
          Map.entry("patient_responsibility", "remittance"),
          Map.entry("secondary_settlement", "remittance"),
          Map.entry("adjustment_code", "remittance"),
          // billing reference data (billing/reference and its importers)
          Map.entry("billing_drug", "billing.reference"),
          Map.entry("billing_ndc_package", "billing.reference"),
          Map.entry("billing_payer", "billing.reference"),
          Map.entry("billing_payer_rate", "billing.reference"),
          Map.entry("billing_asp_price", "billing.reference"),
          Map.entry("billing_mue", "billing.reference"),
          Map.entry("billing_ncci_ptp", "billing.reference"),
          Map.entry("billing_import", "billing.reference"),
          Map.entry("billing_opps_status", "billing.reference"),
          Map.entry("billing_lcd_diagnosis", "billing.reference"),
          Map.entry("chargemaster", "billing.reference"),
          Map.entry("edi_control_number", "edi"),
          Map.entry("clearinghouse_inbound_file", "clearinghouse"),
          Map.entry("clearinghouse_outbound_batch", "clearinghouse"),
          Map.entry("clearinghouse_outbound_message", "clearinghouse"),
          Map.entry("clearinghouse_alert", "clearinghouse"),
          Map.entry("clearinghouse_sandbox_intake", "clearinghouse.sandbox"),
          Map.entry("clearinghouse_sandbox_pending", "clearinghouse.sandbox"),
          Map.entry("clearinghouse_sandbox_deductible", "clearinghouse.sandbox"),
          Map.entry("app_user", "security"),
          Map.entry("app_user_role", "security"),
          Map.entry("app_user_group", "security"),
          Map.entry("app_login_throttle", "security"),
          Map.entry("audit_event", "audit"),
          Map.entry("dash_task_snapshot", "dashboard"),
          Map.entry("dash_task_snapshot_group", "dashboard"),
          Map.entry("process_start", "process"),
          // drug inventory and its reconciliations
          Map.entry("inventory_lot", "inventory"),
          Map.entry("inventory_movement", "inventory"),
          Map.entry("inventory_reconciliation", "inventory"),
          Map.entry("inventory_finding", "inventory"),
          // the revenue-cycle reports' per-claim summary (V5_60, kept by reports.ReportClaims)
          Map.entry("report_claim", "reports"),
          Map.entry("report_claim_drug", "reports"),
          Map.entry("report_claim_change", "reports"),
          Map.entry("report_claim_lock", "reports"));

  /**
   * Report views (V4_61) → the package that publishes them. A view is its owner's published read
   * contract over its own tables, like its query class: any package may read it (the revenue-cycle
   * reports join them in SQL), and the owner keeps its columns when it changes the tables behind.
   */
  static final Map<String, String> REPORT_VIEWS =
      Map.ofEntries(
          Map.entry("claim_report", "claim"),
          Map.entry("claim_version_report", "claim"),
          Map.entry("claim_line_report", "claim"),
          Map.entry("remittance_claim_report", "remittance"),
          Map.entry("remittance_line_report", "remittance"),
          Map.entry("adjustment_report", "remittance"),
          Map.entry("carc_text_report", "remittance"),
          Map.entry("denial_report", "denial"),
          Map.entry("appeal_report", "denial"),
          Map.entry("write_off_report", "denial"),
          Map.entry("inventory_dispense_report", "inventory"));

  static final Pattern CREATE_VIEW =
      Pattern.compile("(?i)create\\s+(?:or\\s+replace\\s+)?view\\s+`?([a-z][a-z0-9_]*)`?");

  /** Words after FROM/JOIN/INTO/UPDATE that are not tables. */
  static final Set<String> NOT_TABLES = Set.of("dual", "information_schema");

  static final Pattern STRING_LITERAL =
      Pattern.compile("\"\"\"([\\s\\S]*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
  static final Pattern SQL_TABLE =
      Pattern.compile("\\b(?:FROM|JOIN|INTO|(?<!KEY |FOR )UPDATE|TABLE)\\s+([a-z][a-z0-9_]*)\\b");
  static final Pattern JPQL_ENTITY =
      Pattern.compile("\\b(?:FROM|JOIN|UPDATE|from|join|update)\\s+([A-Z][A-Za-z0-9]*)\\b");
  static final Pattern CREATE_TABLE =
      Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?`?([a-z][a-z0-9_]*)`?");

  static JavaClasses classes;
  static final Map<String, String> entityTables = new TreeMap<>(); // entity simple name → table

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);
    for (JavaClass c : classes) {
      if (c.isAnnotatedWith(Entity.class)) {
        entityTables.put(c.getSimpleName(), tableOf(c.reflect()));
      }
    }
  }

  @Test
  void everyTableOfAMigrationHasAnOwner() throws IOException {
    List<String> unowned = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources/db/migration"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
        Matcher m = CREATE_TABLE.matcher(Files.readString(file));
        while (m.find()) {
          if (owner(m.group(1)) == null) {
            unowned.add(m.group(1) + " (created in " + file.getFileName() + ")");
          }
        }
      }
    }
    assertThat(unowned)
        .as(
            "tables without an owner: add each to TableOwnershipTest.OWNERS with the package that"
                + " creates and writes it")
        .isEmpty();
  }

  @Test
  void everyViewOfAMigrationIsAPublishedReportView() throws IOException {
    List<String> unowned = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources/db/migration"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
        Matcher m = CREATE_VIEW.matcher(Files.readString(file));
        while (m.find()) {
          if (!REPORT_VIEWS.containsKey(m.group(1))) {
            unowned.add(m.group(1) + " (created in " + file.getFileName() + ")");
          }
        }
      }
    }
    assertThat(unowned)
        .as("views without an owner: add each to TableOwnershipTest.REPORT_VIEWS")
        .isEmpty();
  }

  @Test
  void sqlInStringsTouchesOnlyTheTablesOfItsOwnPackage() throws IOException {
    List<String> violations = new ArrayList<>();
    Path root = Path.of("src/main/java");
    try (Stream<Path> files = Files.walk(root.resolve(BASE.replace('.', '/')))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String pkg = root.relativize(file.getParent()).toString().replace('/', '.');
        String strings = literals(Files.readString(file));
        Set<String> tables = new TreeSet<>();
        Matcher sql = SQL_TABLE.matcher(strings);
        while (sql.find()) {
          if (!NOT_TABLES.contains(sql.group(1))) {
            tables.add(sql.group(1));
          }
        }
        Matcher jpql = JPQL_ENTITY.matcher(strings);
        while (jpql.find()) {
          String table = entityTables.get(jpql.group(1));
          if (table != null) {
            tables.add(table);
          }
        }
        for (String table : tables) {
          String problem = check(pkg, table);
          if (problem != null) {
            violations.add(root.relativize(file) + ": " + problem);
          }
        }
      }
    }
    assertThat(violations).as("SQL against another package's table").isEmpty();
  }

  @Test
  void entitiesLiveInThePackageThatOwnsTheirTable() {
    List<String> violations = new ArrayList<>();
    for (JavaClass c : classes) {
      if (c.isAnnotatedWith(Entity.class)) {
        String problem = check(c.getPackageName(), tableOf(c.reflect()));
        if (problem != null) {
          violations.add(c.getName() + ": " + problem);
        }
      }
    }
    assertThat(violations).as("entities outside their table's package").isEmpty();
  }

  @Test
  void repositoriesAreUsedOnlyByThePackageThatOwnsTheirTable() {
    List<String> violations = new ArrayList<>();
    for (JavaClass repo : classes) {
      if (!repo.isInterface() || !repo.isAssignableTo(Repository.class)) {
        continue;
      }
      Class<?> domain = AbstractRepositoryMetadata.getMetadata(repo.reflect()).getDomainType();
      String table = tableOf(domain);
      String problem = check(repo.getPackageName(), table);
      if (problem != null) {
        violations.add(repo.getName() + ": " + problem);
      }
      Map<String, String> users = new HashMap<>();
      for (Dependency d : repo.getDirectDependenciesToSelf()) {
        JavaClass user = d.getOriginClass();
        String usage = check(user.getPackageName(), table);
        if (usage != null) {
          users.putIfAbsent(user.getName(), "uses " + repo.getSimpleName() + ", so it " + usage);
        }
      }
      users.forEach((user, text) -> violations.add(user + ": " + text));
    }
    assertThat(violations).as("repositories used outside their table's package").isEmpty();
  }

  /** Null when {@code pkg} may query {@code table}, else what is wrong and how to fix it. */
  static String check(String pkg, String table) {
    if (REPORT_VIEWS.containsKey(table)) {
      return null;
    }
    String owner = owner(table);
    if (owner == null) {
      return "queries table "
          + table
          + ", which has no owner: add it to TableOwnershipTest.OWNERS with the package that"
          + " creates and writes it";
    }
    if (pkg.equals(owner) || pkg.startsWith(owner + ".")) {
      return null;
    }
    return "queries table "
        + table
        + " owned by "
        + owner
        + ": read or change it through "
        + owner
        + "'s service or query API instead";
  }

  static String owner(String table) {
    if (table.startsWith("rt_")) {
      return BASE + ".runtime";
    }
    String owner = OWNERS.get(table);
    return owner == null ? null : BASE + "." + owner;
  }

  static String tableOf(Class<?> entity) {
    Table table = entity.getAnnotation(Table.class);
    if (table != null && !table.name().isEmpty()) {
      return table.name().toLowerCase();
    }
    return entity.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
  }

  /** The file's string literals and text blocks, joined (so "... FROM " + "x" reads on). */
  static String literals(String source) {
    StringBuilder out = new StringBuilder();
    Matcher m = STRING_LITERAL.matcher(source.replaceAll("(?m)^\\s*//.*$", ""));
    while (m.find()) {
      out.append(m.group(1) != null ? m.group(1) : m.group(2)).append(' ');
    }
    return out.toString();
  }
}

package com.infusionbilling.worklist;

import com.infusionbilling.InfusionBillingApplication;
import com.infusionbilling.dashboard.DashboardService;
import com.infusionbilling.dashboard.TaskSnapshot;
import com.infusionbilling.security.CurrentUser;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Worklist and dashboard speed with a realistic backlog (docs/benchmarks.md): starts the
 * application on an in-memory H2 database with its embedded runtime, seeds N open user tasks
 * through the v2 API (default 10,000, spread over the candidate groups, due dates a month either
 * side) and E therapy episodes with authorizations in the lifecycle tables (default 5,000), then
 * times the worklist's first page (the v2 search through CamundaClient, as a coordinator and as a
 * manager), the snapshot refresh, and the dashboard's SQL aggregation. Prints p50/p95/max; asserts
 * nothing.
 */
public final class WorklistBenchmark {
  public static void main(String[] args) throws Exception {
    int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int episodes = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    try (ConfigurableApplicationContext ctx = start("target/worklist-benchmark")) {
      CamundaClient camunda = ctx.getBean(CamundaClient.class);
      JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
      camunda
          .newDeployResourceCommand()
          .addProcessModel(
              Bpmn.createExecutableProcess("BenefitVerification")
                  .startEvent()
                  .userTask(
                      "Task_VerifyByPhone",
                      t ->
                          t.name("Verify benefits by phone")
                              .zeebeUserTask()
                              .zeebeCandidateGroupsExpression("groups")
                              .zeebeDueDateExpression("due")
                              .zeebeTaskPriorityExpression("priority"))
                  .endEvent()
                  .done(),
              "BenefitVerification.bpmn")
          .send()
          .join();
      long t0 = System.nanoTime();
      seedEpisodes(jdbc, episodes);
      System.out.printf("seeded %d episodes in %.1f s%n", episodes, secs(t0));
      // each task names one of them, as lifecycle tasks do: the rows show its patient, drug, payer
      long firstEpisode =
          jdbc.queryForObject(
              "SELECT MIN(id) FROM episode WHERE referral_id LIKE 'BENCH-R-%'", Long.class);
      t0 = System.nanoTime();
      String[] groups = {"intake", "authorization", "billing"};
      Semaphore inFlight = new Semaphore(32);
      List<CompletableFuture<?>> all = new ArrayList<>();
      for (int i = 0; i < tasks; i++) {
        inFlight.acquire();
        var vars =
            Map.<String, Object>of(
                "groups",
                List.of(groups[i % 3]),
                "due",
                OffsetDateTime.now().plusHours((i % 1440) - 720).toString(),
                "priority",
                i % 100,
                "episodeId",
                firstEpisode + (i % Math.max(1, episodes)),
                "payerId",
                "COMMERCIAL_ACME");
        all.add(
            camunda
                .newCreateInstanceCommand()
                .bpmnProcessId("BenefitVerification")
                .latestVersion()
                .variables(vars)
                .send()
                .toCompletableFuture()
                .whenComplete((r, e) -> inFlight.release()));
      }
      CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
      System.out.printf("seeded %d instances with a user task in %.1f s%n", tasks, secs(t0));

      TaskSnapshot snapshot = ctx.getBean(TaskSnapshot.class);
      t0 = System.nanoTime();
      int open = snapshot.refresh();
      System.out.printf("snapshot refresh: %d open tasks paged in %.2f s%n", open, secs(t0));

      WorklistService worklist = ctx.getBean(WorklistService.class);
      var coordinator =
          new CurrentUser("bench-coordinator", Set.of("COORDINATOR"), Set.of("intake"));
      var manager = new CurrentUser("bench-manager", Set.of("MANAGER"), Set.of());
      report(
          "worklist first page, coordinator, group view (25 of ~" + tasks / 3 + ")",
          rounds,
          () ->
              worklist.list(
                  coordinator,
                  new WorklistService.Query(
                      WorklistService.View.GROUP, null, null, null, null, null, 0, 25)));
      report(
          "worklist first page, manager, all tasks (25 of " + tasks + ")",
          rounds,
          () ->
              worklist.list(
                  manager,
                  new WorklistService.Query(
                      WorklistService.View.ALL,
                      null,
                      null,
                      null,
                      null,
                      WorklistService.Sort.PRIORITY,
                      0,
                      25)));
      DashboardService dashboard = ctx.getBean(DashboardService.class);
      report("dashboard (all panels)", Math.max(10, rounds / 2), dashboard::dashboard);
    }
  }

  /**
   * The application on an in-memory H2 database with its embedded runtime on free ports, no
   * deployment, no clearinghouse polling or sandbox, files under {@code dir} (also used by
   * reports.ReportsBenchmark).
   */
  public static ConfigurableApplicationContext start(String dir) throws java.io.IOException {
    return start(dir, "");
  }

  /** {@link #start(String)} with more H2 settings appended to the URL ({@code ;NAME=VALUE}). */
  public static ConfigurableApplicationContext start(String dir, String h2Settings)
      throws java.io.IOException {
    return startOn(
        dir,
        "jdbc:h2:mem:bench;MODE=MySQL;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE"
            + h2Settings,
        "sa");
  }

  /** {@link #start(String)} on the database at {@code url} (user {@code user}, no password). */
  public static ConfigurableApplicationContext startOn(String dir, String url, String user)
      throws java.io.IOException {
    SpringApplication app = new SpringApplication(InfusionBillingApplication.class);
    System.setProperty("spring.datasource.username", user);
    System.setProperty("spring.datasource.password", "");
    Map.of(
            "spring.datasource.url",
            url,
            "server.port",
            "0",
            // free ports, so the benchmark runs beside the tests' runtime and the app; the app's
            // client follows them (EmbeddedRuntimeClientAddress)
            "runtime.embedded.rest-port",
            String.valueOf(freePort()),
            "runtime.embedded.grpc-port",
            String.valueOf(freePort()),
            "dashboard.sync-enabled",
            "false",
            "clearinghouse.poll.enabled",
            "false",
            "clearinghouse.local.base-dir",
            dir + "/mailbox",
            "camunda.client.deployment.enabled",
            "false",
            "clearinghouse.sandbox.enabled",
            "false",
            // the seeded visits are history: nothing announces them to a process while timing
            "lifecycle.visits.start-retry.enabled",
            "false")
        .forEach(System::setProperty);
    // the runtime's generated password goes under target/, not the project's ./data
    System.setProperty("runtime.embedded.auth.secret-file", dir + "/embedded-runtime.secret");
    return app.run();
  }

  public static double secs(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  public static void report(String what, int rounds, Runnable call) {
    for (int i = 0; i < 5; i++) {
      call.run();
    }
    double[] ms = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      long t = System.nanoTime();
      call.run();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    System.out.printf(
        "%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d calls)%n",
        what, ms[rounds / 2], ms[(int) Math.ceil(rounds * 0.95) - 1], ms[rounds - 1], rounds);
  }

  /** Episodes with patient, coverage, order and an approved authorization (IDs, synthetic data). */
  public static void seedEpisodes(JdbcTemplate jdbc, int n) {
    jdbc.update(
        "INSERT INTO prescriber (npi, first_name, last_name) VALUES ('1999999984', 'Bench', 'Prescriber')");
    long prescriber =
        jdbc.queryForObject("SELECT id FROM prescriber WHERE npi = '1999999984'", Long.class);
    Timestamp now = Timestamp.from(Instant.now());
    LocalDate today = LocalDate.now();
    for (int i = 0; i < n; i++) {
      jdbc.update(
          "INSERT INTO patient (mrn, first_name, last_name, date_of_birth, sex, address_line1, city,"
              + " state, postal_code, created_at) VALUES (?, 'Bench', ?, '1970-01-01', 'F', '1 Main St',"
              + " 'Springfield', 'IL', '62701', ?)",
          "BENCH-" + i,
          "Patient" + i,
          now);
      long patient =
          jdbc.queryForObject("SELECT id FROM patient WHERE mrn = ?", Long.class, "BENCH-" + i);
      jdbc.update(
          "INSERT INTO coverage (patient_id, payer_id, member_id, effective_from, benefit_type,"
              + " created_at) VALUES (?, 'COMMERCIAL_ACME', ?, '2026-01-01', 'MEDICAL', ?)",
          patient,
          "M" + i,
          now);
      long coverage = jdbc.queryForObject("SELECT MAX(id) FROM coverage", Long.class);
      jdbc.update(
          "INSERT INTO episode (referral_id, patient_id, prescriber_id, coverage_id, status,"
              + " received_at, updated_at) VALUES (?, ?, ?, ?, 'ACTIVE', ?, ?)",
          "BENCH-R-" + i,
          patient,
          prescriber,
          coverage,
          now,
          now);
      long episode = jdbc.queryForObject("SELECT MAX(id) FROM episode", Long.class);
      jdbc.update(
          "INSERT INTO therapy_order (episode_id, hcpcs, dose_basis, dose_amount, dose_unit,"
              + " frequency, interval_days, number_of_doses, diagnosis_codes, site_of_care, start_date)"
              + " VALUES (?, 'J1745', 'FIXED', 400, 'MG', 'every 8 weeks', 56, 6, 'K50.90', 'OFFICE', ?)",
          episode,
          Date.valueOf(today));
      jdbc.update(
          "INSERT INTO authorization_request (episode_id, process_instance_key, request_type, status,"
              + " created_at) VALUES (?, ?, 'INITIAL', 'DECIDED', ?)",
          episode,
          9_000_000L + i,
          now);
      long request = jdbc.queryForObject("SELECT MAX(id) FROM authorization_request", Long.class);
      jdbc.update(
          "INSERT INTO payer_authorization (episode_id, request_id, payer_id, authorization_number,"
              + " status, hcpcs, basis, approved_quantity, used_quantity, valid_from, valid_to,"
              + " site_of_care, created_at, updated_at) VALUES (?, ?, 'COMMERCIAL_ACME', ?, 'APPROVED',"
              + " 'J1745', 'UNITS', 240, ?, ?, ?, 'OFFICE', ?, ?)",
          episode,
          request,
          "AUTH" + i,
          i % 200,
          Date.valueOf(today.minusDays(100)),
          Date.valueOf(today.plusDays(i % 120)),
          now,
          now);
    }
  }

  static int freePort() throws java.io.IOException {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}

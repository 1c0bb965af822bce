package com.infusionbilling.runtime.benchmark;

import com.infusionbilling.runtime.EmbeddedRuntime;
import com.infusionbilling.runtime.RuntimeProperties;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

/**
 * Search latency against a growing history: the worklist's user-task search (state CREATED,
 * candidate group, sorted by creation date, page 25) and a process-instance search filtered by a
 * variable value, measured through the stock Camunda client (REST) after a warm-up, while the
 * runtime holds N completed process instances.
 *
 * <p>The history is seeded by bulk SQL: one real instance of the benchmark process is run to
 * completion through the client (start event, user task with candidate group {@code billing},
 * completed, end event, variable {@code episodeId}); its rows in {@code rt_process_instance},
 * {@code rt_element_instance}, {@code rt_variable}, {@code rt_user_task} and {@code
 * rt_user_task_candidate} are then copied in batches with every instance key shifted into a key
 * range far above the runtime's key generator (so every column is filled exactly as the runtime
 * fills it) and {@code episodeId} set to {@code "EP-<n>"}. A few hundred OPEN user tasks are
 * created for real through the client. For each size of {@code --sizes} (ascending) it tops the
 * history up and prints p50/p95/p99/max of both searches. It asserts nothing.
 *
 * <p>{@code --db mariadb} recreates {@code ibw_search_bench} on 127.0.0.1:3306 (root, empty
 * password) unless {@code --jdbc-url} is given (that database is used as it is); {@code --db h2}
 * uses a fresh H2 file database.
 */
public final class SearchHistoryBenchmark {
  private static final String PROCESS_ID = "SearchHistoryBenchmark";
  private static final String GROUP = "billing";
  private static final long KEY_OFFSET = 100_000_000_000_000L;
  private static final int CHUNK = 5_000;

  /** Each search's warm-up, and its samples beyond the first 20, stop after this time. */
  private static final long BUDGET_NANOS = 60_000_000_000L;

  private static final List<String> TABLES =
      List.of("rt_process_instance", "rt_element_instance", "rt_variable", "rt_user_task");

  private SearchHistoryBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = RuntimeBenchmark.parse(args);
    int[] sizes =
        Arrays.stream(options.getOrDefault("sizes", "10000,100000,1000000").split(","))
            .mapToInt(s -> Integer.parseInt(s.trim()))
            .sorted()
            .toArray();
    int open = Integer.parseInt(options.getOrDefault("open", "300"));
    int warmup = Integer.parseInt(options.getOrDefault("warmup", "200"));
    int samples = Integer.parseInt(options.getOrDefault("samples", "500"));
    String db = options.getOrDefault("db", "h2");
    String url = options.get("jdbc-url");
    String user = db.equals("mariadb") ? "root" : "sa";
    if (url == null) {
      if (db.equals("mariadb")) {
        url =
            "jdbc:mysql://127.0.0.1:3306/ibw_search_bench?useSSL=false"
                + "&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true"
                + "&createDatabaseIfNotExist=true";
        RuntimeBenchmark.recreateMariaDb("ibw_search_bench");
      } else {
        Path dir = Files.createTempDirectory("search-bench");
        url =
            "jdbc:h2:file:"
                + dir.resolve("bench")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";
      }
    }
    RuntimeProperties properties =
        new RuntimeProperties(0, 0, null, "127.0.0.1", url, user, "", null, null, 8);
    try (EmbeddedRuntime runtime = EmbeddedRuntime.start(properties);
        CamundaClient client =
            CamundaClient.newClientBuilder()
                .restAddress(runtime.restAddress())
                .grpcAddress(runtime.grpcAddress())
                .preferRestOverGrpc(true)
                .build();
        Connection jdbc = DriverManager.getConnection(url, user, "")) {
      System.out.printf(
          "search history benchmark: db=%s open user tasks=%d samples=%d (after %d warm-up)%n",
          db, open, samples, warmup);
      long template = seedTemplate(client);
      createOpenTasks(client, open);
      Cloner cloner = new Cloner(jdbc, template);
      System.out.println(
          "completed instances | seeding s | user-task search p50/p95/p99/max ms"
              + " | instance-by-variable search p50/p95/p99/max ms (samples)");
      int seeded = 1;
      for (int size : sizes) {
        long start = System.nanoTime();
        cloner.copy(seeded, size);
        seeded = Math.max(seeded, size);
        double seedSeconds = (System.nanoTime() - start) / 1e9;
        int target = seeded;
        Supplier<Object> worklist =
            () ->
                client
                    .newUserTaskSearchRequest()
                    .filter(f -> f.state(UserTaskState.CREATED).candidateGroup(GROUP))
                    .sort(s -> s.creationDate().desc())
                    .page(p -> p.limit(25))
                    .send()
                    .join();
        int[] counter = {0};
        Supplier<Object> byVariable =
            () -> {
              int n = 1 + (counter[0]++ * 7919) % Math.max(1, target - 1);
              return client
                  .newProcessInstanceSearchRequest()
                  .filter(f -> f.variables(Map.of("episodeId", "\"EP-" + n + "\"")))
                  .page(p -> p.limit(25))
                  .send()
                  .join();
            };
        Histogram tasks = time(worklist, warmup, samples);
        Histogram instances = time(byVariable, warmup, samples);
        System.out.printf(
            "%,19d | %9.1f | %s | %s%n", size, seedSeconds, figures(tasks), figures(instances));
      }
      check(client);
    }
  }

  /** Runs one instance to completion; returns its key, the template of the seeded history. */
  private static long seedTemplate(CamundaClient client) throws InterruptedException {
    client
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess(PROCESS_ID)
                .startEvent("Start")
                .userTask("Review", t -> t.zeebeUserTask().zeebeCandidateGroups(GROUP))
                .endEvent("End")
                .done(),
            PROCESS_ID + ".bpmn")
        .send()
        .join();
    long key =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(PROCESS_ID)
            .latestVersion()
            .variables(Map.of("episodeId", "EP-0"))
            .send()
            .join()
            .getProcessInstanceKey();
    UserTask task = null;
    for (int i = 0; i < 200 && task == null; i++) {
      task =
          client
              .newUserTaskSearchRequest()
              .filter(f -> f.processInstanceKey(key))
              .send()
              .join()
              .items()
              .stream()
              .findFirst()
              .orElse(null);
      if (task == null) {
        Thread.sleep(50);
      }
    }
    if (task == null) {
      throw new IllegalStateException("the template instance has no user task");
    }
    client.newCompleteUserTaskCommand(task.getUserTaskKey()).send().join();
    for (int i = 0; i < 200; i++) {
      boolean completed =
          client
              .newProcessInstanceSearchRequest()
              .filter(f -> f.processInstanceKey(key))
              .send()
              .join()
              .items()
              .stream()
              .anyMatch(p -> p.getState() == ProcessInstanceState.COMPLETED);
      if (completed) {
        return key;
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("the template instance did not complete");
  }

  private static void createOpenTasks(CamundaClient client, int open) {
    List<CompletableFuture<?>> created = new ArrayList<>();
    for (int i = 0; i < open; i++) {
      created.add(
          client
              .newCreateInstanceCommand()
              .bpmnProcessId(PROCESS_ID)
              .latestVersion()
              .variables(Map.of("episodeId", "OPEN-" + i))
              .send()
              .toCompletableFuture());
      if (created.size() >= 32) {
        created.forEach(CompletableFuture::join);
        created.clear();
      }
    }
    created.forEach(CompletableFuture::join);
  }

  /** The searches see the seeded rows: a seeded episode is found, the worklist is full. */
  private static void check(CamundaClient client) {
    long found =
        client
            .newProcessInstanceSearchRequest()
            .filter(f -> f.variables(Map.of("episodeId", "\"EP-1\"")))
            .send()
            .join()
            .items()
            .size();
    long worklist =
        client
            .newUserTaskSearchRequest()
            .filter(f -> f.state(UserTaskState.CREATED).candidateGroup(GROUP))
            .page(p -> p.limit(25))
            .send()
            .join()
            .items()
            .size();
    System.out.printf(
        "check: instances with episodeId \"EP-1\": %d, worklist page: %d tasks%n", found, worklist);
  }

  private static Histogram time(Supplier<Object> search, int warmup, int samples) {
    long deadline = System.nanoTime() + BUDGET_NANOS;
    for (int i = 0; i < warmup && System.nanoTime() < deadline; i++) {
      search.get();
    }
    Histogram histogram = new Histogram(600_000_000L, 3);
    deadline = System.nanoTime() + BUDGET_NANOS;
    for (int i = 0; i < samples && (i < 20 || System.nanoTime() < deadline); i++) {
      long start = System.nanoTime();
      search.get();
      histogram.recordValue((System.nanoTime() - start) / 1000);
    }
    return histogram;
  }

  private static String figures(Histogram h) {
    return String.format(
            "%6.1f %6.1f %6.1f %7.1f",
            h.getValueAtPercentile(50) / 1000.0,
            h.getValueAtPercentile(95) / 1000.0,
            h.getValueAtPercentile(99) / 1000.0,
            h.getMaxValue() / 1000.0)
        + String.format(" (%d)", h.getTotalCount());
  }

  /**
   * Copies the template instance's rows with INSERT ... SELECT, joined to a table of CHUNK numbers:
   * copy n shifts every key of the template by KEY_OFFSET + n * stride (also where a key appears in
   * a path column) and names its episode "EP-n".
   */
  private static final class Cloner {
    private final Connection jdbc;
    private final TreeSet<Long> keys = new TreeSet<>();
    private final List<String> statements = new ArrayList<>();
    private final long stride;

    Cloner(Connection jdbc, long template) throws Exception {
      this.jdbc = jdbc;
      keys.add(template);
      collect(
          "SELECT element_instance_key FROM rt_element_instance WHERE process_instance_key = ?",
          template);
      collect("SELECT variable_key FROM rt_variable WHERE process_instance_key = ?", template);
      collect("SELECT user_task_key FROM rt_user_task WHERE process_instance_key = ?", template);
      stride = keys.last() - keys.first() + 1;
      String in = String.join(",", keys.stream().map(String::valueOf).toList());
      try (Statement st = jdbc.createStatement()) {
        st.execute("DROP TABLE IF EXISTS bench_seq");
        st.execute("CREATE TABLE bench_seq (n BIGINT NOT NULL PRIMARY KEY)");
      }
      try (PreparedStatement ps = jdbc.prepareStatement("INSERT INTO bench_seq VALUES (?)")) {
        for (int i = 0; i < CHUNK; i++) {
          ps.setLong(1, i);
          ps.addBatch();
        }
        ps.executeBatch();
      }
      for (String table : TABLES) {
        statements.add(copyStatement(table, "t.process_instance_key = " + template, in));
      }
      statements.add(
          copyStatement(
              "rt_user_task_candidate",
              "t.user_task_key IN (SELECT user_task_key FROM rt_user_task WHERE process_instance_key = "
                  + template
                  + ")",
              in));
    }

    private void collect(String sql, long template) throws Exception {
      try (PreparedStatement ps = jdbc.prepareStatement(sql)) {
        ps.setLong(1, template);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            keys.add(rs.getLong(1));
          }
        }
      }
    }

    /** Parameters: first copy number (for each shifted column, then the episode name). */
    private String copyStatement(String table, String where, String in) throws Exception {
      List<String> columns = new ArrayList<>();
      List<String> values = new ArrayList<>();
      try (Statement st = jdbc.createStatement();
          ResultSet rs = st.executeQuery("SELECT * FROM " + table + " t WHERE " + where)) {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> texts = new ArrayList<>();
        while (rs.next()) {
          for (int c = 1; c <= meta.getColumnCount(); c++) {
            String text = rs.getString(c);
            if (text != null) {
              texts.add(meta.getColumnName(c).toLowerCase() + "=" + text);
            }
          }
        }
        for (int c = 1; c <= meta.getColumnCount(); c++) {
          String column = meta.getColumnName(c).toLowerCase();
          columns.add(column);
          String shift = "(" + KEY_OFFSET + " + (? + s.n) * " + stride + ")";
          if (meta.getColumnType(c) == Types.BIGINT) {
            values.add(
                "CASE WHEN t."
                    + column
                    + " IN ("
                    + in
                    + ") THEN t."
                    + column
                    + " + "
                    + shift
                    + " ELSE t."
                    + column
                    + " END");
          } else if (column.equals("var_value") || column.equals("value_prefix")) {
            values.add(
                "CASE WHEN t.name = 'episodeId' THEN CONCAT('\"EP-', ? + s.n, '\"') ELSE t."
                    + column
                    + " END");
          } else if (texts.stream()
              .anyMatch(
                  t ->
                      t.startsWith(column + "=")
                          && keys.stream().anyMatch(k -> t.contains(String.valueOf(k))))) {
            String expr = "t." + column;
            for (long key : keys) {
              expr =
                  "REPLACE(" + expr + ", '" + key + "', CONCAT('', " + key + " + " + shift + "))";
            }
            values.add(expr);
          } else {
            values.add("t." + column);
          }
        }
      }
      return "INSERT INTO "
          + table
          + " ("
          + String.join(", ", columns)
          + ") SELECT "
          + String.join(", ", values)
          + " FROM "
          + table
          + " t, bench_seq s WHERE "
          + where
          + " AND s.n < ?";
    }

    /** Adds copies from (inclusive) .. to (exclusive), one transaction per chunk. */
    void copy(int from, int to) throws Exception {
      jdbc.setAutoCommit(false);
      for (int first = from; first < to; first += CHUNK) {
        int count = Math.min(CHUNK, to - first);
        for (String sql : statements) {
          try (PreparedStatement ps = jdbc.prepareStatement(sql)) {
            int marks = (int) sql.chars().filter(ch -> ch == '?').count();
            for (int i = 1; i < marks; i++) {
              ps.setLong(i, first);
            }
            ps.setLong(marks, count);
            ps.executeUpdate();
          }
        }
        jdbc.commit();
      }
      jdbc.setAutoCommit(true);
      try (Statement st = jdbc.createStatement()) {
        for (String table : TABLES) {
          st.execute("ANALYZE TABLE " + table);
        }
      } catch (java.sql.SQLException notSupported) {
        // H2 has no ANALYZE TABLE t; its plans do not need it at these sizes.
      }
    }
  }
}

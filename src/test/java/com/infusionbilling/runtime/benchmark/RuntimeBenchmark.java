package com.infusionbilling.runtime.benchmark;

import com.infusionbilling.runtime.EmbeddedRuntime;
import com.infusionbilling.runtime.RuntimeProperties;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Throughput and latency of the embedded runtime, measured through the stock Camunda client: N
 * instances of a process with three service tasks, with one job worker per task type completing the
 * jobs. It prints completed instances/s, completed tasks/s, and p50/p99 of the time from a job's
 * creation (the client sending the command that creates it) to its activation at a worker.
 *
 * <pre>
 * ./mvnw -q -B test-compile exec:java \
 *   -Dexec.mainClass=com.infusionbilling.runtime.benchmark.RuntimeBenchmark \
 *   -Dexec.args="--instances 5000 --db h2|mariadb --transport grpc|rest"
 * </pre>
 *
 * {@code --count-statements true} (MariaDB only) also prints the statements sent per completed
 * task, by statement, counted by Connector/J's query interceptor {@link StatementCounter}.
 *
 * <p>{@code --db mariadb} uses {@code jdbc:mysql://127.0.0.1:3306/ibw_bench} (root, empty password)
 * unless {@code --jdbc-url} is given; it recreates that database. {@code --db h2} uses a fresh H2
 * file database with durable commits (WRITE_DELAY=0).
 */
public final class RuntimeBenchmark {

  private RuntimeBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = parse(args);
    int instances = Integer.parseInt(options.getOrDefault("instances", "5000"));
    int warmup = Integer.parseInt(options.getOrDefault("warmup", "500"));
    int inFlight = Integer.parseInt(options.getOrDefault("in-flight", "200"));
    String db = options.getOrDefault("db", "h2");
    boolean grpc = !"rest".equals(options.getOrDefault("transport", "grpc"));
    // Job streaming (gRPC StreamActivatedJobs) is how Camunda 8 workers get jobs by default over
    // gRPC; REST has no streams, so workers poll.
    boolean stream = grpc && Boolean.parseBoolean(options.getOrDefault("stream", "true"));
    String url = options.get("jdbc-url");
    String user = "sa";
    if (url == null) {
      if (db.equals("mariadb")) {
        url =
            "jdbc:mysql://127.0.0.1:3306/ibw_bench?useSSL=false&allowPublicKeyRetrieval=true"
                + "&rewriteBatchedStatements=true&createDatabaseIfNotExist=true";
        user = "root";
        recreateMariaDb("ibw_bench");
      } else {
        Path dir = Files.createTempDirectory("runtime-bench");
        url =
            "jdbc:h2:file:"
                + dir.resolve("bench")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;WRITE_DELAY=0";
      }
    }
    if (db.equals("mariadb") && options.containsKey("jdbc-url")) {
      user = "root";
    }
    boolean countStatements =
        Boolean.parseBoolean(options.getOrDefault("count-statements", "false"));
    if (countStatements) {
      if (!db.equals("mariadb")) {
        throw new IllegalArgumentException("--count-statements needs --db mariadb");
      }
      url += "&queryInterceptors=" + StatementCounter.class.getName();
    }

    RuntimeProperties properties =
        new RuntimeProperties(0, 0, null, "127.0.0.1", url, user, "", null, null, 32);
    try (EmbeddedRuntime runtime = EmbeddedRuntime.start(properties);
        CamundaClient client =
            CamundaClient.newClientBuilder()
                .restAddress(runtime.restAddress())
                .grpcAddress(runtime.grpcAddress())
                .preferRestOverGrpc(!grpc)
                .numJobWorkerExecutionThreads(4)
                .defaultJobWorkerMaxJobsActive(64)
                .defaultJobPollInterval(Duration.ofMillis(100))
                .build()) {
      System.out.printf(
          "embedded runtime benchmark: db=%s transport=%s%s instances=%d (after %d warm-up)%n",
          db, grpc ? "gRPC" : "REST", stream ? " (job streaming)" : "", instances, warmup);
      run(client, warmup, inFlight, false, stream);
      StatementCounter.reset();
      Result result = run(client, instances, inFlight, true, stream);
      System.out.printf(
          "completed instances/s: %.0f%ncompleted tasks/s:     %.0f%n"
              + "job latency creation->activation, from the creating command's response (lower"
              + " bound): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n"
              + "job latency creation->activation, from the creating command's send (upper"
              + " bound): p50 %.1f ms, p99 %.1f ms, max %.1f ms%n"
              + "elapsed: %.1f s%n",
          result.instancesPerSecond(),
          result.tasksPerSecond(),
          result.latency().getValueAtPercentile(50) / 1000.0,
          result.latency().getValueAtPercentile(99) / 1000.0,
          result.latency().getMaxValue() / 1000.0,
          result.latencyFromSend().getValueAtPercentile(50) / 1000.0,
          result.latencyFromSend().getValueAtPercentile(99) / 1000.0,
          result.latencyFromSend().getMaxValue() / 1000.0,
          result.seconds());
      if (countStatements) {
        long tasks = Math.round(result.tasksPerSecond() * result.seconds());
        System.out.printf(
            "statements per completed task: %.2f (incl. commits; the most frequent:)%n%s",
            StatementCounter.total() / (double) tasks, StatementCounter.report(tasks, 20));
      }
    }
  }

  record Result(
      double seconds,
      double instancesPerSecond,
      double tasksPerSecond,
      Histogram latency,
      Histogram latencyFromSend) {}

  private static Result run(
      CamundaClient client, int instances, int inFlight, boolean measure, boolean stream)
      throws InterruptedException {
    // Each run has its own process and job types, so workers of an earlier run never see its jobs.
    String run = measure ? "measured" : "warmup";
    String processId = "Benchmark_" + run;
    String[] types = {"bench-a-" + run, "bench-b-" + run, "bench-c-" + run};
    client
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess(processId)
                .startEvent()
                .serviceTask("Task_A", t -> t.zeebeJobType(types[0]))
                .serviceTask("Task_B", t -> t.zeebeJobType(types[1]))
                .serviceTask("Task_C", t -> t.zeebeJobType(types[2]))
                .endEvent()
                .done(),
            processId + ".bpmn")
        .send()
        .join();
    JobLatency latency = new JobLatency();
    CountDownLatch done = new CountDownLatch(instances);
    Semaphore window = new Semaphore(inFlight);
    AtomicLong tasks = new AtomicLong();
    List<JobWorker> workers = new ArrayList<>();
    for (int i = 0; i < types.length; i++) {
      boolean last = i == types.length - 1;
      workers.add(
          client
              .newWorker()
              .jobType(types[i])
              .handler(
                  (jobClient, job) -> {
                    long instance = job.getProcessInstanceKey();
                    latency.arrived(instance, System.nanoTime());
                    long sent = System.nanoTime();
                    jobClient
                        .newCompleteCommand(job)
                        .send()
                        .whenComplete(
                            (ok, error) -> {
                              if (error != null) {
                                System.err.println("completion failed: " + error);
                                return;
                              }
                              tasks.incrementAndGet();
                              if (!last) {
                                latency.command(instance, sent, System.nanoTime());
                              } else {
                                window.release();
                                done.countDown();
                              }
                            });
                  })
              .maxJobsActive(64)
              .timeout(Duration.ofMinutes(5))
              .streamEnabled(stream)
              .open());
    }
    long start = System.nanoTime();
    for (int i = 0; i < instances; i++) {
      window.acquire();
      long sent = System.nanoTime();
      client
          .newCreateInstanceCommand()
          .bpmnProcessId(processId)
          .latestVersion()
          .send()
          .whenComplete(
              (created, error) -> {
                if (error != null) {
                  System.err.println("create failed: " + error);
                  window.release();
                  done.countDown();
                  return;
                }
                latency.command(created.getProcessInstanceKey(), sent, System.nanoTime());
              });
    }
    if (!done.await(30, TimeUnit.MINUTES)) {
      throw new IllegalStateException("benchmark did not finish: " + done.getCount() + " left");
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    workers.forEach(JobWorker::close);
    return new Result(
        seconds,
        instances / seconds,
        tasks.get() / seconds,
        latency.fromResponse,
        latency.fromSend);
  }

  /**
   * Creation-to-activation latency of each job, bracketed: a job is created when the command that
   * creates it commits, which the client cannot see, only that it lies between sending the command
   * and receiving its response. So each job's latency is measured twice: from the response (a lower
   * bound; a job handed to a waiting stream can arrive before the response, and then counts 0) and
   * from the send (an upper bound that includes the creating command's own execution). The first
   * job's command is the create (whose response names the instance, so its ends are matched
   * whichever comes first); a later job's is the completion its handler sends.
   */
  static final class JobLatency {
    final Histogram fromResponse = new ConcurrentHistogram(3_600_000_000L, 3);
    final Histogram fromSend = new ConcurrentHistogram(3_600_000_000L, 3);
    private final Map<Long, long[]> pending =
        new ConcurrentHashMap<>(); // {sent, answered, arrived}

    /** The command creating the instance's next job was sent / answered (0 when not known yet). */
    void command(long instance, long sent, long answered) {
      pending.compute(instance, (k, known) -> merge(known, new long[] {sent, answered, 0}));
    }

    void arrived(long instance, long at) {
      pending.compute(instance, (k, known) -> merge(known, new long[] {0, 0, at}));
    }

    private long[] merge(long[] known, long[] update) {
      long[] ends = known == null ? update : known;
      if (known != null) {
        for (int i = 0; i < 3; i++) {
          ends[i] = Math.max(known[i], update[i]);
        }
      }
      if (ends[0] != 0 && ends[1] != 0 && ends[2] != 0) {
        fromSend.recordValue(Math.max(0, (ends[2] - ends[0]) / 1000));
        fromResponse.recordValue(Math.max(0, (ends[2] - ends[1]) / 1000));
        return null;
      }
      return ends;
    }
  }

  /** Drops and creates a database on 127.0.0.1:3306 (root, empty password) for a benchmark. */
  static void recreateMariaDb(String database) throws Exception {
    Process p =
        new ProcessBuilder(
                "mariadb",
                "-h127.0.0.1",
                "-uroot",
                "-e",
                "DROP DATABASE IF EXISTS " + database + "; CREATE DATABASE " + database)
            .inheritIO()
            .start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("could not recreate the " + database + " database");
    }
  }

  /** {@code --name value} pairs. */
  static Map<String, String> parse(String[] args) {
    Map<String, String> options = new ConcurrentHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    return options;
  }
}

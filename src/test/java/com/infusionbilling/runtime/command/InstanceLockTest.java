package com.infusionbilling.runtime.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.infusionbilling.runtime.EmbeddedRuntime;
import com.infusionbilling.runtime.shared.ActivatedJob;
import com.infusionbilling.runtime.shared.ActivationRequest;
import com.infusionbilling.runtime.testing.BpmnModels;
import com.infusionbilling.runtime.testing.TestRuntime;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every command that changes a job waits for its process instance's lock (ARCHITECTURE.md: "Work on
 * one process instance is serialized"), so a completion or failure of the job is wholly before or
 * after it. Each test holds the instance's row lock in a transaction of its own, sends the command,
 * and waits until the database reports the command's session blocked by that transaction (an event,
 * not a time); a command that skipped the lock would finish first and fail the test.
 */
class InstanceLockTest {

  private static EmbeddedRuntime runtime;
  private static RuntimeCommands commands;
  private static JobCommands jobs;
  private static JdbcTemplate jdbc;
  private static TransactionTemplate tx;
  private static ExecutorService pool;

  @BeforeAll
  static void start() {
    runtime = TestRuntime.get();
    commands = runtime.bean(RuntimeCommands.class);
    jobs = runtime.bean(JobCommands.class);
    jdbc = runtime.bean(JdbcTemplate.class);
    tx = runtime.bean(TransactionTemplate.class);
    pool = Executors.newSingleThreadExecutor();
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  @Test
  void updatingAJobTimeoutWaitsForTheProcessInstanceLock() throws Exception {
    ActivatedJob job = activatedJob();
    Long deadlineBefore = deadline(job.key());

    Future<?> update =
        whileInstanceLocked(job, () -> jobs.updateJob(new UpdateJob(job.key(), null, 600_000L)));

    update.get(60, TimeUnit.SECONDS);
    assertThat(deadline(job.key())).isNotEqualTo(deadlineBefore);
  }

  @Test
  void updatingAJobsRetriesWaitsForTheProcessInstanceLock() throws Exception {
    ActivatedJob job = activatedJob();

    Future<?> update =
        whileInstanceLocked(job, () -> jobs.updateJob(new UpdateJob(job.key(), 7, null)));

    update.get(60, TimeUnit.SECONDS);
    assertThat(
            jdbc.queryForObject(
                "SELECT retries FROM rt_job WHERE job_key = ?", Integer.class, job.key()))
        .isEqualTo(7);
  }

  @Test
  void completingAJobWaitsForTheProcessInstanceLock() throws Exception {
    ActivatedJob job = activatedJob();

    Future<?> complete =
        whileInstanceLocked(
            job, () -> jobs.completeJob(new CompleteJob(job.key(), Map.of(), null)));

    complete.get(60, TimeUnit.SECONDS);
    assertThat(
            jdbc.queryForObject(
                "SELECT state FROM rt_job WHERE job_key = ?", String.class, job.key()))
        .isEqualTo("COMPLETED");
  }

  /**
   * Locks the job's process instance row, runs the command on another thread, and shows that it has
   * not finished after the lock was held for a while (the database reporting its lock wait ends
   * that while early); the lock is then released.
   */
  private static Future<?> whileInstanceLocked(ActivatedJob job, Runnable command) {
    AtomicReference<Future<?>> running = new AtomicReference<>();
    tx.executeWithoutResult(
        status -> {
          jdbc.queryForList(
              "SELECT process_instance_key FROM rt_process_instance"
                  + " WHERE process_instance_key = ? FOR UPDATE",
              Long.class,
              job.processInstanceKey());
          String holder = lockHolderId();
          Future<?> future = pool.submit(command);
          running.set(future);
          // A command that ignores the lock finishes in milliseconds; one that honours it can never
          // finish here, so this cannot fail a correct command however slow the machine is. The
          // database's lock-wait view is only a shortcut: MariaDB does not always list the wait.
          try {
            await()
                .pollInSameThread()
                .atMost(Duration.ofSeconds(5))
                .until(() -> future.isDone() || waitsFor(holder));
          } catch (ConditionTimeoutException stillWaiting) {
            // held for 5 s without the command finishing: what the test wants to see
          }
          assertThat(future.isDone())
              .as("the command finished while another transaction held its instance's lock")
              .isFalse();
        });
    return running.get();
  }

  private static boolean mariaDb() {
    return Boolean.TRUE.equals(
        jdbc.execute(
            (Connection c) ->
                c.getMetaData().getDatabaseProductName().toLowerCase().contains("maria")
                    || c.getMetaData().getDatabaseProductName().toLowerCase().contains("mysql")));
  }

  /** The id under which the database knows the current transaction's locks. */
  private static String lockHolderId() {
    return mariaDb()
        ? jdbc.queryForObject(
            "SELECT trx_id FROM information_schema.INNODB_TRX"
                + " WHERE trx_mysql_thread_id = CONNECTION_ID()",
            String.class)
        : jdbc.queryForObject("SELECT SESSION_ID()", String.class);
  }

  /** Whether some session waits for a lock the holder has. */
  private static boolean waitsFor(String holder) {
    Integer waiting =
        mariaDb()
            ? jdbc.queryForObject(
                "SELECT COUNT(*) FROM information_schema.INNODB_LOCK_WAITS"
                    + " WHERE blocking_trx_id = ?",
                Integer.class,
                holder)
            : jdbc.queryForObject(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID = ?",
                Integer.class,
                Integer.valueOf(holder));
    return waiting != null && waiting > 0;
  }

  private static Long deadline(long jobKey) {
    return jdbc.queryForObject("SELECT deadline FROM rt_job WHERE job_key = ?", Long.class, jobKey);
  }

  private static ActivatedJob activatedJob() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String processId = "lock-" + suffix;
    String type = "lock-" + suffix;
    byte[] bpmn =
        Bpmn.convertToString(BpmnModels.oneServiceTask(processId, type))
            .getBytes(StandardCharsets.UTF_8);
    commands.deploy(
        new DeployResources(
            List.of(new DeploymentProcessor.Resource(processId + ".bpmn", bpmn)), null));
    commands.createProcessInstance(
        new CreateProcessInstance(
            null, processId, null, Map.of(), null, List.of(), java.util.Set.of()));
    CompletableFuture<List<ActivatedJob>> activation = new CompletableFuture<>();
    jobs.activateJobs(
        new ActivationRequest(type, "lock-test", 600_000, 1, null, null, 10_000),
        activation::complete);
    List<ActivatedJob> activated = activation.join();
    assertThat(activated).hasSize(1);
    return activated.get(0);
  }
}

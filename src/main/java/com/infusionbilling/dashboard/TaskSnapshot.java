package com.infusionbilling.dashboard;

import com.infusionbilling.worklist.Stage;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.SearchResponse;
import io.camunda.client.api.search.response.UserTask;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Copies the open user tasks from the v2 user-task search into {@code dash_task_snapshot}, page by
 * page (never all in memory), so the dashboard's numbers are SQL aggregates. The refresh runs on a
 * schedule ({@code dashboard.sync-interval}), so the dashboard is at most that much behind. A
 * refresh writes every open task with a new generation and then deletes what the engine no longer
 * reports as open.
 */
@Component
public class TaskSnapshot {
  private static final Logger LOG = LoggerFactory.getLogger(TaskSnapshot.class);
  static final int PAGE = 500;

  private final CamundaClient camunda;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final DashboardSettings settings;
  private final AtomicLong generation = new AtomicLong(System.currentTimeMillis());

  public TaskSnapshot(
      CamundaClient camunda,
      JdbcTemplate jdbc,
      TransactionTemplate tx,
      DashboardSettings settings) {
    this.camunda = camunda;
    this.jdbc = jdbc;
    this.tx = tx;
    this.settings = settings;
  }

  @Scheduled(
      initialDelayString = "${dashboard.sync-interval:30s}",
      fixedDelayString = "${dashboard.sync-interval:30s}")
  public void scheduledRefresh() {
    if (!settings.syncEnabled()) {
      return;
    }
    try {
      refresh();
    } catch (RuntimeException e) {
      LOG.warn("dashboard: task snapshot refresh failed ({})", e.getClass().getSimpleName());
    }
  }

  /** Pages through every open task; returns how many there are. */
  public synchronized int refresh() {
    long gen = generation.incrementAndGet();
    int count = 0;
    int from = 0;
    while (true) {
      final int offset = from;
      SearchResponse<UserTask> page =
          camunda
              .newUserTaskSearchRequest()
              .filter(f -> f.state(UserTaskState.CREATED))
              .sort(s -> s.creationDate().asc())
              .page(p -> p.from(offset).limit(PAGE))
              .send()
              .join();
      List<UserTask> items = page.items();
      if (items.isEmpty()) {
        break;
      }
      write(items, gen);
      count += items.size();
      from += items.size();
      if (items.size() < PAGE) {
        break;
      }
    }
    tx.executeWithoutResult(
        s -> {
          jdbc.update(
              "DELETE FROM dash_task_snapshot_group WHERE user_task_key IN"
                  + " (SELECT user_task_key FROM dash_task_snapshot WHERE generation <> ?)",
              gen);
          jdbc.update("DELETE FROM dash_task_snapshot WHERE generation <> ?", gen);
        });
    return count;
  }

  private void write(List<UserTask> items, long gen) {
    tx.executeWithoutResult(
        s -> {
          List<Object[]> keys = new ArrayList<>();
          List<Object[]> rows = new ArrayList<>();
          List<Object[]> groups = new ArrayList<>();
          for (UserTask t : items) {
            keys.add(new Object[] {t.getUserTaskKey()});
            List<String> g = t.getCandidateGroups() == null ? List.of() : t.getCandidateGroups();
            rows.add(
                new Object[] {
                  t.getUserTaskKey(),
                  t.getName(),
                  t.getElementId(),
                  t.getBpmnProcessId(),
                  Stage.of(t.getBpmnProcessId(), t.getElementId()).map(Enum::name).orElse("OTHER"),
                  t.getProcessInstanceKey(),
                  t.getAssignee(),
                  truncate(String.join(",", g), 500),
                  t.getPriority(),
                  Timestamp.from(t.getCreationDate().toInstant()),
                  t.getDueDate() == null ? null : Timestamp.from(t.getDueDate().toInstant()),
                  gen
                });
            for (String group : g) {
              groups.add(new Object[] {t.getUserTaskKey(), group});
            }
          }
          jdbc.batchUpdate("DELETE FROM dash_task_snapshot_group WHERE user_task_key = ?", keys);
          jdbc.batchUpdate("DELETE FROM dash_task_snapshot WHERE user_task_key = ?", keys);
          jdbc.batchUpdate(
              "INSERT INTO dash_task_snapshot (user_task_key, name, element_id, process_id, stage,"
                  + " process_instance_key, assignee, candidate_groups, priority, created_at,"
                  + " due_at, generation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              rows);
          jdbc.batchUpdate(
              "INSERT INTO dash_task_snapshot_group (user_task_key, group_name) VALUES (?, ?)",
              groups);
        });
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}

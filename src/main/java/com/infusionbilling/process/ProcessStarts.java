package com.infusionbilling.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactional outbox of process starts (table {@code process_start}): the one way to start a
 * process from a change that also writes rows, so that an instance exists only for committed rows
 * and every committed row gets exactly one instance.
 *
 * <ol>
 *   <li>{@link #enqueue} inside the transaction that writes the business rows (it refuses to run
 *       without one): one outbox row, committed or rolled back with them.
 *   <li>After commit the row is dispatched at once (same thread); if the engine refuses or is
 *       unreachable the row stays pending and is retried with a doubling back-off by {@link
 *       #dispatchDue()} (scheduled, and at start-up, which recovers rows of a crashed JVM).
 *   <li>A dispatch first claims the row (so concurrent dispatchers never both create), and a row
 *       whose earlier attempt may have reached the engine is looked up by its {@code
 *       processStartId} variable before anything is created: a re-dispatch never starts a second
 *       instance.
 *   <li>When the instance exists, {@link ProcessStarted} is published in the transaction that marks
 *       the row started, so the owner of the business rows records the key with it.
 * </ol>
 */
@Component
public class ProcessStarts {
  private static final Logger log = LoggerFactory.getLogger(ProcessStarts.class);

  /** Set on every instance the outbox starts: the outbox row's id. */
  public static final String VAR_PROCESS_START_ID = "processStartId";

  static final String PENDING = "PENDING";
  static final String STARTED = "STARTED";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate requiresNew;
  private final ProcessStartEngine engine;
  private final ApplicationEventPublisher events;
  private final ProcessStartSettings settings;
  private final ObjectMapper json;
  private final Clock clock;

  public ProcessStarts(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      ProcessStartEngine engine,
      ApplicationEventPublisher events,
      ProcessStartSettings settings,
      ObjectMapper json) {
    this.jdbc = jdbc;
    this.requiresNew = new TransactionTemplate(transactions);
    this.requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.engine = engine;
    this.events = events;
    this.settings = settings;
    this.json = json;
    this.clock = Clock.systemUTC();
  }

  /**
   * Writes the start into the outbox, in the caller's transaction, and dispatches it after that
   * transaction commits. Returns the outbox row's id ({@link #processInstanceKey} reads the
   * instance key once it exists). The same process and business key again returns the first row.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public long enqueue(ProcessStart start) {
    var existing =
        jdbc.queryForList(
            "SELECT id FROM process_start WHERE process_id = ? AND business_key = ?",
            Long.class,
            start.processId(),
            start.businessKey());
    if (!existing.isEmpty()) {
      return existing.get(0);
    }
    String variables = write(start.variables());
    Timestamp now = Timestamp.from(clock.instant());
    var keys = new GeneratedKeyHolder();
    jdbc.update(
        con -> {
          var ps =
              con.prepareStatement(
                  "INSERT INTO process_start (process_id, business_key, variables, status,"
                      + " attempts, next_attempt_at, created_at) VALUES (?, ?, ?, ?, 0, ?, ?)",
                  new String[] {"id"});
          ps.setString(1, start.processId());
          ps.setString(2, start.businessKey());
          ps.setString(3, variables);
          ps.setString(4, PENDING);
          ps.setTimestamp(5, now);
          ps.setTimestamp(6, now);
          return ps;
        },
        keys);
    long id = keys.getKey().longValue();
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            dispatch(id);
          }
        });
    return id;
  }

  /** The instance key of an outbox row, once its instance exists. */
  public Optional<Long> processInstanceKey(long startId) {
    return jdbc
        .queryForList(
            "SELECT process_instance_key FROM process_start WHERE id = ? AND status = ?",
            Long.class,
            startId,
            STARTED)
        .stream()
        .findFirst();
  }

  /** Outbox rows not started yet (for operations and tests). */
  public int pendingCount() {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM process_start WHERE status = ?", Integer.class, PENDING);
  }

  /** Dispatches every pending row that is due and not claimed by a live dispatcher. */
  public int dispatchDue() {
    List<Long> due =
        jdbc.queryForList(
            "SELECT id FROM process_start WHERE status = ? AND next_attempt_at <= ?"
                + " AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY id",
            Long.class,
            PENDING,
            Timestamp.from(clock.instant()),
            Timestamp.from(clock.instant()));
    int started = 0;
    for (long id : due) {
      if (dispatch(id)) {
        started++;
      }
    }
    return started;
  }

  @Scheduled(
      initialDelayString = "${lifecycle.process-starts.dispatch-interval:5s}",
      fixedDelayString = "${lifecycle.process-starts.dispatch-interval:5s}")
  void scheduledDispatch() {
    if (settings.dispatchEnabled()) {
      safely(this::dispatchDue);
    }
  }

  /** Recovers the rows a crashed JVM left pending, as soon as the application is up. */
  @EventListener(ApplicationReadyEvent.class)
  void recoverAtStartUp() {
    if (settings.dispatchEnabled()) {
      safely(
          () -> {
            int n = dispatchDue();
            if (n > 0) {
              log.info("Process-start outbox: started {} pending instance(s) at start-up", n);
            }
            return n;
          });
    }
  }

  private void safely(java.util.function.Supplier<Integer> work) {
    try {
      work.get();
    } catch (RuntimeException e) {
      log.warn("Process-start outbox: dispatch pass failed ({})", e.getClass().getSimpleName());
    }
  }

  /**
   * Dispatches one row: claims it, finds or creates its instance, and marks it started. Returns
   * whether the row is started now; never throws (a failure is recorded on the row and retried).
   */
  public boolean dispatch(long id) {
    Claimed row;
    try {
      row = requiresNew.execute(s -> claim(id));
    } catch (RuntimeException e) {
      log.warn("Process-start outbox: row {} could not be claimed ({})", id, kind(e));
      return false;
    }
    if (row == null) {
      return false;
    }
    try {
      Optional<Long> earlier =
          row.attempts() > 1 ? engine.findStarted(row.processId(), id) : Optional.empty();
      long key;
      if (earlier.isPresent()) {
        key = earlier.get();
        log.info(
            "Process-start outbox: row {} ({}) was started before as instance {}",
            id,
            row.processId(),
            key);
      } else {
        Map<String, Object> variables = new HashMap<>(row.variables());
        variables.put(VAR_PROCESS_START_ID, id);
        key = engine.create(row.processId(), variables);
      }
      requiresNew.executeWithoutResult(s -> markStarted(row, key));
      log.info("Process-start outbox: row {} started {} as instance {}", id, row.processId(), key);
      return true;
    } catch (RuntimeException e) {
      failed(row, e);
      return false;
    }
  }

  private record Claimed(
      long id, String processId, String businessKey, Map<String, Object> variables, int attempts) {}

  private Claimed claim(long id) {
    Instant now = clock.instant();
    int claimed =
        jdbc.update(
            "UPDATE process_start SET claimed_until = ?, attempts = attempts + 1"
                + " WHERE id = ? AND status = ? AND (claimed_until IS NULL OR claimed_until < ?)",
            Timestamp.from(now.plus(settings.claimTimeout())),
            id,
            PENDING,
            Timestamp.from(now));
    if (claimed == 0) {
      return null;
    }
    return jdbc.queryForObject(
        "SELECT process_id, business_key, variables, attempts FROM process_start WHERE id = ?",
        (rs, i) ->
            new Claimed(
                id,
                rs.getString("process_id"),
                rs.getString("business_key"),
                read(rs.getString("variables")),
                rs.getInt("attempts")),
        id);
  }

  private void markStarted(Claimed row, long key) {
    jdbc.update(
        "UPDATE process_start SET status = ?, process_instance_key = ?, started_at = ?,"
            + " claimed_until = NULL, last_error = NULL WHERE id = ?",
        STARTED,
        key,
        Timestamp.from(clock.instant()),
        row.id());
    events.publishEvent(
        new ProcessStarted(row.id(), row.processId(), row.businessKey(), key, row.variables()));
  }

  private void failed(Claimed row, RuntimeException e) {
    var backoff = settings.backoff(row.attempts());
    log.warn(
        "Process-start outbox: row {} ({}) attempt {} failed ({}); retry in {}",
        row.id(),
        row.processId(),
        row.attempts(),
        kind(e),
        backoff);
    try {
      requiresNew.executeWithoutResult(
          s ->
              jdbc.update(
                  "UPDATE process_start SET claimed_until = NULL, next_attempt_at = ?,"
                      + " last_error = ? WHERE id = ? AND status = ?",
                  Timestamp.from(clock.instant().plus(backoff)),
                  kind(e),
                  row.id(),
                  PENDING));
    } catch (RuntimeException again) {
      // The claim expires on its own; the row is retried after claim-timeout.
      log.warn("Process-start outbox: row {} failure not recorded ({})", row.id(), kind(again));
    }
  }

  /** The exception's kind only: engine and SQL messages may quote variable values. */
  static String kind(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String kind = e.getClass().getSimpleName();
    return root == e ? kind : kind + " caused by " + root.getClass().getSimpleName();
  }

  private String write(Map<String, Object> variables) {
    try {
      String text = json.writeValueAsString(variables);
      if (text.length() > 4000) {
        throw new IllegalArgumentException(
            "process start variables exceed 4000 characters: carry IDs, not data");
      }
      return text;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("process start variables are not JSON-serializable", e);
    }
  }

  private Map<String, Object> read(String variables) {
    try {
      return json.readValue(variables, new TypeReference<Map<String, Object>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("outbox row with unreadable variables", e);
    }
  }
}

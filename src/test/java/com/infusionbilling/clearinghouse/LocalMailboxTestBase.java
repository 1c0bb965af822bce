package com.infusionbilling.clearinghouse;

import com.infusionbilling.clearinghouse.sandbox.SandboxPayer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One Spring context (cached across the subclasses) with the local-directory mailbox under {@code
 * target/mailbox-it}, the sandbox payer and a movable clock; polling and the sandbox's own schedule
 * are off so the tests drive every step.
 */
@SpringBootTest(
    properties = {
      "clearinghouse.local.base-dir=target/mailbox-it",
      "clearinghouse.poll.enabled=false",
      "clearinghouse.sandbox.enabled=true",
      "clearinghouse.sandbox.interval=1h",
    })
@Import(ClearinghouseTestConfiguration.class)
public abstract class LocalMailboxTestBase {

  protected static final Path BASE = Path.of("target/mailbox-it");

  @Autowired protected ClearinghouseGateway gateway;
  @Autowired protected SandboxPayer sandbox;
  @Autowired protected RecordingListener events;
  @Autowired protected MutableClock clock;
  @Autowired protected JdbcTemplate jdbc;
  @Autowired protected Mailbox mailbox;

  @BeforeEach
  void cleanMailbox() throws IOException {
    // test hygiene only: the product never deletes mailbox files
    for (String folder :
        new String[] {"outbound", "inbound", "archive", "quarantine", "clearinghouse-received"}) {
      Path dir = BASE.resolve(folder);
      Files.createDirectories(dir);
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
    }
    jdbc.update("UPDATE clearinghouse_sandbox_pending SET status = 'DONE' WHERE status = 'OPEN'");
    events.clear();
    clock.set(ClearinghouseTestConfiguration.START);
  }

  protected static long count(String folder) throws IOException {
    try (Stream<Path> files = Files.list(BASE.resolve(folder))) {
      return files.filter(p -> !p.getFileName().toString().startsWith(".")).count();
    }
  }

  protected static java.util.List<String> names(String folder) throws IOException {
    try (Stream<Path> files = Files.list(BASE.resolve(folder))) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** Sandbox takes and answers, then we pick up. */
  /** Every message of this type in the files written to {@code outbound/} so far. */
  protected static <T extends com.infusionbilling.edi.model.X12Message>
      java.util.List<T> readOutbound(Class<T> type) throws IOException {
    var reader = new com.infusionbilling.edi.X12Reader();
    java.util.List<T> all = new java.util.ArrayList<>();
    try (var files = Files.list(BASE.resolve("outbound"))) {
      for (var f : files.filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
        try (var in = Files.newInputStream(f)) {
          all.addAll(reader.readAll(in, type));
        }
      }
    }
    return all;
  }

  protected InboundPollResult exchange() {
    sandbox.runOnce();
    return gateway.pollInbound();
  }

  /** Lets the sandbox payer answer and the inbound poller deliver until the condition holds. */
  protected <T> T exchangeUntil(Supplier<Optional<T>> condition) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      exchange();
      Optional<T> result = condition.get();
      if (result.isPresent()) {
        return result.get();
      }
      Thread.sleep(500);
    }
    throw new AssertionError("condition not reached within 3 minutes");
  }
}

package com.infusionbilling.edi;

import com.infusionbilling.edi.model.Address;
import com.infusionbilling.edi.model.Adjustment;
import com.infusionbilling.edi.model.ClaimPayment;
import com.infusionbilling.edi.model.DrugIdentification;
import com.infusionbilling.edi.model.Member;
import com.infusionbilling.edi.model.Party;
import com.infusionbilling.edi.model.ProfessionalClaim;
import com.infusionbilling.edi.model.ProfessionalServiceLine;
import com.infusionbilling.edi.model.Remittance;
import com.infusionbilling.edi.model.ServicePayment;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Prints X12 speed numbers (never asserted in tests): typed 835 reading with validation against
 * StAEDI's raw event reading of the same 50 MB file, 837P claims written and validated per second,
 * and peak heap while reading files of different sizes (flat = streaming). See docs/benchmarks.md,
 * section "X12 and clearinghouse", for how to run it and the recorded numbers.
 */
public final class X12Benchmark {

  private static final LocalDate DOS = LocalDate.of(2026, 1, 14);

  /** StAEDI logs every unused schema type at INFO (java.util.logging); keep the console clean. */
  private static final java.util.logging.Logger STAEDI_LOG = quiet();

  private static java.util.logging.Logger quiet() {
    java.util.logging.Logger l = java.util.logging.Logger.getLogger("io.xlate");
    l.setLevel(java.util.logging.Level.WARNING);
    return l;
  }

  private X12Benchmark() {}

  public static void main(String[] args) throws Exception {
    int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    int claims = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    System.out.printf(
        "X12 benchmark: %d MB 835, %d 837P claims, %d rounds; %d cores, max heap %d MB, %s %s%n",
        megabytes,
        claims,
        rounds,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"));
    X12Schemas.get();

    Path big = Files.createTempFile("bench-835-", ".x12");
    Path small = Files.createTempFile("bench-835-small-", ".x12");
    try {
      long bytes = generate835(big, megabytes * 1_000_000L);
      generate835(small, Math.max(1, megabytes / 10) * 1_000_000L);
      double mb = bytes / 1e6;
      System.out.printf("generated %s (%.1f MB)%n", big.getFileName(), mb);

      double raw = best(rounds, () -> rawRead(big));
      double validated = best(rounds, () -> validatedRead(big));
      double typed = best(rounds, () -> typedRead(big));
      System.out.printf(
          "835 StAEDI raw event reading (no schema):         %7.2f s %6.2f MB/s%n", raw, mb / raw);
      System.out.printf(
          "835 StAEDI event reading with our schemas:        %7.2f s %6.2f MB/s%n",
          validated, mb / validated);
      System.out.printf(
          "835 our typed reading with validation:            %7.2f s %6.2f MB/s%n",
          typed, mb / typed);
      System.out.printf(
          "ratio typed / raw speed:         %5.2f x  (target >= 0.5 x)%n", raw / typed);
      System.out.printf(
          "ratio typed / validated speed:   %5.2f x  (cost of the typed layer alone)%n",
          validated / typed);

      long peakSmall = peakHeapDuring(() -> typedRead(small));
      long peakBig = peakHeapDuring(() -> typedRead(big));
      System.out.printf(
          "peak heap reading %.0f MB: %d MB; reading %.0f MB: %d MB%n",
          Files.size(small) / 1e6, peakSmall >> 20, mb, peakBig >> 20);

      List<ProfessionalClaim> batch = claims(claims);
      X12Parties parties =
          new X12Parties(
              "ZZ",
              "IBWSUBMITTER",
              "ZZ",
              "SANDBOXCH",
              "ACME INFUSION",
              "SANDBOX CH",
              "DESK",
              "5555551234",
              "1123456789",
              false);
      X12Writer writer =
          new X12Writer(X12Schemas.get(), new InMemoryControlNumberSource(), Clock.systemUTC());
      double write = best(rounds, () -> writer.write(parties, batch));
      X12Output out = writer.write(parties, batch);
      double validateOnly =
          best(rounds, () -> new X12Validator().validate(new ByteArrayInputStream(out.content())));
      System.out.printf(
          "837P write + validate %d claims: %7.2f s %7.0f claims/s (%.1f MB; target >= 20,000 claims/s)%n",
          claims, write, claims / write, out.content().length / 1e6);
      if (write > validateOnly) {
        System.out.printf(
            "  of which validation %7.2f s; writing alone %7.0f claims/s%n",
            validateOnly, claims / (write - validateOnly));
      } else {
        System.out.printf(
            "  validation alone, measured separately: %7.2f s (not less than the whole run, so"
                + " writing alone is not estimated)%n",
            validateOnly);
      }
    } finally {
      Files.deleteIfExists(big);
      Files.deleteIfExists(small);
    }
  }

  @FunctionalInterface
  interface Task {
    void run() throws Exception;
  }

  private static double best(int rounds, Task task) throws Exception {
    task.run(); // warm-up
    double best = Double.MAX_VALUE;
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime();
      task.run();
      best = Math.min(best, (System.nanoTime() - t0) / 1e9);
    }
    return best;
  }

  private static long peakHeapDuring(Task task) throws Exception {
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
    task.run();
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        peak += p.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  /** StAEDI reading every event of the file (control structure validation only, no schema). */
  static long rawRead(Path file) throws Exception {
    long events = 0;
    EDIInputFactory f = EDIInputFactory.newFactory();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        EDIStreamReader r = f.createEDIStreamReader(in)) {
      while (r.hasNext()) {
        EDIStreamEvent e = r.next();
        if (e == EDIStreamEvent.ELEMENT_DATA) {
          events += r.getTextLength();
        }
        events++;
      }
    }
    return events;
  }

  /** StAEDI events with our implementation schema set per transaction set, no typed objects. */
  static long validatedRead(Path file) throws Exception {
    long events = 0;
    EDIInputFactory f = EDIInputFactory.newFactory();
    var schema = X12Schemas.get().schema(com.infusionbilling.edi.X12Transaction.REMITTANCE_835);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        EDIStreamReader r = f.createEDIStreamReader(in, X12Schemas.get().controlSchema())) {
      boolean inSt = false;
      while (r.hasNext()) {
        EDIStreamEvent e = r.next();
        if (e == EDIStreamEvent.START_SEGMENT) {
          inSt = "ST".equals(r.getText());
        } else if (e == EDIStreamEvent.ELEMENT_DATA) {
          events += r.getTextLength();
          if (inSt && r.getLocation().getElementPosition() == 3) {
            r.setTransactionSchema(schema);
          }
        } else if (e.isError()) {
          throw new IllegalStateException("benchmark file invalid: " + r.getErrorType());
        }
        events++;
      }
    }
    return events;
  }

  /** Our reader: implementation-schema validation and typed {@link Remittance} records. */
  static long typedRead(Path file) throws Exception {
    AtomicLong claims = new AtomicLong();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      new X12Reader().read(in, (env, m) -> claims.addAndGet(((Remittance) m).claims().size()));
    }
    return claims.get();
  }

  /**
   * A file of many 835 transaction sets (one per payment, 100 claims each), about {@code size}
   * bytes.
   */
  static long generate835(Path file, long size) throws IOException {
    X12Parties payer =
        new X12Parties(
            "ZZ",
            "SANDBOXPAYER",
            "ZZ",
            "IBWSUBMITTER",
            "PAYER",
            "PROVIDER",
            "EDI",
            "8005551212",
            "1987654321",
            true);
    X12Writer w =
        new X12Writer(X12Schemas.get(), new InMemoryControlNumberSource(), Clock.systemUTC());
    List<ClaimPayment> payments = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      payments.add(
          new ClaimPayment(
              "PCN" + i,
              "1",
              new BigDecimal("4385"),
              new BigDecimal("2918.85"),
              new BigDecimal("730.15"),
              "12",
              "PCCN" + i,
              "W12345" + i,
              "DOE",
              "JANE",
              List.of(),
              List.of(),
              List.of(
                  new ServicePayment(
                      "J1745",
                      List.of(),
                      new BigDecimal("3700"),
                      new BigDecimal("2664"),
                      new BigDecimal("37"),
                      DOS,
                      "PCN" + i + "-1",
                      new BigDecimal("3330"),
                      List.of(
                          new Adjustment("CO", "45", new BigDecimal("370"), null),
                          new Adjustment("PR", "2", new BigDecimal("666"), null)),
                      List.of()),
                  new ServicePayment(
                      "J1745",
                      List.of("JW"),
                      new BigDecimal("300"),
                      BigDecimal.ZERO,
                      new BigDecimal("3"),
                      DOS,
                      "PCN" + i + "-2",
                      null,
                      List.of(new Adjustment("CO", "16", new BigDecimal("300"), null)),
                      List.of("M51")),
                  new ServicePayment(
                      "96365",
                      List.of(),
                      new BigDecimal("250"),
                      new BigDecimal("200"),
                      BigDecimal.ONE,
                      DOS,
                      "PCN" + i + "-3",
                      new BigDecimal("250"),
                      List.of(new Adjustment("PR", "2", new BigDecimal("50"), null)),
                      List.of()))));
    }
    Party payerParty =
        new Party(
            "SANDBOX HEALTH PLAN",
            null,
            null,
            "SBX01",
            null,
            null,
            new Address("PO BOX 1", null, "SPRINGFIELD", "IL", "62701"));
    Party payee =
        new Party("ACME INFUSION CENTER", null, null, "1234567893", "123456789", null, null);
    Remittance r =
        new Remittance("CHK1", "CHK", new BigDecimal("291885"), DOS, payerParty, payee, payments);
    String text = new String(w.write(payer, List.of(r)).content(), StandardCharsets.US_ASCII);
    int stStart = text.indexOf("ST*835*");
    int seEnd = text.indexOf("~", text.indexOf("SE*")) + 2;
    String header = text.substring(0, stStart);
    String set = text.substring(stStart, seEnd);
    String seCount =
        set.substring(set.indexOf("SE*") + 3, set.indexOf('*', set.indexOf("SE*") + 3));
    long written = 0;
    int n = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      byte[] h = header.getBytes(StandardCharsets.US_ASCII);
      out.write(h);
      written += h.length;
      while (written < size) {
        n++;
        String st02 = String.format("%04d", n);
        String body =
            set.replaceFirst("^ST\\*835\\*0001(?=[*~])", "ST*835*" + st02)
                .replace("SE*" + seCount + "*0001~", "SE*" + seCount + "*" + st02 + "~")
                .replace("TRN*1*CHK1*", "TRN*1*CHK" + n + "*");
        byte[] b = body.getBytes(StandardCharsets.US_ASCII);
        out.write(b);
        written += b.length;
      }
      String gs06 = gs06(header);
      byte[] t =
          ("GE*" + n + "*" + gs06 + "~\nIEA*1*" + isa13(header) + "~\n")
              .getBytes(StandardCharsets.US_ASCII);
      out.write(t);
      written += t.length;
    }
    return written;
  }

  private static String gs06(String header) {
    String gs = header.substring(header.indexOf("GS*"));
    return gs.split("\\*")[6];
  }

  private static String isa13(String header) {
    return header.split("\\*")[13];
  }

  static List<ProfessionalClaim> claims(int n) {
    Party billing =
        new Party(
            "ACME INFUSION CENTER",
            null,
            null,
            "1234567893",
            "123456789",
            "261QI0500X",
            new Address("100 MAIN ST", null, "SPRINGFIELD", "IL", "627011234"));
    Party payer = Party.organization("ACME HEALTH PLAN", "60054");
    DrugIdentification ndc = new DrugIdentification("57894003001", new BigDecimal("4"), "UN");
    List<ProfessionalClaim> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Member m =
          new Member(
              "W" + (100000000 + i),
              "DOE",
              "JANE",
              null,
              LocalDate.of(1970, 1, 1),
              "F",
              new Address("1 ELM ST", null, "SPRINGFIELD", "IL", "62701"),
              "GRP100");
      String pcn = "BENCH" + i;
      out.add(
          new ProfessionalClaim(
              pcn,
              billing,
              m,
              payer,
              "CI",
              "P",
              "11",
              "1",
              null,
              "AUTH" + i,
              List.of("K5090", "Z79899"),
              null,
              null,
              List.of(
                  new ProfessionalServiceLine(
                      pcn + "-1",
                      "J1745",
                      List.of(),
                      new BigDecimal("3700"),
                      new BigDecimal("37"),
                      "UN",
                      List.of(1),
                      DOS,
                      ndc,
                      null),
                  new ProfessionalServiceLine(
                      pcn + "-2",
                      "J1745",
                      List.of("JW"),
                      new BigDecimal("300"),
                      new BigDecimal("3"),
                      "UN",
                      List.of(1),
                      DOS,
                      ndc,
                      null),
                  new ProfessionalServiceLine(
                      pcn + "-3",
                      "96365",
                      List.of(),
                      new BigDecimal("250"),
                      BigDecimal.ONE,
                      "UN",
                      List.of(1, 2),
                      DOS,
                      null,
                      null),
                  new ProfessionalServiceLine(
                      pcn + "-4",
                      "96366",
                      List.of(),
                      new BigDecimal("135"),
                      BigDecimal.ONE,
                      "UN",
                      List.of(1, 2),
                      DOS,
                      null,
                      null)),
              null));
    }
    return out;
  }
}

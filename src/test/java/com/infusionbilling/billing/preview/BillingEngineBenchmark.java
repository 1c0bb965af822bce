package com.infusionbilling.billing.preview;

import com.infusionbilling.billing.TestReference;
import com.infusionbilling.billing.coding.ClaimType;
import com.infusionbilling.billing.coding.DrugCategory;
import com.infusionbilling.billing.coding.EditSetting;
import com.infusionbilling.billing.coding.Route;
import com.infusionbilling.billing.reference.ReferenceSnapshot;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Throughput of the billing engine without HTTP: previews 10,000 generated encounters per round on
 * one thread and prints encounters per second, both per wall-clock second and per CPU second of the
 * whole JVM (GC and JIT included), the latter being what one core delivers when the machine is
 * shared. Not a test; run it with
 *
 * <pre>./mvnw -q -o test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.infusionbilling.billing.preview.BillingEngineBenchmark</pre>
 */
public final class BillingEngineBenchmark {
  private BillingEngineBenchmark() {}

  private static final String[] PAYERS = {
    "MEDICARE_PART_B", "COMMERCIAL_ACME", "COMMERCIAL_SUMMIT", "MEDICAID_EXAMPLE"
  };
  private static final String[][] DRUGS = {
    {"J1745", "57894-030-01", "100"},
    {"J9312", "50242-051-21", "100"},
    {"J2350", "50242-150-01", "300"},
    {"J9355", "50242-0333-01", "420"}
  };

  public static void main(String[] args) {
    int encounters = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    ReferenceSnapshot ref = reference();
    List<PreviewRequest> requests = generate(encounters, new Random(42));
    BillingEngine engine = new BillingEngine(ZoneId.of("America/New_York"), 30);
    LocalDate today = TestReference.DOS;
    long lines = 0;
    for (int warm = 0; warm < 10; warm++) {
      for (PreviewRequest r : requests) {
        lines += engine.preview(r, ref, today).lines().size();
      }
    }
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    double[] wall = new double[rounds];
    double[] cpu = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      long startCpu = os.getProcessCpuTime();
      long start = System.nanoTime();
      for (PreviewRequest r : requests) {
        lines += engine.preview(r, ref, today).lines().size();
      }
      long nanos = System.nanoTime() - start;
      long cpuNanos = os.getProcessCpuTime() - startCpu;
      wall[round] = encounters / (nanos / 1e9);
      cpu[round] = encounters / (cpuNanos / 1e9);
    }
    Arrays.sort(wall);
    Arrays.sort(cpu);
    System.out.printf(
        "billing engine: %d encounters x %d rounds, one thread (%d lines coded)%n"
            + "  per CPU second of the JVM: median %.0f encounters/s (best %.0f, worst %.0f)%n"
            + "  per wall-clock second:     median %.0f encounters/s (best %.0f, worst %.0f)%n"
            + "  load average at the end: %.2f on %d cores%n",
        encounters,
        rounds,
        lines,
        cpu[rounds / 2],
        cpu[rounds - 1],
        cpu[0],
        wall[rounds / 2],
        wall[rounds - 1],
        wall[0],
        os.getSystemLoadAverage(),
        os.getAvailableProcessors());
  }

  static ReferenceSnapshot reference() {
    ReferenceSnapshot.Builder b = TestReference.builder();
    b.mue(TestReference.mue(EditSetting.PRACTITIONER, "J1745", 150, 3))
        .mue(TestReference.mue(EditSetting.PRACTITIONER, "96365", 1, 2))
        .mue(TestReference.mue(EditSetting.PRACTITIONER, "96366", 8, 3))
        .mue(TestReference.mue(EditSetting.FACILITY, "J2350", 600, 1))
        .ptp(TestReference.ptp("96365", "96372", '1', LocalDate.of(2009, 1, 1), null))
        .ptp(TestReference.ptp("96413", "96365", '1', LocalDate.of(2009, 1, 1), null))
        .ptp(TestReference.ptp("96365", "96360", '1', LocalDate.of(2009, 1, 1), null));
    return b.build();
  }

  static List<PreviewRequest> generate(int count, Random random) {
    List<PreviewRequest> out = new ArrayList<>(count);
    LocalDate dos = TestReference.DOS;
    for (int i = 0; i < count; i++) {
      List<PreviewRequest.Drug> drugs = new ArrayList<>();
      int drugCount = 1 + random.nextInt(2);
      for (int d = 0; d < drugCount; d++) {
        String[] drug = DRUGS[random.nextInt(DRUGS.length)];
        int vial = Integer.parseInt(drug[2]);
        int vials = 1 + random.nextInt(4);
        int amount = Math.max(1, vial * vials - random.nextInt(vial));
        drugs.add(
            new PreviewRequest.Drug(
                drug[0],
                drug[1],
                BigDecimal.valueOf(amount),
                "mg",
                List.of(new PreviewRequest.Container(BigDecimal.valueOf(vial), "mg", vials)),
                null,
                List.of(1)));
      }
      List<PreviewRequest.Administration> administrations = new ArrayList<>();
      LocalDateTime start = dos.atTime(8, 0).plusMinutes(random.nextInt(120));
      for (int a = 0; a < 1 + random.nextInt(3); a++) {
        DrugCategory category = DrugCategory.values()[random.nextInt(3)];
        Route route = random.nextInt(5) == 0 ? Route.IV_PUSH : Route.IV_INFUSION;
        int minutes = route == Route.IV_PUSH ? 5 : 20 + random.nextInt(200);
        administrations.add(
            new PreviewRequest.Administration(
                "a" + a,
                route,
                category,
                category == DrugCategory.HYDRATION ? "J7050" : drugs.get(0).hcpcs(),
                start,
                start.plusMinutes(minutes),
                random.nextBoolean() ? "left" : "right",
                List.of(1)));
        start = start.plusMinutes(minutes);
      }
      PreviewRequest.Authorization auth =
          random.nextBoolean()
              ? new PreviewRequest.Authorization(
                  drugs.get(0).hcpcs(), 500, dos.minusDays(30), dos.plusDays(60), null)
              : null;
      out.add(
          new PreviewRequest(
              PAYERS[random.nextInt(PAYERS.length)],
              random.nextBoolean() ? ClaimType.PROFESSIONAL : ClaimType.INSTITUTIONAL,
              dos,
              drugs,
              administrations,
              auth,
              null,
              dos.plusDays(3)));
    }
    return out;
  }
}

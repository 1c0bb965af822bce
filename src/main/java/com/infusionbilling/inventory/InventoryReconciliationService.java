package com.infusionbilling.inventory;

import com.infusionbilling.billing.reference.Drug;
import com.infusionbilling.billing.reference.ReferenceDataService;
import com.infusionbilling.billing.reference.ReferenceSnapshot;
import com.infusionbilling.claim.ClaimQueries;
import com.infusionbilling.process.ProcessStart;
import com.infusionbilling.process.ProcessStarts;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly reconciliation of every lot, in HCPCS billing units of its drug (units = drug amount ÷
 * the HCPCS descriptor amount): purchased (containers received × drug per container), dispensed
 * (given + discarded, from the visits' dispenses), billed (the HCPCS units of the administered and
 * JW lines with the lot's NDC on each visit's latest claim that went out, shared among the lots the
 * visit drew that NDC from in proportion to the drug drawn) and on hand (containers received less
 * every movement out). Variance = dispensed − billed for bought stock; for patient-assistance stock
 * nothing may be billed, so its variance is − billed. Expired stock on hand and stock expiring
 * within {@value #EXPIRING_DAYS} days are flagged. Only lots with something to decide on become
 * findings; {@code Decision_InventoryVariance} decides which need a person.
 */
@Service
public class InventoryReconciliationService {
  private static final Logger log = LoggerFactory.getLogger(InventoryReconciliationService.class);
  static final int EXPIRING_DAYS = 30;
  private static final MathContext MC = MathContext.DECIMAL64;

  private final JdbcTemplate jdbc;
  private final InventoryService inventory;
  private final ClaimQueries claims;
  private final ReferenceDataService reference;
  private final ProcessStarts starts;

  public InventoryReconciliationService(
      JdbcTemplate jdbc,
      InventoryService inventory,
      ClaimQueries claims,
      ReferenceDataService reference,
      ProcessStarts starts) {
    this.jdbc = jdbc;
    this.inventory = inventory;
    this.claims = claims;
    this.reference = reference;
    this.starts = starts;
  }

  /**
   * A reconciliation now (a manager's request): an {@code InventoryReconciliation} instance through
   * the process-start outbox, whose row needs a transaction. Returns the outbox row's id.
   */
  @Transactional
  public long requestOnDemand(String businessKey) {
    return starts.enqueue(
        new ProcessStart(
            InventoryReconciliationProcess.PROCESS_ID,
            businessKey,
            Map.of(InventoryReconciliationProcess.VAR_TRIGGER, "ON_DEMAND")));
  }

  /** One lot's figures in one reconciliation, and what the investigation found. */
  public record Finding(
      long findingId,
      long lotId,
      String ndc11,
      String hcpcs,
      String lot,
      InventorySource source,
      LocalDate expiry,
      BigDecimal purchasedUnits,
      BigDecimal dispensedUnits,
      BigDecimal billedUnits,
      BigDecimal onHandContainers,
      BigDecimal varianceUnits,
      BigDecimal varianceDollars,
      BigDecimal expiredContainers,
      BigDecimal expiringContainers,
      String severity,
      Instant managersAlertedAt,
      String cause,
      String correctiveAction,
      Long linkedVisitId,
      BigDecimal unitCost) {

    /** Expired containers on hand at their acquisition cost. */
    public BigDecimal expiredDollars() {
      return expiredContainers.multiply(unitCost).setScale(2, RoundingMode.HALF_UP);
    }

    /** The facts the process and its decision read (IDs and numbers, no PHI). */
    public Map<String, Object> variables() {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("findingId", findingId);
      v.put("lotId", lotId);
      v.put("hcpcs", hcpcs);
      v.put("source", source.name());
      v.put("varianceUnits", varianceUnits.doubleValue());
      v.put("expiredContainers", expiredContainers.doubleValue());
      v.put("expiringContainers", expiringContainers.doubleValue());
      return v;
    }
  }

  public record Reconciliation(
      long id,
      LocalDate asOf,
      String trigger,
      int lotsChecked,
      Instant createdAt,
      List<Finding> findings) {}

  /**
   * Reconciles every lot as of a day, once per {@code runKey} (a retried job gets the stored run
   * back). Copies the visits' dispenses into stock first.
   */
  @Transactional
  public Reconciliation reconcile(String runKey, String trigger, LocalDate asOf) {
    Optional<Reconciliation> done = byRunKey(runKey);
    if (done.isPresent()) {
      return done.get();
    }
    inventory.recordDispensesBetween(asOf.minusYears(5), asOf);
    ReferenceSnapshot ref = reference.current();

    // billed units per visit and NDC, shared among the lots that visit drew the NDC from
    Map<String, Long> billedByVisitNdc = new HashMap<>();
    for (ClaimQueries.BilledDrugUnits b : claims.billedDrugUnits()) {
      billedByVisitNdc.merge(b.visitId() + "|" + b.ndc11(), b.units(), Long::sum);
    }
    record Draw(long visitId, long lotId, String ndc, BigDecimal amount) {}
    List<Draw> draws =
        jdbc.query(
            "SELECT m.visit_id, m.lot_id, l.ndc, SUM(m.given_amount + m.discarded_amount)"
                + " FROM inventory_movement m JOIN inventory_lot l ON l.id = m.lot_id"
                + " WHERE m.kind = 'DISPENSE' GROUP BY m.visit_id, m.lot_id, l.ndc",
            (rs, i) ->
                new Draw(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4)));
    Map<String, BigDecimal> drawnByVisitNdc = new HashMap<>();
    for (Draw d : draws) {
      drawnByVisitNdc.merge(d.visitId() + "|" + d.ndc(), d.amount(), BigDecimal::add);
    }
    Map<Long, BigDecimal> billedByLot = new HashMap<>();
    for (Draw d : draws) {
      String key = d.visitId() + "|" + d.ndc();
      Long billed = billedByVisitNdc.get(key);
      BigDecimal drawn = drawnByVisitNdc.get(key);
      if (billed == null || billed == 0) {
        continue;
      }
      BigDecimal share = drawn.signum() == 0 ? BigDecimal.ONE : d.amount().divide(drawn, MC);
      billedByLot.merge(d.lotId(), share.multiply(BigDecimal.valueOf(billed), MC), BigDecimal::add);
    }

    record LotFigures(
        long lotId,
        String ndc,
        String hcpcs,
        String lot,
        LocalDate expiry,
        BigDecimal quantity,
        BigDecimal containerAmount,
        BigDecimal unitCost,
        InventorySource source,
        BigDecimal onHand,
        BigDecimal dispensedAmount) {}
    List<LotFigures> lots =
        jdbc.query(
            "SELECT l.id, l.ndc, l.hcpcs, l.lot, l.expiry, l.quantity, l.container_amount,"
                + " l.unit_cost, l.source, COALESCE(SUM(m.containers), 0),"
                + " COALESCE(SUM(CASE WHEN m.kind = 'DISPENSE' THEN m.given_amount +"
                + " m.discarded_amount ELSE 0 END), 0) FROM inventory_lot l LEFT JOIN"
                + " inventory_movement m ON m.lot_id = l.id GROUP BY l.id, l.ndc, l.hcpcs, l.lot,"
                + " l.expiry, l.quantity, l.container_amount, l.unit_cost, l.source ORDER BY l.id",
            (rs, i) ->
                new LotFigures(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getDate(5).toLocalDate(),
                    rs.getBigDecimal(6),
                    rs.getBigDecimal(7),
                    rs.getBigDecimal(8),
                    InventorySource.valueOf(rs.getString(9)),
                    rs.getBigDecimal(10),
                    rs.getBigDecimal(11)));

    long runId = insertRun(runKey, trigger, asOf, lots.size());
    for (LotFigures l : lots) {
      BigDecimal descriptor =
          ref.drug(l.hcpcs()).map(Drug::descriptorAmount).orElse(BigDecimal.ONE);
      BigDecimal purchased = units(l.quantity().multiply(l.containerAmount()), descriptor);
      BigDecimal dispensed = units(l.dispensedAmount(), descriptor);
      BigDecimal billed =
          billedByLot.getOrDefault(l.lotId(), BigDecimal.ZERO).setScale(3, RoundingMode.HALF_UP);
      BigDecimal variance =
          l.source() == InventorySource.BUY_AND_BILL ? dispensed.subtract(billed) : billed.negate();
      BigDecimal costPerUnit = l.unitCost().multiply(descriptor).divide(l.containerAmount(), MC);
      BigDecimal dollars = variance.multiply(costPerUnit).setScale(2, RoundingMode.HALF_UP);
      BigDecimal onHand = l.onHand().max(BigDecimal.ZERO);
      boolean expired = l.expiry().isBefore(asOf);
      boolean expiring = !expired && !l.expiry().isAfter(asOf.plusDays(EXPIRING_DAYS));
      BigDecimal expiredContainers = expired ? onHand : BigDecimal.ZERO;
      BigDecimal expiringContainers = expiring ? onHand : BigDecimal.ZERO;
      if (variance.signum() == 0
          && expiredContainers.signum() == 0
          && expiringContainers.signum() == 0) {
        continue;
      }
      jdbc.update(
          "INSERT INTO inventory_finding (reconciliation_id, lot_id, purchased_units,"
              + " dispensed_units, billed_units, on_hand_containers, variance_units,"
              + " variance_dollars, expired_containers, expiring_containers) VALUES (?, ?, ?, ?,"
              + " ?, ?, ?, ?, ?, ?)",
          runId,
          l.lotId(),
          purchased,
          dispensed,
          billed,
          l.onHand(),
          variance,
          dollars,
          expiredContainers,
          expiringContainers);
    }
    Reconciliation run = byRunKey(runKey).orElseThrow();
    log.info(
        "Inventory reconciliation {} ({}): {} lots, {} findings",
        run.id(),
        trigger,
        run.lotsChecked(),
        run.findings().size());
    return run;
  }

  private static BigDecimal units(BigDecimal amount, BigDecimal descriptor) {
    return amount.divide(descriptor, MC).setScale(3, RoundingMode.HALF_UP);
  }

  private long insertRun(String runKey, String trigger, LocalDate asOf, int lots) {
    var keys = new GeneratedKeyHolder();
    jdbc.update(
        con -> {
          var ps =
              con.prepareStatement(
                  "INSERT INTO inventory_reconciliation (as_of, trigger_kind, run_key,"
                      + " lots_checked, created_at) VALUES (?, ?, ?, ?, ?)",
                  new String[] {"id"});
          ps.setDate(1, Date.valueOf(asOf));
          ps.setString(2, trigger);
          ps.setString(3, runKey);
          ps.setInt(4, lots);
          ps.setTimestamp(5, Timestamp.from(Instant.now()));
          return ps;
        },
        keys);
    return keys.getKey().longValue();
  }

  /** Managers are alerted once per finding (billed more than dispensed): high severity. */
  @Transactional
  public void alertManagers(long findingId) {
    int changed =
        jdbc.update(
            "UPDATE inventory_finding SET severity = 'HIGH', managers_alerted_at = ?"
                + " WHERE id = ? AND managers_alerted_at IS NULL",
            Timestamp.from(Instant.now()),
            findingId);
    if (changed > 0) {
      log.warn(
          "Inventory finding {}: drug billed beyond what was dispensed; managers alerted",
          findingId);
    }
  }

  /** What the investigation found (idempotent: the same answer again changes nothing). */
  @Transactional
  public void recordInvestigation(
      long findingId,
      String severity,
      String cause,
      String correctiveAction,
      Long linkedVisitId,
      String investigatedBy) {
    jdbc.update(
        "UPDATE inventory_finding SET severity = COALESCE(severity, ?), cause = ?,"
            + " corrective_action = ?, linked_visit_id = ?, investigated_by = ?,"
            + " investigated_at = COALESCE(investigated_at, ?) WHERE id = ?",
        severity,
        cause,
        correctiveAction,
        linkedVisitId,
        investigatedBy,
        Timestamp.from(Instant.now()),
        findingId);
  }

  @Transactional(readOnly = true)
  public Optional<Reconciliation> latest() {
    return jdbc
        .queryForList(
            "SELECT run_key FROM inventory_reconciliation ORDER BY id DESC LIMIT 1", String.class)
        .stream()
        .findFirst()
        .flatMap(this::byRunKey);
  }

  @Transactional(readOnly = true)
  public Optional<Reconciliation> byRunKey(String runKey) {
    List<Reconciliation> runs =
        jdbc.query(
            "SELECT id, as_of, trigger_kind, lots_checked, created_at FROM"
                + " inventory_reconciliation WHERE run_key = ?",
            (rs, i) ->
                new Reconciliation(
                    rs.getLong(1),
                    rs.getDate(2).toLocalDate(),
                    rs.getString(3),
                    rs.getInt(4),
                    rs.getTimestamp(5).toInstant(),
                    findings(rs.getLong(1))),
            runKey);
    return runs.stream().findFirst();
  }

  List<Finding> findings(long reconciliationId) {
    return jdbc.query(
        "SELECT f.*, l.ndc, l.hcpcs, l.lot, l.source, l.expiry, l.unit_cost FROM inventory_finding f JOIN"
            + " inventory_lot l ON l.id = f.lot_id WHERE f.reconciliation_id = ? ORDER BY f.id",
        InventoryReconciliationService::finding,
        reconciliationId);
  }

  static Finding finding(ResultSet rs, int i) throws SQLException {
    Timestamp alerted = rs.getTimestamp("managers_alerted_at");
    long visit = rs.getLong("linked_visit_id");
    Long linked = rs.wasNull() ? null : visit;
    return new Finding(
        rs.getLong("id"),
        rs.getLong("lot_id"),
        rs.getString("ndc"),
        rs.getString("hcpcs"),
        rs.getString("lot"),
        InventorySource.valueOf(rs.getString("source")),
        rs.getDate("expiry").toLocalDate(),
        rs.getBigDecimal("purchased_units"),
        rs.getBigDecimal("dispensed_units"),
        rs.getBigDecimal("billed_units"),
        rs.getBigDecimal("on_hand_containers"),
        rs.getBigDecimal("variance_units"),
        rs.getBigDecimal("variance_dollars"),
        rs.getBigDecimal("expired_containers"),
        rs.getBigDecimal("expiring_containers"),
        rs.getString("severity"),
        alerted == null ? null : alerted.toInstant(),
        rs.getString("cause"),
        rs.getString("corrective_action"),
        linked,
        rs.getBigDecimal("unit_cost"));
  }
}

package com.infusionbilling.inventory;

import com.infusionbilling.billing.coding.Ndc;
import com.infusionbilling.billing.reference.NdcPackage;
import com.infusionbilling.billing.reference.ReferenceDataService;
import com.infusionbilling.billing.reference.ReferenceSnapshot;
import com.infusionbilling.visit.DispenseQueries;
import com.infusionbilling.visit.DocumentationValidator;
import com.infusionbilling.visit.DrugSource;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lots and their movements: receipts (an invoice CSV or a manual receipt, all or nothing),
 * dispenses copied from visits (once per visit dispense), and waste, returns, expiries and count
 * adjustments. Patient-assistance stock is its own lots; a visit's patient-assistance dispense
 * draws only on them.
 */
@Service
public class InventoryService {
  static final String CONTAINER = "CONTAINER";

  private final JdbcTemplate jdbc;
  private final ReferenceDataService reference;
  private final DispenseQueries dispenses;

  public InventoryService(
      JdbcTemplate jdbc, ReferenceDataService reference, DispenseQueries dispenses) {
    this.jdbc = jdbc;
    this.reference = reference;
    this.dispenses = dispenses;
  }

  /** A lot as stored, with its stock now. */
  public record Lot(
      long id,
      String ndc11,
      String hcpcs,
      String lot,
      LocalDate expiry,
      BigDecimal quantity,
      String unit,
      BigDecimal containerAmount,
      String amountUnit,
      BigDecimal unitCost,
      String supplierInvoice,
      LocalDate receivedOn,
      InventorySource source,
      BigDecimal onHandContainers) {}

  /**
   * Stores every receipt or none: each row is checked first (NDC in the catalogue, a positive
   * quantity, a cost, an expiry after the delivery, a lot not yet received and not twice in the
   * file). Rows of a file are numbered from 1; a manual receipt ({@code fromFile} false) names no
   * row.
   */
  @Transactional
  public List<Long> receive(List<NewReceipt> receipts, boolean fromFile, String user) {
    ReferenceSnapshot ref = reference.current();
    List<NdcPackage> packages = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < receipts.size(); i++) {
      int row = fromFile ? i + 1 : 0;
      NewReceipt r = receipts.get(i);
      Ndc.Normalized ndc = Ndc.normalize(r.ndc(), ref::knowsNdc);
      if (!ndc.valid()) {
        throw new ReceiptRejectedException(row, ReceiptCsv.NDC, ndc.problem());
      }
      NdcPackage pkg =
          ref.ndc(ndc.ndc11())
              .orElseThrow(
                  () ->
                      new ReceiptRejectedException(
                          row, ReceiptCsv.NDC, "NDC " + ndc.ndc11() + " is not in the catalogue"));
      String lot = r.lot() == null ? "" : r.lot().strip();
      if (!DocumentationValidator.LOT.matcher(lot).matches()) {
        // the rule of the administration record, whose lots are matched against these
        throw new ReceiptRejectedException(
            row, ReceiptCsv.LOT, "1 to 30 letters, digits or hyphens expected (as on the vial)");
      }
      require(
          r.quantity() != null && r.quantity().signum() > 0,
          row,
          ReceiptCsv.QUANTITY,
          "must be more than 0");
      require(
          r.quantity() != null
              && r.quantity().scale() <= 3
              && r.quantity().precision() - r.quantity().scale() <= 9,
          row,
          ReceiptCsv.QUANTITY,
          "too many digits");
      require(
          r.unitCost() != null && r.unitCost().signum() >= 0,
          row,
          ReceiptCsv.UNIT_COST,
          "must be 0 or more");
      require(
          r.unitCost() != null
              && r.unitCost().scale() <= 2
              && r.unitCost().precision() - r.unitCost().scale() <= 10,
          row,
          ReceiptCsv.UNIT_COST,
          "at most 2 decimals");
      require(
          r.invoiceNumber() != null
              && !r.invoiceNumber().isBlank()
              && r.invoiceNumber().length() <= 50,
          row,
          ReceiptCsv.INVOICE,
          "1 to 50 characters expected");
      require(r.receivedOn() != null, row, ReceiptCsv.DATE, "missing");
      require(r.expiry() != null, row, ReceiptCsv.EXPIRY, "missing");
      require(
          r.expiry().isAfter(r.receivedOn()),
          row,
          ReceiptCsv.EXPIRY,
          "the lot expired before it was delivered");
      InventorySource source = r.source() == null ? InventorySource.BUY_AND_BILL : r.source();
      String key = ndc.ndc11() + "|" + lot + "|" + source;
      if (!seen.add(key)) {
        throw new ReceiptRejectedException(
            row, ReceiptCsv.LOT, "lot " + lot + " of NDC " + ndc.ndc11() + " is in the file twice");
      }
      Integer stored =
          jdbc.queryForObject(
              "SELECT COUNT(*) FROM inventory_lot WHERE ndc = ? AND lot = ? AND source = ?",
              Integer.class,
              ndc.ndc11(),
              lot,
              source.name());
      if (stored != null && stored > 0) {
        throw new ReceiptRejectedException(
            row, ReceiptCsv.LOT, "lot " + lot + " of NDC " + ndc.ndc11() + " was already received");
      }
      packages.add(pkg);
    }
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < receipts.size(); i++) {
      ids.add(insertLot(receipts.get(i), packages.get(i), user));
    }
    return ids;
  }

  private static void require(boolean ok, int row, String column, String reason) {
    if (!ok) {
      throw new ReceiptRejectedException(row, column, reason);
    }
  }

  private long insertLot(NewReceipt r, NdcPackage pkg, String user) {
    InventorySource source = r.source() == null ? InventorySource.BUY_AND_BILL : r.source();
    var keys = new GeneratedKeyHolder();
    Instant now = Instant.now();
    jdbc.update(
        con -> {
          var ps =
              con.prepareStatement(
                  "INSERT INTO inventory_lot (ndc, hcpcs, lot, expiry, quantity, unit,"
                      + " container_amount, amount_unit, unit_cost, supplier_invoice, received_on,"
                      + " source, received_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                      + " ?, ?, ?, ?)",
                  new String[] {"id"});
          ps.setString(1, pkg.ndc11());
          ps.setString(2, pkg.hcpcs());
          ps.setString(3, r.lot().strip());
          ps.setDate(4, Date.valueOf(r.expiry()));
          ps.setBigDecimal(5, r.quantity());
          ps.setString(6, CONTAINER);
          ps.setBigDecimal(7, pkg.containerAmount());
          ps.setString(8, pkg.containerUnit().name());
          ps.setBigDecimal(9, r.unitCost());
          ps.setString(10, r.invoiceNumber().strip());
          ps.setDate(11, Date.valueOf(r.receivedOn()));
          ps.setString(12, source.name());
          ps.setString(13, user);
          ps.setTimestamp(14, Timestamp.from(now));
          return ps;
        },
        keys);
    long lotId = keys.getKey().longValue();
    insertMovement(
        lotId,
        MovementKind.RECEIPT,
        r.quantity(),
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        null,
        r.receivedOn(),
        "invoice " + r.invoiceNumber().strip(),
        "receipt-" + lotId,
        user);
    return lotId;
  }

  /**
   * Copies a visit's dispenses into the stock of the lots they were drawn from, once each (by the
   * visit dispense): containers opened out of stock, drug given and discarded. White-bagged drug is
   * the specialty pharmacy's, not ours; a dispense from a lot never received is left out (the
   * reconciliation cannot price it). Returns how many movements are now recorded for the visit.
   */
  @Transactional
  public int recordDispensesOfVisit(long visitId) {
    if (!dispenses.visitExists(visitId)) {
      throw new java.util.NoSuchElementException("no visit " + visitId);
    }
    int recorded = 0;
    for (DispenseQueries.Dispense d : dispenses.ofVisit(visitId)) {
      if (record(d)) {
        recorded++;
      }
    }
    return recorded;
  }

  /** {@link #recordDispensesOfVisit} for every dispense with a date of service in [from, to]. */
  @Transactional
  public int recordDispensesBetween(LocalDate from, LocalDate to) {
    int recorded = 0;
    for (DispenseQueries.Dispense d : dispenses.between(from, to)) {
      if (record(d)) {
        recorded++;
      }
    }
    return recorded;
  }

  private boolean record(DispenseQueries.Dispense d) {
    if (d.drugSource() == DrugSource.WHITE_BAG) {
      return false;
    }
    InventorySource source =
        d.drugSource() == DrugSource.PATIENT_ASSISTANCE
            ? InventorySource.PATIENT_ASSISTANCE
            : InventorySource.BUY_AND_BILL;
    List<Long> lot =
        jdbc.queryForList(
            "SELECT id FROM inventory_lot WHERE ndc = ? AND lot = ? AND source = ?",
            Long.class,
            d.ndc11(),
            d.lot(),
            source.name());
    if (lot.isEmpty()) {
      return false;
    }
    String key = "dispense-" + d.dispenseId();
    Integer done =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM inventory_movement WHERE dedup_key = ?", Integer.class, key);
    if (done != null && done > 0) {
      return true;
    }
    try {
      insertMovement(
          lot.get(0),
          MovementKind.DISPENSE,
          BigDecimal.valueOf(-d.containersOpened()),
          d.administeredAmount(),
          d.discardedAmount(),
          d.visitId(),
          d.serviceDate(),
          null,
          key,
          "system");
    } catch (DuplicateKeyException raced) {
      // another delivery of the same dispense recorded it first
    }
    return true;
  }

  /**
   * Waste, a return, an expiry (containers out: a positive number is taken out of stock) or a count
   * adjustment (signed), idempotent by {@code requestKey}.
   */
  @Transactional
  public void recordMovement(
      long lotId,
      MovementKind kind,
      BigDecimal containers,
      LocalDate occurredOn,
      String note,
      String requestKey,
      String user) {
    if (kind == MovementKind.RECEIPT || kind == MovementKind.DISPENSE) {
      throw new com.infusionbilling.web.InvalidInputException(
          "kind", "receipts and dispenses have their own endpoints");
    }
    // the lot's row locked: two movements at once cannot both take the last containers
    jdbc.query("SELECT id FROM inventory_lot WHERE id = ? FOR UPDATE", (rs, i) -> 0, lotId);
    Lot lot = lot(lotId).orElseThrow(() -> new java.util.NoSuchElementException("no lot " + lotId));
    String key = "manual-" + requestKey;
    Integer done =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM inventory_movement WHERE dedup_key = ?", Integer.class, key);
    if (done == null || done == 0) {
      BigDecimal signed = checkedMovement(lot, kind, containers, occurredOn);
      insertMovement(
          lotId, kind, signed, BigDecimal.ZERO, BigDecimal.ZERO, null, occurredOn, note, key, user);
    }
  }

  /**
   * A manual movement's containers, signed (out of stock negative), or a 400 naming the field:
   * waste, a return or an expiry takes a positive number of containers, at most those on hand; an
   * adjustment is non-zero and leaves no negative stock; none is dated before the lot's delivery.
   */
  private static BigDecimal checkedMovement(
      Lot lot, MovementKind kind, BigDecimal containers, LocalDate occurredOn) {
    if (containers.scale() > 3 || containers.precision() - containers.scale() > 9) {
      throw new com.infusionbilling.web.InvalidInputException(
          "containers", "at most 9 digits and 3 decimals");
    }
    boolean adjustment = kind == MovementKind.ADJUSTMENT;
    if (adjustment ? containers.signum() == 0 : containers.signum() <= 0) {
      throw new com.infusionbilling.web.InvalidInputException(
          "containers",
          adjustment
              ? "an adjustment must not be 0"
              : "must be more than 0 (the containers taken out of stock)");
    }
    BigDecimal signed = adjustment ? containers : containers.negate();
    if (lot.onHandContainers().add(signed).signum() < 0) {
      throw new com.infusionbilling.web.InvalidInputException(
          "containers",
          "more than the "
              + lot.onHandContainers().stripTrailingZeros().toPlainString()
              + " container(s) on hand");
    }
    if (occurredOn.isBefore(lot.receivedOn())) {
      throw new com.infusionbilling.web.InvalidInputException(
          "occurredOn", "before the lot was received (" + lot.receivedOn() + ")");
    }
    return signed;
  }

  private void insertMovement(
      long lotId,
      MovementKind kind,
      BigDecimal containers,
      BigDecimal given,
      BigDecimal discarded,
      Long visitId,
      LocalDate occurredOn,
      String note,
      String dedupKey,
      String user) {
    jdbc.update(
        "INSERT INTO inventory_movement (lot_id, kind, containers, given_amount, discarded_amount,"
            + " visit_id, occurred_on, note, dedup_key, recorded_by, recorded_at) VALUES (?, ?, ?,"
            + " ?, ?, ?, ?, ?, ?, ?, ?)",
        lotId,
        kind.name(),
        containers,
        given,
        discarded,
        visitId,
        Date.valueOf(occurredOn),
        note,
        dedupKey,
        user,
        Timestamp.from(Instant.now()));
  }

  static final String LOT_SELECT =
      "SELECT l.id, l.ndc, l.hcpcs, l.lot, l.expiry, l.quantity, l.unit, l.container_amount,"
          + " l.amount_unit, l.unit_cost, l.supplier_invoice, l.received_on, l.source,"
          + " COALESCE((SELECT SUM(m.containers) FROM inventory_movement m WHERE m.lot_id = l.id),"
          + " 0) AS on_hand FROM inventory_lot l";

  @Transactional(readOnly = true)
  public List<Lot> lots() {
    return jdbc.query(LOT_SELECT + " ORDER BY l.expiry, l.id", InventoryService::lotOf);
  }

  @Transactional(readOnly = true)
  public java.util.Optional<Lot> lot(long id) {
    return jdbc.query(LOT_SELECT + " WHERE l.id = ?", InventoryService::lotOf, id).stream()
        .findFirst();
  }

  static Lot lotOf(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
    return new Lot(
        rs.getLong("id"),
        rs.getString("ndc"),
        rs.getString("hcpcs"),
        rs.getString("lot"),
        rs.getDate("expiry").toLocalDate(),
        rs.getBigDecimal("quantity"),
        rs.getString("unit"),
        rs.getBigDecimal("container_amount"),
        rs.getString("amount_unit"),
        rs.getBigDecimal("unit_cost"),
        rs.getString("supplier_invoice"),
        rs.getDate("received_on").toLocalDate(),
        InventorySource.valueOf(rs.getString("source")),
        rs.getBigDecimal("on_hand"));
  }
}

package com.infusionbilling.billing.reference;

import com.infusionbilling.billing.coding.AdministrationCoder;
import com.infusionbilling.billing.coding.EditSetting;
import com.infusionbilling.billing.coding.HomeInfusionCoder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds the current {@link ReferenceSnapshot}. It is loaded from the database on first use and
 * rebuilt after every import, so previews read memory only.
 */
@Service
public class ReferenceDataService {
  private static final Logger log = LoggerFactory.getLogger(ReferenceDataService.class);

  private final DrugRepository drugs;
  private final NdcPackageRepository ndcs;
  private final PayerRepository payers;
  private final PayerRateRepository rates;
  private final NamedParameterJdbcTemplate jdbc;
  private final AtomicReference<ReferenceSnapshot> current = new AtomicReference<>();

  public ReferenceDataService(
      DrugRepository drugs,
      NdcPackageRepository ndcs,
      PayerRepository payers,
      PayerRateRepository rates,
      NamedParameterJdbcTemplate jdbc) {
    this.drugs = drugs;
    this.ndcs = ndcs;
    this.payers = payers;
    this.rates = rates;
    this.jdbc = jdbc;
  }

  /** Loads the snapshot once the application is up, so the first preview does not pay for it. */
  @EventListener(ApplicationReadyEvent.class)
  public void loadOnStartup() {
    current();
  }

  /** The snapshot in force; loads it on first call. */
  public ReferenceSnapshot current() {
    ReferenceSnapshot snapshot = current.get();
    return snapshot != null ? snapshot : reload();
  }

  /** Rebuilds the snapshot from the database and makes it current. */
  @Transactional(readOnly = true)
  public synchronized ReferenceSnapshot reload() {
    ReferenceSnapshot.Builder b = ReferenceSnapshot.builder().builtAt(Instant.now());
    Set<String> codes = new HashSet<>(AdministrationCoder.CODES);
    codes.addAll(HomeInfusionCoder.CODES);
    drugs
        .findAll()
        .forEach(
            d -> {
              b.drug(d.toDrug());
              codes.add(d.toDrug().hcpcs());
            });
    ndcs.findAll().forEach(n -> b.ndc(n.toNdcPackage()));
    payers.findAll().forEach(p -> b.payer(p.toPayer()));
    rates.findAll().forEach(r -> b.payerRate(r.toPayerRate()));
    Map<String, Object> none = Map.of();
    jdbc.query(
        "SELECT asp_quarter, quarter_start, quarter_end, hcpcs, dosage, payment_limit, coinsurance_percent, notes"
            + " FROM billing_asp_price",
        none,
        rs -> {
          b.asp(
              new AspPrice(
                  rs.getString(1),
                  rs.getObject(2, LocalDate.class),
                  rs.getObject(3, LocalDate.class),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getBigDecimal(6),
                  rs.getBigDecimal(7),
                  rs.getString(8)));
        });
    // Only codes the engine can bill matter for MUE and PTP look-ups; the full CMS tables stay in
    // the database.
    Map<String, Object> relevant = Map.of("codes", codes);
    jdbc.query(
        "SELECT DISTINCT setting, effective_date FROM billing_import WHERE kind = 'MUE'",
        none,
        rs -> {
          b.mueTable(EditSetting.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class));
        });
    jdbc.query(
        "SELECT setting, effective_date, code, mue_value, mai, rationale FROM billing_mue WHERE code IN (:codes)",
        relevant,
        rs -> {
          b.mue(
              new MueLimit(
                  EditSetting.valueOf(rs.getString(1)),
                  rs.getObject(2, LocalDate.class),
                  rs.getString(3),
                  rs.getInt(4),
                  rs.getInt(5),
                  rs.getString(6)));
        });
    jdbc.query(
        "SELECT setting, column1, column2, effective_date, deletion_date, modifier_indicator, rationale"
            + " FROM billing_ncci_ptp WHERE column1 IN (:codes) AND column2 IN (:codes)",
        relevant,
        rs -> {
          b.ptp(
              new PtpEdit(
                  EditSetting.valueOf(rs.getString(1)),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getObject(4, LocalDate.class),
                  rs.getObject(5, LocalDate.class),
                  rs.getString(6).charAt(0),
                  rs.getString(7)));
        });
    jdbc.query(
        "SELECT code, modifier, charge, effective_date, description FROM chargemaster",
        none,
        rs -> {
          b.charge(
              new ChargemasterEntry(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getBigDecimal(3),
                  rs.getObject(4, LocalDate.class),
                  rs.getString(5)));
        });
    jdbc.query(
        "SELECT DISTINCT effective_date, version_label FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B'",
        none,
        rs -> {
          b.oppsQuarter(rs.getObject(1, LocalDate.class), rs.getString(2));
        });
    // Addendum B holds every HCPCS code; only the codes the engine bills matter here.
    jdbc.query(
        "SELECT opps_quarter, quarter_start, quarter_end, hcpcs, status_indicator, apc, payment_rate"
            + " FROM billing_opps_status WHERE hcpcs IN (:codes)",
        relevant,
        rs -> {
          b.opps(
              new OppsStatus(
                  rs.getString(1),
                  rs.getObject(2, LocalDate.class),
                  rs.getObject(3, LocalDate.class),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getBigDecimal(7)));
        });
    ReferenceSnapshot snapshot = b.build();
    current.set(snapshot);
    log.info(
        "Billing reference snapshot loaded: {} drugs, {} NDC packages, {} payers",
        snapshot.drugs().size(),
        snapshot.ndcPackages().size(),
        snapshot.payers().size());
    return snapshot;
  }
}

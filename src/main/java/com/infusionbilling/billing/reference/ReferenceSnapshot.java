package com.infusionbilling.billing.reference;

import com.infusionbilling.billing.coding.EditSetting;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An immutable, in-memory view of all reference data the rules read: drug and NDC catalogue, payers
 * and their rates, ASP quarters, MUE tables and NCCI PTP edits. Built once after start-up and after
 * each import, so a preview does no database look-up. Pure Java: no Spring, no JPA.
 */
public final class ReferenceSnapshot {

  private final Map<String, Drug> drugs;
  private final Map<String, NdcPackage> ndcs;
  private final Map<String, Payer> payers;
  private final Map<String, Map<String, List<PayerRate>>> ratesByPayerAndCode;
  private final Map<String, NavigableMap<LocalDate, AspPrice>> aspByHcpcs;
  private final Map<EditSetting, NavigableMap<LocalDate, Map<String, MueLimit>>> mueTables;
  private final Map<EditSetting, Map<String, List<PtpEdit>>> ptpByColumn1;
  private final Map<String, Map<String, NavigableMap<LocalDate, ChargemasterEntry>>> chargemaster;
  private final Map<String, NavigableMap<LocalDate, OppsStatus>> oppsByHcpcs;
  private final NavigableMap<LocalDate, String> oppsQuarters;
  private final Instant builtAt;

  private ReferenceSnapshot(Builder b) {
    this.drugs = Map.copyOf(b.drugs);
    this.ndcs = Map.copyOf(b.ndcs);
    this.payers = Map.copyOf(b.payers);
    Map<String, Map<String, List<PayerRate>>> rates = new HashMap<>();
    b.rates.forEach((payer, byCode) -> rates.put(payer, freezeLists(byCode)));
    this.ratesByPayerAndCode = Map.copyOf(rates);
    Map<String, NavigableMap<LocalDate, AspPrice>> asp = new HashMap<>();
    b.asp.forEach((k, v) -> asp.put(k, Collections.unmodifiableNavigableMap(v)));
    this.aspByHcpcs = Map.copyOf(asp);
    Map<EditSetting, NavigableMap<LocalDate, Map<String, MueLimit>>> mue =
        new EnumMap<>(EditSetting.class);
    b.mue.forEach(
        (setting, versions) -> {
          TreeMap<LocalDate, Map<String, MueLimit>> frozen = new TreeMap<>();
          versions.forEach((date, table) -> frozen.put(date, Map.copyOf(table)));
          mue.put(setting, Collections.unmodifiableNavigableMap(frozen));
        });
    this.mueTables = Collections.unmodifiableMap(mue);
    Map<EditSetting, Map<String, List<PtpEdit>>> ptp = new EnumMap<>(EditSetting.class);
    b.ptp.forEach((setting, byCode) -> ptp.put(setting, freezeLists(byCode)));
    this.ptpByColumn1 = Collections.unmodifiableMap(ptp);
    Map<String, Map<String, NavigableMap<LocalDate, ChargemasterEntry>>> charges = new HashMap<>();
    b.chargemaster.forEach(
        (code, byModifier) -> {
          Map<String, NavigableMap<LocalDate, ChargemasterEntry>> frozen = new HashMap<>();
          byModifier.forEach((m, v) -> frozen.put(m, Collections.unmodifiableNavigableMap(v)));
          charges.put(code, Map.copyOf(frozen));
        });
    this.chargemaster = Map.copyOf(charges);
    Map<String, NavigableMap<LocalDate, OppsStatus>> opps = new HashMap<>();
    b.opps.forEach((k, v) -> opps.put(k, Collections.unmodifiableNavigableMap(v)));
    this.oppsByHcpcs = Map.copyOf(opps);
    this.oppsQuarters = Collections.unmodifiableNavigableMap(new TreeMap<>(b.oppsQuarters));
    this.builtAt = b.builtAt;
  }

  private static <T> Map<String, List<T>> freezeLists(Map<String, List<T>> source) {
    Map<String, List<T>> copy = new HashMap<>();
    source.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return Map.copyOf(copy);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Optional<Drug> drug(String hcpcs) {
    return Optional.ofNullable(drugs.get(hcpcs));
  }

  public Collection<Drug> drugs() {
    return drugs.values();
  }

  public Optional<NdcPackage> ndc(String ndc11) {
    return Optional.ofNullable(ndcs.get(ndc11));
  }

  public boolean knowsNdc(String ndc11) {
    return ndcs.containsKey(ndc11);
  }

  public Collection<NdcPackage> ndcPackages() {
    return ndcs.values();
  }

  public Optional<Payer> payer(String payerId) {
    return Optional.ofNullable(payers.get(payerId));
  }

  public Collection<Payer> payers() {
    return payers.values();
  }

  /** The payer's rate for a code on a date, if the payer has one. */
  public Optional<PayerRate> payerRate(String payerId, String code, LocalDate date) {
    Map<String, List<PayerRate>> byCode = ratesByPayerAndCode.get(payerId);
    List<PayerRate> rates = byCode == null ? null : byCode.get(code);
    if (rates == null) {
      return Optional.empty();
    }
    PayerRate best = null;
    for (PayerRate rate : rates) {
      if (rate.covers(date)
          && (best == null || rate.effectiveFrom().isAfter(best.effectiveFrom()))) {
        best = rate;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The ASP payment limit for a code on a date: the quarter that contains the date or, when no
   * loaded quarter does, the latest earlier one (check {@link AspPrice#end()} to tell).
   */
  public Optional<AspPrice> aspPrice(String hcpcs, LocalDate date) {
    NavigableMap<LocalDate, AspPrice> quarters = aspByHcpcs.get(hcpcs);
    if (quarters == null) {
      return Optional.empty();
    }
    Map.Entry<LocalDate, AspPrice> entry = quarters.floorEntry(date);
    return entry == null ? Optional.empty() : Optional.of(entry.getValue());
  }

  /** The MUE for a code in the table in force on the date, if the code has a published MUE. */
  public Optional<MueLimit> mue(EditSetting setting, String code, LocalDate date) {
    NavigableMap<LocalDate, Map<String, MueLimit>> versions = mueTables.get(setting);
    if (versions == null) {
      return Optional.empty();
    }
    Map.Entry<LocalDate, Map<String, MueLimit>> table = versions.floorEntry(date);
    return table == null ? Optional.empty() : Optional.ofNullable(table.getValue().get(code));
  }

  /**
   * NCCI PTP edits whose column 1 is {@code code} (active or not; see {@link PtpEdit#activeOn}).
   */
  public List<PtpEdit> ptpEdits(EditSetting setting, String column1) {
    Map<String, List<PtpEdit>> byCode = ptpByColumn1.get(setting);
    if (byCode == null) {
      return List.of();
    }
    return byCode.getOrDefault(column1, List.of());
  }

  /**
   * The chargemaster row for a code billed with these modifiers on a date: a row for one of the
   * modifiers (in their order) wins over the code's general row (modifier ""); of each, the latest
   * effective on or before the date.
   */
  public Optional<ChargemasterEntry> charge(String code, List<String> modifiers, LocalDate date) {
    Map<String, NavigableMap<LocalDate, ChargemasterEntry>> byModifier = chargemaster.get(code);
    if (byModifier == null) {
      return Optional.empty();
    }
    for (String modifier : modifiers) {
      NavigableMap<LocalDate, ChargemasterEntry> rows = byModifier.get(modifier);
      Map.Entry<LocalDate, ChargemasterEntry> row = rows == null ? null : rows.floorEntry(date);
      if (row != null) {
        return Optional.of(row.getValue());
      }
    }
    NavigableMap<LocalDate, ChargemasterEntry> general = byModifier.get("");
    Map.Entry<LocalDate, ChargemasterEntry> row = general == null ? null : general.floorEntry(date);
    return row == null ? Optional.empty() : Optional.of(row.getValue());
  }

  /**
   * The OPPS Addendum B row of a code for the quarter in force on the date (the latest loaded
   * quarter starting on or before it), or empty when that quarter has no row for the code.
   */
  public Optional<OppsStatus> oppsStatus(String hcpcs, LocalDate date) {
    Map.Entry<LocalDate, String> quarter = oppsQuarters.floorEntry(date);
    NavigableMap<LocalDate, OppsStatus> rows = oppsByHcpcs.get(hcpcs);
    if (quarter == null || rows == null) {
      return Optional.empty();
    }
    OppsStatus row = rows.get(quarter.getKey());
    return Optional.ofNullable(row);
  }

  /** Whether an OPPS Addendum B quarter covering the date (start + 3 months) is loaded. */
  public boolean oppsQuarterCovers(LocalDate date) {
    Map.Entry<LocalDate, String> quarter = oppsQuarters.floorEntry(date);
    return quarter != null && quarter.getKey().plusMonths(3).isAfter(date);
  }

  /** The OPPS Addendum B quarter in force on the date, or empty when none is loaded. */
  public Optional<String> oppsQuarter(LocalDate date) {
    return Optional.ofNullable(oppsQuarters.floorEntry(date)).map(Map.Entry::getValue);
  }

  /** Every chargemaster row, in no particular order. */
  public List<ChargemasterEntry> chargemasterEntries() {
    List<ChargemasterEntry> out = new ArrayList<>();
    chargemaster
        .values()
        .forEach(byModifier -> byModifier.values().forEach(v -> out.addAll(v.values())));
    return out;
  }

  public Instant builtAt() {
    return builtAt;
  }

  /** Collects reference rows; {@link #build()} freezes them. */
  public static final class Builder {
    private final Map<String, Drug> drugs = new HashMap<>();
    private final Map<String, NdcPackage> ndcs = new HashMap<>();
    private final Map<String, Payer> payers = new HashMap<>();
    private final Map<String, Map<String, List<PayerRate>>> rates = new HashMap<>();
    private final Map<String, NavigableMap<LocalDate, AspPrice>> asp = new HashMap<>();
    private final Map<EditSetting, NavigableMap<LocalDate, Map<String, MueLimit>>> mue =
        new EnumMap<>(EditSetting.class);
    private final Map<EditSetting, Map<String, List<PtpEdit>>> ptp =
        new EnumMap<>(EditSetting.class);
    private final Map<String, Map<String, NavigableMap<LocalDate, ChargemasterEntry>>>
        chargemaster = new HashMap<>();
    private final Map<String, NavigableMap<LocalDate, OppsStatus>> opps = new HashMap<>();
    private final NavigableMap<LocalDate, String> oppsQuarters = new TreeMap<>();
    private Instant builtAt = Instant.EPOCH;

    /** Declares a loaded OPPS Addendum B quarter (even one without rows for billed codes). */
    public Builder oppsQuarter(LocalDate start, String quarter) {
      oppsQuarters.put(start, quarter);
      return this;
    }

    /** Adds an OPPS Addendum B row; rows with the same quarter start form one quarter. */
    public Builder opps(OppsStatus status) {
      opps.computeIfAbsent(status.hcpcs(), k -> new TreeMap<>()).put(status.start(), status);
      oppsQuarters.put(status.start(), status.quarter());
      return this;
    }

    public Builder charge(ChargemasterEntry entry) {
      chargemaster
          .computeIfAbsent(entry.code(), k -> new HashMap<>())
          .computeIfAbsent(entry.modifier(), k -> new TreeMap<>())
          .put(entry.effectiveDate(), entry);
      return this;
    }

    public Builder drug(Drug drug) {
      drugs.put(drug.hcpcs(), drug);
      return this;
    }

    public Builder ndc(NdcPackage ndc) {
      ndcs.put(ndc.ndc11(), ndc);
      return this;
    }

    public Builder payer(Payer payer) {
      payers.put(payer.payerId(), payer);
      return this;
    }

    public Builder payerRate(PayerRate rate) {
      rates
          .computeIfAbsent(rate.payerId(), k -> new HashMap<>())
          .computeIfAbsent(rate.code(), k -> new ArrayList<>())
          .add(rate);
      return this;
    }

    public Builder asp(AspPrice price) {
      asp.computeIfAbsent(price.hcpcs(), k -> new TreeMap<>()).put(price.start(), price);
      return this;
    }

    /** Adds an MUE row; rows with the same setting and effective date form one table. */
    public Builder mue(MueLimit limit) {
      mue.computeIfAbsent(limit.setting(), k -> new TreeMap<>())
          .computeIfAbsent(limit.effectiveDate(), k -> new HashMap<>())
          .put(limit.code(), limit);
      return this;
    }

    /** Declares an (empty) MUE table in force from a date, so older tables stop applying. */
    public Builder mueTable(EditSetting setting, LocalDate effectiveDate) {
      mue.computeIfAbsent(setting, k -> new TreeMap<>())
          .computeIfAbsent(effectiveDate, k -> new HashMap<>());
      return this;
    }

    public Builder ptp(PtpEdit edit) {
      ptp.computeIfAbsent(edit.setting(), k -> new HashMap<>())
          .computeIfAbsent(edit.column1(), k -> new ArrayList<>())
          .add(edit);
      return this;
    }

    public Builder builtAt(Instant instant) {
      this.builtAt = instant;
      return this;
    }

    public ReferenceSnapshot build() {
      return new ReferenceSnapshot(this);
    }
  }
}

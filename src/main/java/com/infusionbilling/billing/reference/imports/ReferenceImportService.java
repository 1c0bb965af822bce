package com.infusionbilling.billing.reference.imports;

import com.infusionbilling.billing.coding.EditSetting;
import com.infusionbilling.billing.reference.AspPrice;
import com.infusionbilling.billing.reference.ChargemasterEntry;
import com.infusionbilling.billing.reference.MueLimit;
import com.infusionbilling.billing.reference.OppsStatus;
import com.infusionbilling.billing.reference.PtpEdit;
import com.infusionbilling.billing.reference.ReferenceDataService;
import com.infusionbilling.billing.reference.ReferenceImportEntity;
import com.infusionbilling.billing.reference.ReferenceImportRepository;
import com.infusionbilling.web.UploadGuard;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the CMS files. Each import is parsed and validated completely before anything is written;
 * the write is one transaction, so a rejected or failed file leaves the previous data in place.
 * Imports are idempotent: the same file for the same version changes nothing. After a successful
 * write the in-memory reference snapshot is rebuilt.
 */
@Service
public class ReferenceImportService {
  private static final int BATCH = 1000;

  private final ReferenceImportRepository imports;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate tx;
  private final ReferenceDataService referenceData;
  private final UploadGuard uploads;

  public ReferenceImportService(
      ReferenceImportRepository imports,
      JdbcTemplate jdbc,
      TransactionTemplate tx,
      ReferenceDataService referenceData,
      UploadGuard uploads) {
    this.imports = imports;
    this.jdbc = jdbc;
    this.tx = tx;
    this.referenceData = referenceData;
    this.uploads = uploads;
  }

  /** Imports a quarterly ASP pricing file (CSV, or the CMS zip holding it). */
  public synchronized ImportResult importAsp(byte[] content, String fileName, String quarter) {
    Source source = source(content, fileName, (text, name) -> AspFile.parse(text, name, quarter));
    AspFile.Parsed parsed = (AspFile.Parsed) source.parsed();
    return write(
        ImportKind.ASP,
        "NONE",
        parsed.quarter(),
        parsed.start(),
        source,
        parsed.rows().size(),
        parsed.rejections(),
        importId -> {
          jdbc.update("DELETE FROM billing_asp_price WHERE asp_quarter = ?", parsed.quarter());
          List<Object[]> args = new ArrayList<>(parsed.rows().size());
          for (AspPrice p : parsed.rows()) {
            args.add(
                new Object[] {
                  importId,
                  p.quarter(),
                  p.start(),
                  p.end(),
                  p.hcpcs(),
                  truncate(p.dosage(), 60),
                  p.paymentLimit(),
                  p.coinsurancePercent(),
                  truncate(p.notes(), 1000)
                });
          }
          batch(
              "INSERT INTO billing_asp_price (import_id, asp_quarter, quarter_start, quarter_end, hcpcs, dosage,"
                  + " payment_limit, coinsurance_percent, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
              args);
        });
  }

  /** Imports a practitioner or outpatient hospital MUE table. */
  public synchronized ImportResult importMue(
      byte[] content, String fileName, EditSetting setting, LocalDate effectiveDate) {
    Source source =
        source(
            content, fileName, (text, name) -> MueFile.parse(text, name, setting, effectiveDate));
    MueFile.Parsed parsed = (MueFile.Parsed) source.parsed();
    return write(
        ImportKind.MUE,
        parsed.setting().name(),
        parsed.effectiveDate().toString(),
        parsed.effectiveDate(),
        source,
        parsed.rows().size(),
        parsed.rejections(),
        importId -> {
          jdbc.update(
              "DELETE FROM billing_mue WHERE setting = ? AND effective_date = ?",
              parsed.setting().name(),
              parsed.effectiveDate());
          List<Object[]> args = new ArrayList<>(parsed.rows().size());
          for (MueLimit m : parsed.rows()) {
            args.add(
                new Object[] {
                  importId,
                  m.setting().name(),
                  m.effectiveDate(),
                  m.code(),
                  m.value(),
                  m.mai(),
                  truncate(m.rationale(), 200)
                });
          }
          batch(
              "INSERT INTO billing_mue (import_id, setting, effective_date, code, mue_value, mai, rationale)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?)",
              args);
        });
  }

  /**
   * Imports NCCI PTP edits. Rows are keyed by setting, column 1, column 2 and effective date, so a
   * later quarter's file updates deletion dates and indicators of the edits it repeats and adds new
   * ones; the four parts CMS splits a table into can be imported one after another.
   */
  public synchronized ImportResult importNcci(
      byte[] content, String fileName, EditSetting setting, String version) {
    Source source =
        source(content, fileName, (text, name) -> NcciPtpFile.parse(text, name, setting, version));
    NcciPtpFile.Parsed parsed = (NcciPtpFile.Parsed) source.parsed();
    return write(
        ImportKind.NCCI,
        parsed.setting().name(),
        parsed.version(),
        parsed.latestEffective(),
        source,
        parsed.rows().size(),
        parsed.rejections(),
        importId -> {
          List<Object[]> args = new ArrayList<>(parsed.rows().size());
          for (NcciPtpFile.Row row : parsed.rows()) {
            PtpEdit e = row.edit();
            args.add(
                new Object[] {
                  importId,
                  e.setting().name(),
                  e.column1(),
                  e.column2(),
                  e.effective(),
                  e.deletion(),
                  String.valueOf(e.modifierIndicator()),
                  row.prior1996(),
                  truncate(e.rationale(), 200)
                });
          }
          batch(
              "INSERT INTO billing_ncci_ptp (import_id, setting, column1, column2, effective_date, deletion_date,"
                  + " modifier_indicator, prior_1996, rationale) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                  + " ON DUPLICATE KEY UPDATE import_id = VALUES(import_id), deletion_date = VALUES(deletion_date),"
                  + " modifier_indicator = VALUES(modifier_indicator), prior_1996 = VALUES(prior_1996),"
                  + " rationale = VALUES(rationale)",
              args);
        });
  }

  /**
   * Imports the provider's chargemaster. Rows are keyed by code, modifier and effective date: a new
   * file updates the charges it repeats and adds its new rows, and the rows of earlier effective
   * dates keep pricing earlier dates of service.
   */
  public synchronized ImportResult importChargemaster(byte[] content, String fileName) {
    Source source = source(content, fileName, (text, name) -> ChargemasterFile.parse(text));
    ChargemasterFile.Parsed parsed = (ChargemasterFile.Parsed) source.parsed();
    return write(
        ImportKind.CHARGEMASTER,
        "NONE",
        parsed.latestEffective().toString(),
        parsed.latestEffective(),
        source,
        parsed.rows().size(),
        List.of(),
        importId -> {
          List<Object[]> args = new ArrayList<>(parsed.rows().size());
          for (ChargemasterEntry e : parsed.rows()) {
            args.add(
                new Object[] {
                  importId,
                  e.code(),
                  e.modifier(),
                  e.charge(),
                  e.effectiveDate(),
                  truncate(e.description(), 200)
                });
          }
          batch(
              "INSERT INTO chargemaster (import_id, code, modifier, charge, effective_date, description)"
                  + " VALUES (?, ?, ?, ?, ?, ?)"
                  + " ON DUPLICATE KEY UPDATE import_id = VALUES(import_id), charge = VALUES(charge),"
                  + " description = VALUES(description)",
              args);
        });
  }

  /** Imports a quarterly CMS OPPS Addendum B (CSV, or the CMS zip holding it). */
  public synchronized ImportResult importOppsAddendumB(
      byte[] content, String fileName, String quarter) {
    Source source =
        source(content, fileName, (text, name) -> OppsAddendumBFile.parse(text, name, quarter));
    OppsAddendumBFile.Parsed parsed = (OppsAddendumBFile.Parsed) source.parsed();
    return write(
        ImportKind.OPPS_ADDENDUM_B,
        "NONE",
        parsed.quarter(),
        parsed.start(),
        source,
        parsed.rows().size(),
        parsed.rejections(),
        importId -> {
          jdbc.update("DELETE FROM billing_opps_status WHERE opps_quarter = ?", parsed.quarter());
          List<Object[]> args = new ArrayList<>(parsed.rows().size());
          for (OppsStatus o : parsed.rows()) {
            args.add(
                new Object[] {
                  importId,
                  o.quarter(),
                  o.start(),
                  o.end(),
                  o.hcpcs(),
                  o.statusIndicator(),
                  truncate(o.apc(), 10),
                  o.paymentRate()
                });
          }
          batch(
              "INSERT INTO billing_opps_status (import_id, opps_quarter, quarter_start, quarter_end, hcpcs,"
                  + " status_indicator, apc, payment_rate) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
              args);
        });
  }

  /** All imports of a kind, oldest first. */
  public List<ReferenceImportEntity> history(ImportKind kind) {
    return imports.findByKindOrderByIdAsc(kind.name());
  }

  private interface Parser {
    Object parse(String text, String name);
  }

  private record Source(String fileName, String sha256, Object parsed) {}

  /** Decodes the upload (a CSV/TXT file or a CMS zip holding one) and parses it. */
  private Source source(byte[] content, String fileName, Parser parser) {
    if (content == null || content.length == 0) {
      throw new FileRejectedException("file", 0, "the uploaded file is empty");
    }
    String name = fileName == null || fileName.isBlank() ? "upload" : fileName;
    if (UploadGuard.isZip(content)) {
      return fromZip(content, name, parser);
    }
    return new Source(name, sha256(content), parser.parse(CmsTable.decode(content), name));
  }

  /** The zip's tables, expanded within the upload limits (a zip bomb is refused). */
  private Source fromZip(byte[] zip, String zipName, Parser parser) {
    List<Source> parsed = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    List<UploadGuard.Entry> tables;
    try {
      tables =
          uploads.unzip(
              zip,
              entryName -> {
                String lower = entryName.toLowerCase(Locale.ROOT);
                return lower.endsWith(".csv") || lower.endsWith(".txt");
              });
    } catch (UploadGuard.UploadRejectedException e) {
      throw new FileRejectedException("file", 0, e.getMessage().replaceFirst("^file: ", ""));
    }
    for (UploadGuard.Entry table : tables) {
      String entryName = table.name();
      byte[] bytes = table.content();
      String name = zipName + "!" + entryName;
      try {
        parsed.add(
            new Source(name, sha256(bytes), parser.parse(CmsTable.decode(bytes), entryName)));
      } catch (FileRejectedException e) {
        failures.add(entryName + ": " + e.getMessage());
      }
    }
    if (parsed.size() == 1) {
      return parsed.get(0);
    }
    if (parsed.isEmpty()) {
      throw new FileRejectedException(
          "file",
          0,
          failures.isEmpty()
              ? "the zip holds no .csv or .txt table"
              : "no table in the zip could be read: " + String.join("; ", failures));
    }
    throw new FileRejectedException(
        "file",
        0,
        "the zip holds "
            + parsed.size()
            + " tables ("
            + String.join(", ", parsed.stream().map(Source::fileName).toList())
            + "); upload them one at a time");
  }

  private ImportResult write(
      ImportKind kind,
      String setting,
      String version,
      LocalDate effectiveDate,
      Source source,
      int rowsLoaded,
      List<RowRejection> rejections,
      java.util.function.LongConsumer writeRows) {
    Optional<ReferenceImportEntity> previous =
        imports.findFirstByKindAndSettingAndVersionLabelOrderByIdDesc(
            kind.name(), setting, version);
    if (previous.isPresent() && previous.get().getSha256().equals(source.sha256())) {
      ReferenceImportEntity p = previous.get();
      return new ImportResult(
          p.getId(),
          kind,
          setting,
          version,
          p.getEffectiveDate(),
          "UNCHANGED",
          p.getRowsLoaded(),
          p.getRowsRejected(),
          rejections,
          source.fileName(),
          source.sha256());
    }
    Long id =
        tx.execute(
            status -> {
              ReferenceImportEntity saved =
                  imports.saveAndFlush(
                      new ReferenceImportEntity(
                          kind.name(),
                          setting,
                          version,
                          effectiveDate,
                          truncate(source.fileName(), 255),
                          source.sha256(),
                          rowsLoaded,
                          rejections.size(),
                          LocalDateTime.now(ZoneOffset.UTC)));
              writeRows.accept(saved.getId());
              return saved.getId();
            });
    referenceData.reload();
    return new ImportResult(
        id,
        kind,
        setting,
        version,
        effectiveDate,
        previous.isPresent() ? "REPLACED" : "LOADED",
        rowsLoaded,
        rejections.size(),
        rejections,
        source.fileName(),
        source.sha256());
  }

  private void batch(String sql, List<Object[]> args) {
    for (int from = 0; from < args.size(); from += BATCH) {
      jdbc.batchUpdate(sql, args.subList(from, Math.min(args.size(), from + BATCH)));
    }
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package com.infusionbilling.billing.reference.imports;

import com.infusionbilling.billing.coding.EditSetting;
import com.infusionbilling.billing.reference.PtpEdit;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NCCI procedure-to-procedure edits as published (practitioner "ccipra-v..." or hospital
 * "ccioph-v..." text files, tab-delimited; or the spreadsheet saved as CSV): copyright and title
 * rows, a header "Column 1, Column 2, *=in existence prior to 1996, Effective Date, Deletion Date
 * *=no data, Modifier 0=not allowed 1=allowed 9=not applicable, PTP Edit Rationale" whose legends
 * may continue on the following rows, then one row per edit with dates as YYYYMMDD and "*" for no
 * deletion date.
 */
public final class NcciPtpFile {
  private NcciPtpFile() {}

  /** One edit and whether it existed before 1996. */
  public record Row(PtpEdit edit, boolean prior1996) {}

  /** The parsed file. */
  public record Parsed(
      EditSetting setting,
      String version,
      LocalDate latestEffective,
      List<Row> rows,
      List<RowRejection> rejections) {}

  private static final Pattern VERSION =
      Pattern.compile("v(\\d{2,3})r(\\d+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern YMD = Pattern.compile("\\d{8}");

  /**
   * Parses the file.
   *
   * @param settingParam PRACTITIONER or FACILITY, or null to take it from the file name (ccipra /
   *     ccioph)
   * @param versionParam the NCCI version (e.g. "v313r0"), or null to take it from the file name
   */
  public static Parsed parse(
      String text, String fileName, EditSetting settingParam, String versionParam) {
    List<CmsTable.Row> rows = CmsTable.read(text);
    int headerIndex =
        CmsTable.findHeader(
            rows,
            NcciPtpFile::isHeader,
            "starting 'Column 1, Column 2' (is this an NCCI PTP edit file?)");
    CmsTable.Row header = rows.get(headerIndex);
    int prior = orDefault(CmsTable.column(header, "1996"), 2);
    int effective = orDefault(CmsTable.column(header, "effective"), 3);
    int deletion = orDefault(CmsTable.column(header, "deletion"), 4);
    int modifier = orDefault(CmsTable.column(header, "modifier"), 5);
    int rationale = orDefault(CmsTable.column(header, "rationale"), 6);

    EditSetting setting = settingOf(fileName);
    if (settingParam != null) {
      if (setting != null && setting != settingParam) {
        throw new FileRejectedException(
            "setting",
            0,
            "the file name says "
                + setting
                + " edits but the request files them as "
                + settingParam);
      }
      setting = settingParam;
    }
    if (setting == null) {
      throw new FileRejectedException(
          "setting",
          0,
          "the setting is not in the file name (ccipra/ccioph); pass setting=PRACTITIONER or FACILITY");
    }

    List<Row> edits = new ArrayList<>();
    List<RowRejection> rejections = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    LocalDate latest = null;
    boolean dataStarted = false;
    for (int i = headerIndex + 1; i < rows.size(); i++) {
      CmsTable.Row r = rows.get(i);
      if (r.blank()) {
        continue;
      }
      if (r.cell(0).isEmpty() && r.cell(1).isEmpty()) {
        if (!dataStarted) {
          continue; // legends of the header ("*=no data", "0=not allowed", …) on their own rows
        }
        throw FileRejectedException.atLine(r.line(), "Column 1 and Column 2 are empty");
      }
      dataStarted = true;
      String column1 = r.cell(0).toUpperCase(Locale.ROOT);
      String column2 = r.cell(1).toUpperCase(Locale.ROOT);
      if (!CmsTable.CODE.matcher(column1).matches()) {
        throw FileRejectedException.atLine(
            r.line(), "Column 1 '" + r.cell(0) + "' is not a 5-character code");
      }
      if (!CmsTable.CODE.matcher(column2).matches()) {
        throw FileRejectedException.atLine(
            r.line(), "Column 2 '" + r.cell(1) + "' is not a 5-character code");
      }
      LocalDate from = date(r.cell(effective), r.line(), "Effective Date");
      if (from == null) {
        throw FileRejectedException.atLine(r.line(), "Effective Date is empty");
      }
      String deletionText = r.cell(deletion);
      LocalDate to =
          deletionText.isEmpty() || deletionText.equals("*")
              ? null
              : date(deletionText, r.line(), "Deletion Date");
      String indicator = r.cell(modifier);
      if (indicator.length() != 1 || "019".indexOf(indicator.charAt(0)) < 0) {
        throw FileRejectedException.atLine(
            r.line(), "Modifier indicator '" + indicator + "' is not 0, 1 or 9");
      }
      String priorText = r.cell(prior);
      if (!priorText.isEmpty() && !priorText.equals("*")) {
        throw FileRejectedException.atLine(
            r.line(), "'in existence prior to 1996' is '" + priorText + "', not * or empty");
      }
      String key = column1 + "|" + column2 + "|" + from;
      if (!CmsTable.firstOccurrence(
          seen, key, column1 + "/" + column2 + " effective " + from, r, rejections)) {
        continue;
      }
      if (latest == null || from.isAfter(latest)) {
        latest = from;
      }
      edits.add(
          new Row(
              new PtpEdit(
                  setting,
                  column1,
                  column2,
                  from,
                  to,
                  indicator.charAt(0),
                  AspFile.emptyToNull(r.cell(rationale))),
              priorText.equals("*")));
    }
    if (edits.isEmpty()) {
      throw FileRejectedException.atLine(header.line(), "the file has no edits below its header");
    }
    String version = versionParam;
    if (version == null || version.isBlank()) {
      Matcher m = fileName == null ? null : VERSION.matcher(fileName);
      version =
          m != null && m.find()
              ? ("v" + m.group(1) + "r" + m.group(2)).toLowerCase(Locale.ROOT)
              : "through-" + latest;
    }
    return new Parsed(setting, version.trim(), latest, edits, rejections);
  }

  private static boolean isHeader(CmsTable.Row r) {
    return CmsTable.normalize(r.cell(0)).replace(" ", "").startsWith("column1")
        && CmsTable.normalize(r.cell(1)).replace(" ", "").startsWith("column2");
  }

  private static int orDefault(int found, int position) {
    return found >= 0 ? found : position;
  }

  static EditSetting settingOf(String fileName) {
    if (fileName == null) {
      return null;
    }
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.contains("ccipra") || name.contains("practitioner")) {
      return EditSetting.PRACTITIONER;
    }
    if (name.contains("ccioph") || name.contains("hospital") || name.contains("outpatient")) {
      return EditSetting.FACILITY;
    }
    return null;
  }

  private static LocalDate date(String text, long line, String column) {
    if (text.isEmpty()) {
      return null;
    }
    if (!YMD.matcher(text).matches()) {
      throw FileRejectedException.atLine(
          line, column + " '" + text + "' is not a date in YYYYMMDD form");
    }
    try {
      return LocalDate.of(
          Integer.parseInt(text.substring(0, 4)),
          Integer.parseInt(text.substring(4, 6)),
          Integer.parseInt(text.substring(6, 8)));
    } catch (DateTimeException e) {
      throw FileRejectedException.atLine(line, column + " '" + text + "' is not a valid date");
    }
  }
}

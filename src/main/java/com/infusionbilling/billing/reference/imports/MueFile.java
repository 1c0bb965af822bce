package com.infusionbilling.billing.reference.imports;

import com.infusionbilling.billing.coding.EditSetting;
import com.infusionbilling.billing.reference.MueLimit;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CMS MUE table (practitioner services or outpatient hospital services), CSV as published: a
 * quoted, multi-line AMA copyright notice, then the header "HCPCS/CPT Code, Practitioner Services
 * MUE Values (or Outpatient Hospital Services MUE Values), MUE Adjudication Indicator, MUE
 * Rationale", then one row per code. The indicator cell holds the MAI digit and its text ("2 Date
 * of Service Edit: Policy").
 */
public final class MueFile {
  private MueFile() {}

  /** The parsed table. */
  public record Parsed(
      EditSetting setting,
      LocalDate effectiveDate,
      List<MueLimit> rows,
      List<RowRejection> rejections) {}

  private static final Pattern MDY = Pattern.compile("(\\d{1,2})[-_/](\\d{1,2})[-_/](\\d{4})");
  private static final Pattern YEAR_QUARTER =
      Pattern.compile("(\\d{4})[\\s_-]*q([1-4])", Pattern.CASE_INSENSITIVE);
  private static final Pattern QUARTER_YEAR =
      Pattern.compile("q([1-4])[\\s_-]*(\\d{4})", Pattern.CASE_INSENSITIVE);

  /**
   * Parses the table.
   *
   * @param settingParam PRACTITIONER or FACILITY, or null to take it from the header
   * @param effectiveDate the date the table takes effect, or null to take it from the file name
   *     ("..._Eff_10-01-2025.csv", "...-2025-q4-...")
   */
  public static Parsed parse(
      String text, String fileName, EditSetting settingParam, LocalDate effectiveDate) {
    List<CmsTable.Row> rows = CmsTable.read(text);
    int headerIndex =
        CmsTable.findHeader(
            rows,
            r -> CmsTable.title(r, "hcpcs/cpt code") >= 0 && CmsTable.column(r, "mue values") >= 0,
            "with 'HCPCS/CPT Code' and '... MUE Values' (is this a CMS MUE table?)");
    CmsTable.Row header = rows.get(headerIndex);
    int code = CmsTable.title(header, "hcpcs/cpt code");
    int value = CmsTable.column(header, "mue values");
    int mai = CmsTable.column(header, "adjudication indicator");
    int rationale = CmsTable.column(header, "rationale");
    if (mai < 0) {
      throw FileRejectedException.atLine(
          header.line(), "the header has no 'MUE Adjudication Indicator' column");
    }
    String valueHeader = CmsTable.normalize(header.cell(value));
    EditSetting fromHeader;
    if (valueHeader.contains("practitioner")) {
      fromHeader = EditSetting.PRACTITIONER;
    } else if (valueHeader.contains("outpatient hospital") || valueHeader.contains("facility")) {
      fromHeader = EditSetting.FACILITY;
    } else {
      throw FileRejectedException.atLine(
          header.line(),
          "'"
              + header.cell(value)
              + "' is not the practitioner or outpatient hospital MUE table (DME supplier tables are not used for infusion claims)");
    }
    if (settingParam != null && settingParam != fromHeader) {
      throw new FileRejectedException(
          "setting",
          0,
          "the file is the " + fromHeader + " table but the request files it as " + settingParam);
    }
    LocalDate effective = effectiveDate != null ? effectiveDate : effectiveDateOf(fileName);
    if (effective == null) {
      throw new FileRejectedException(
          "effectiveDate",
          0,
          "the effective date is not in the file name; pass effectiveDate=YYYY-MM-DD");
    }

    List<MueLimit> limits = new ArrayList<>();
    List<RowRejection> rejections = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    for (int i = headerIndex + 1; i < rows.size(); i++) {
      CmsTable.Row r = rows.get(i);
      if (r.blank()) {
        continue;
      }
      String hcpcs = CmsTable.code(r, code, "HCPCS/CPT Code", rejections);
      if (hcpcs == null) {
        continue;
      }
      int units;
      try {
        units = Integer.parseInt(r.cell(value));
      } catch (NumberFormatException e) {
        throw FileRejectedException.atLine(
            r.line(), "MUE value '" + r.cell(value) + "' for " + hcpcs + " is not a whole number");
      }
      if (units < 0) {
        throw FileRejectedException.atLine(
            r.line(), "MUE value " + units + " for " + hcpcs + " is negative");
      }
      String maiText = r.cell(mai);
      if (maiText.isEmpty()
          || "123".indexOf(maiText.charAt(0)) < 0
          || (maiText.length() > 1 && Character.isDigit(maiText.charAt(1)))) {
        throw FileRejectedException.atLine(
            r.line(),
            "MUE Adjudication Indicator '"
                + maiText
                + "' for "
                + hcpcs
                + " does not start with 1, 2 or 3");
      }
      if (!CmsTable.firstOccurrence(seen, hcpcs, hcpcs, r, rejections)) {
        continue;
      }
      limits.add(
          new MueLimit(
              fromHeader,
              effective,
              hcpcs,
              units,
              maiText.charAt(0) - '0',
              rationale < 0 ? null : AspFile.emptyToNull(r.cell(rationale))));
    }
    if (limits.isEmpty()) {
      throw FileRejectedException.atLine(header.line(), "the table has no rows below its header");
    }
    return new Parsed(fromHeader, effective, limits, rejections);
  }

  static LocalDate effectiveDateOf(String fileName) {
    if (fileName == null) {
      return null;
    }
    try {
      Matcher m = MDY.matcher(fileName);
      if (m.find()) {
        return LocalDate.of(
            Integer.parseInt(m.group(3)),
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)));
      }
    } catch (DateTimeException e) {
      return null;
    }
    Matcher yq = YEAR_QUARTER.matcher(fileName);
    if (yq.find()) {
      return LocalDate.of(
          Integer.parseInt(yq.group(1)), (Integer.parseInt(yq.group(2)) - 1) * 3 + 1, 1);
    }
    Matcher qy = QUARTER_YEAR.matcher(fileName);
    if (qy.find()) {
      return LocalDate.of(
          Integer.parseInt(qy.group(2)), (Integer.parseInt(qy.group(1)) - 1) * 3 + 1, 1);
    }
    String quarter = CmsQuarter.quarterOf(fileName);
    if (quarter != null) {
      return LocalDate.of(
          Integer.parseInt(quarter.substring(0, 4)), (quarter.charAt(5) - '1') * 3 + 1, 1);
    }
    return null;
  }
}

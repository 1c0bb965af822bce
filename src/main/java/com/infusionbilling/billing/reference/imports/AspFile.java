package com.infusionbilling.billing.reference.imports;

import com.infusionbilling.billing.reference.AspPrice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The quarterly ASP pricing file (CMS "Medicare Part B Drug Average Sales Price" payment limit
 * file, CSV/section 508 version): about eight title and note rows, then the header "HCPCS Code,
 * Short Description, HCPCS Code Dosage, Payment Limit, [Co-insurance Percentage,] Vaccine AWP%, …,
 * Notes", then one row per code. Columns are found by name; the header row is detected.
 */
public final class AspFile {
  private AspFile() {}

  /** The parsed file: quarter, rows to load and rows rejected. */
  public record Parsed(
      String quarter,
      LocalDate start,
      LocalDate end,
      List<AspPrice> rows,
      List<RowRejection> rejections) {}

  /**
   * Parses the file.
   *
   * @param quarterParam the quarter the caller files it under (e.g. "2025Q3"), or null to take it
   *     from the file's title ("Effective July 1, 2025 ...") or its name ("july-2025-asp-...")
   */
  public static Parsed parse(String text, String fileName, String quarterParam) {
    List<CmsTable.Row> rows = CmsTable.read(text);
    int headerIndex =
        CmsTable.findHeader(
            rows,
            r -> CmsTable.title(r, "hcpcs code") >= 0 && CmsTable.title(r, "payment limit") >= 0,
            "with 'HCPCS Code' and 'Payment Limit' (is this the ASP pricing file?)");
    CmsTable.Row header = rows.get(headerIndex);
    int code = CmsTable.title(header, "hcpcs code");
    int description = CmsTable.column(header, "short desc");
    int dosage = CmsTable.column(header, "dosage");
    int limit = CmsTable.title(header, "payment limit");
    int coinsurance = CmsTable.column(header, "co-insurance");
    if (coinsurance < 0) {
      coinsurance = CmsTable.column(header, "coinsurance");
    }
    int notes = CmsTable.column(header, "notes");

    String fromFile = null;
    for (int i = 0; i < headerIndex; i++) {
      String title = String.join(" ", rows.get(i).cells());
      if (title.toLowerCase(Locale.ROOT).contains("effective")) {
        fromFile = CmsQuarter.quarterOf(title);
        if (fromFile != null) {
          break;
        }
      }
    }
    if (fromFile == null && fileName != null) {
      fromFile = CmsQuarter.quarterOf(fileName);
    }
    CmsQuarter resolved = CmsQuarter.resolve(quarterParam, fromFile);
    String quarter = resolved.quarter();
    LocalDate start = resolved.start();
    LocalDate end = resolved.end();

    List<AspPrice> prices = new ArrayList<>();
    List<RowRejection> rejections = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    for (int i = headerIndex + 1; i < rows.size(); i++) {
      CmsTable.Row r = rows.get(i);
      if (r.blank()) {
        continue;
      }
      String hcpcs = CmsTable.code(r, code, "HCPCS Code", rejections);
      if (hcpcs == null) {
        continue;
      }
      String limitText = r.cell(limit).replace("$", "").replace(",", "").trim();
      if (limitText.isEmpty() || limitText.equalsIgnoreCase("N/A")) {
        String note = r.cell(notes);
        rejections.add(
            new RowRejection(
                r.line(),
                hcpcs
                    + ": no payment limit published"
                    + (note.isEmpty() ? "" : " (Notes: " + CmsTable.shorten(note) + ")")));
        continue;
      }
      BigDecimal paymentLimit = number(limitText, r.line(), "Payment Limit");
      if (paymentLimit.signum() < 0) {
        throw FileRejectedException.atLine(r.line(), "Payment Limit " + limitText + " is negative");
      }
      BigDecimal coinsurancePercent = null;
      if (coinsurance >= 0 && !r.cell(coinsurance).isEmpty()) {
        String c = r.cell(coinsurance).replace("%", "").trim();
        coinsurancePercent = number(c, r.line(), "Co-insurance Percentage");
        if (coinsurancePercent.signum() < 0
            || coinsurancePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
          throw FileRejectedException.atLine(
              r.line(), "Co-insurance Percentage " + c + " is not between 0 and 100");
        }
      }
      if (!CmsTable.firstOccurrence(seen, hcpcs, hcpcs, r, rejections)) {
        continue;
      }
      prices.add(
          new AspPrice(
              quarter,
              start,
              end,
              hcpcs,
              r.cell(dosage),
              paymentLimit,
              coinsurancePercent,
              notes < 0 ? null : emptyToNull(r.cell(notes))));
    }
    if (prices.isEmpty()) {
      throw FileRejectedException.atLine(
          header.line(), "the file has no payment limit rows below its header");
    }
    return new Parsed(quarter, start, end, prices, rejections);
  }

  static BigDecimal number(String text, long line, String column) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw FileRejectedException.atLine(line, column + " '" + text + "' is not a number");
    }
  }

  static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}

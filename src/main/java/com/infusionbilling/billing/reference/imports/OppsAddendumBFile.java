package com.infusionbilling.billing.reference.imports;

import com.infusionbilling.billing.reference.OppsStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The CMS OPPS Addendum B ("OPPS Payment by HCPCS Code", quarterly, CSV as published): title and
 * note rows, then a header with "HCPCS Code", "Short Descriptor", "SI" (status indicator), "APC",
 * "Relative Weight", "Payment Rate", … Columns are found by name; the quarter comes from the
 * request, the title ("January 2025 Addendum B") or the file name ("2025_january_addendum_b").
 */
public final class OppsAddendumBFile {
  private OppsAddendumBFile() {}

  /** The parsed file: quarter, rows to load and rows rejected. */
  public record Parsed(
      String quarter,
      LocalDate start,
      LocalDate end,
      List<OppsStatus> rows,
      List<RowRejection> rejections) {}

  private static final Pattern STATUS = Pattern.compile("[A-Z][0-9]?");

  public static Parsed parse(String text, String fileName, String quarterParam) {
    List<CmsTable.Row> rows = CmsTable.read(text);
    int headerIndex =
        CmsTable.findHeader(
            rows,
            r -> CmsTable.title(r, "hcpcs code") >= 0 && statusColumn(r) >= 0,
            "with 'HCPCS Code' and 'SI' (is this the OPPS Addendum B?)");
    CmsTable.Row header = rows.get(headerIndex);
    int code = CmsTable.title(header, "hcpcs code");
    int si = statusColumn(header);
    int apc = exact(header, "apc");
    int rate = CmsTable.column(header, "payment rate");

    String fromFile = null;
    for (int i = 0; i < headerIndex && fromFile == null; i++) {
      fromFile = CmsQuarter.quarterOf(String.join(" ", rows.get(i).cells()));
    }
    if (fromFile == null && fileName != null) {
      fromFile = CmsQuarter.quarterOf(fileName.replace('_', ' '));
    }
    CmsQuarter resolved = CmsQuarter.resolve(quarterParam, fromFile);
    String quarter = resolved.quarter();
    LocalDate start = resolved.start();
    LocalDate end = resolved.end();

    List<OppsStatus> statuses = new ArrayList<>();
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
      String indicator = r.cell(si).toUpperCase(Locale.ROOT);
      if (!STATUS.matcher(indicator).matches()) {
        throw FileRejectedException.atCell(
            r.line(), "SI", "'" + r.cell(si) + "' is not a status indicator (K, G, N, S, Q1, ...)");
      }
      BigDecimal payment = null;
      String rateText = rate < 0 ? "" : r.cell(rate).replace("$", "").replace(",", "").trim();
      if (!rateText.isEmpty()) {
        payment = AspFile.number(rateText, r.line(), "Payment Rate");
      }
      if (!CmsTable.firstOccurrence(seen, hcpcs, hcpcs, r, rejections)) {
        continue;
      }
      statuses.add(
          new OppsStatus(
              quarter,
              start,
              end,
              hcpcs,
              indicator,
              apc < 0 ? null : AspFile.emptyToNull(r.cell(apc)),
              payment));
    }
    if (statuses.isEmpty()) {
      throw FileRejectedException.atLine(
          header.line(), "the file has no HCPCS rows below its header");
    }
    return new Parsed(quarter, start, end, statuses, rejections);
  }

  private static int statusColumn(CmsTable.Row row) {
    int si = exact(row, "si");
    return si >= 0 ? si : CmsTable.title(row, "status indicator");
  }

  private static int exact(CmsTable.Row row, String text) {
    for (int i = 0; i < row.cells().size(); i++) {
      if (CmsTable.normalize(row.cells().get(i)).equals(text)) {
        return i;
      }
    }
    return -1;
  }
}

package com.infusionbilling.billing.reference.imports;

import com.infusionbilling.billing.reference.ChargemasterEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The provider's chargemaster as CSV (or tab-delimited text): optional title rows, then a header
 * with the columns {@code code} (also "HCPCS", "CPT/HCPCS"), {@code modifier}, {@code charge} and
 * {@code effective date}, and optionally {@code description}; then one row per code (and modifier)
 * and effective date. Unlike the CMS files, a chargemaster is the provider's own file, so every row
 * must be right: the first bad cell rejects the whole file, naming its line and column.
 */
public final class ChargemasterFile {
  private ChargemasterFile() {}

  /** The parsed file: its rows and the latest effective date among them. */
  public record Parsed(List<ChargemasterEntry> rows, LocalDate latestEffective) {}

  private static final Pattern MODIFIER = Pattern.compile("[A-Z0-9]{2}");
  private static final Pattern AMOUNT = Pattern.compile("\\d{1,10}(\\.\\d{1,2})?");
  private static final DateTimeFormatter US_DATE =
      DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT);

  public static Parsed parse(String text) {
    List<CmsTable.Row> rows = CmsTable.read(text);
    int headerIndex =
        CmsTable.findHeader(
            rows,
            r -> codeColumn(r) >= 0 && CmsTable.title(r, "charge") >= 0,
            "with 'code', 'modifier', 'charge' and 'effective date' columns (is this a chargemaster?)");
    CmsTable.Row header = rows.get(headerIndex);
    int code = codeColumn(header);
    int modifier = CmsTable.title(header, "modifier");
    int charge = CmsTable.title(header, "charge");
    int effective = CmsTable.title(header, "effective");
    int description = CmsTable.title(header, "description");
    if (modifier < 0) {
      throw FileRejectedException.atLine(header.line(), "the header has no 'modifier' column");
    }
    if (effective < 0) {
      throw FileRejectedException.atLine(
          header.line(), "the header has no 'effective date' column");
    }
    List<ChargemasterEntry> entries = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    LocalDate latest = null;
    for (int i = headerIndex + 1; i < rows.size(); i++) {
      CmsTable.Row r = rows.get(i);
      if (r.blank()) {
        continue;
      }
      String codeText = r.cell(code).toUpperCase(Locale.ROOT);
      if (!CmsTable.CODE.matcher(codeText).matches()) {
        throw FileRejectedException.atCell(
            r.line(), "code", "'" + r.cell(code) + "' is not a 5-character HCPCS/CPT code");
      }
      String modifierText = r.cell(modifier).toUpperCase(Locale.ROOT);
      if (!modifierText.isEmpty() && !MODIFIER.matcher(modifierText).matches()) {
        throw FileRejectedException.atCell(
            r.line(),
            "modifier",
            "'" + r.cell(modifier) + "' is not a 2-character modifier (leave it empty for none)");
      }
      String chargeText = r.cell(charge).replace("$", "").replace(",", "").trim();
      if (chargeText.isEmpty()) {
        throw FileRejectedException.atCell(r.line(), "charge", "empty; every row needs a charge");
      }
      if (!AMOUNT.matcher(chargeText).matches()) {
        throw FileRejectedException.atCell(
            r.line(),
            "charge",
            "'"
                + r.cell(charge)
                + "' is not an amount in dollars and cents (not negative, at most 2 decimals)");
      }
      LocalDate date = date(r.cell(effective), r.line());
      String key = codeText + "|" + modifierText + "|" + date;
      Long first = seen.putIfAbsent(key, r.line());
      if (first != null) {
        throw FileRejectedException.atCell(
            r.line(),
            "code",
            codeText
                + (modifierText.isEmpty() ? "" : "-" + modifierText)
                + " effective "
                + date
                + " is already on line "
                + first
                + "; one charge per code, modifier and effective date");
      }
      latest = latest == null || date.isAfter(latest) ? date : latest;
      entries.add(
          new ChargemasterEntry(
              codeText,
              modifierText,
              new BigDecimal(chargeText),
              date,
              description < 0 ? null : AspFile.emptyToNull(r.cell(description))));
    }
    if (entries.isEmpty()) {
      throw FileRejectedException.atLine(
          header.line(), "the file has no chargemaster rows below its header");
    }
    return new Parsed(entries, latest);
  }

  private static int codeColumn(CmsTable.Row row) {
    int code = CmsTable.title(row, "code");
    if (code < 0) {
      code = CmsTable.title(row, "hcpcs");
    }
    return code < 0 ? CmsTable.title(row, "cpt") : code;
  }

  private static LocalDate date(String text, long line) {
    if (text.isEmpty()) {
      throw FileRejectedException.atCell(line, "effective date", "empty; every row needs one");
    }
    try {
      return text.contains("/") ? LocalDate.parse(text, US_DATE) : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw FileRejectedException.atCell(
          line, "effective date", "'" + text + "' is not a date (YYYY-MM-DD or MM/DD/YYYY)");
    }
  }
}

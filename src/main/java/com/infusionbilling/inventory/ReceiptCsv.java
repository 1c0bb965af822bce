package com.infusionbilling.inventory;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A distributor invoice as CSV: a header row naming the columns (any order, case and spacing
 * ignored) {@code NDC, Lot, Expiry, Quantity, Unit cost, Invoice number, Date}, optionally {@code
 * Source} (BUY_AND_BILL when absent or empty; PATIENT_ASSISTANCE for replacement stock), then one
 * row per lot. Dates are ISO ({@code 2027-03-31}). Each cell is read here; the catalogue and
 * duplicate checks are {@link InventoryService#receive}'s. The first bad cell refuses the file.
 */
final class ReceiptCsv {
  static final String NDC = "NDC";
  static final String LOT = "Lot";
  static final String EXPIRY = "Expiry";
  static final String QUANTITY = "Quantity";
  static final String UNIT_COST = "Unit cost";
  static final String INVOICE = "Invoice number";
  static final String DATE = "Date";
  static final String SOURCE = "Source";
  static final List<String> REQUIRED =
      List.of(NDC, LOT, EXPIRY, QUANTITY, UNIT_COST, INVOICE, DATE);

  private ReceiptCsv() {}

  static List<NewReceipt> parse(byte[] content) {
    String text = new String(content, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<CSVRecord> records;
    try (CSVParser parser =
        CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get().parse(new StringReader(text))) {
      records = parser.getRecords();
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      throw new ReceiptRejectedException(0, "file", "not a readable CSV file");
    }
    if (records.isEmpty()) {
      throw new ReceiptRejectedException(0, "file", "the file is empty");
    }
    Map<String, Integer> columns = new LinkedHashMap<>();
    CSVRecord header = records.get(0);
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip();
      if (!key(name).isEmpty() && columns.putIfAbsent(key(name), i) != null) {
        throw new ReceiptRejectedException(0, name, "the header names column " + name + " twice");
      }
    }
    for (String required : REQUIRED) {
      if (!columns.containsKey(key(required))) {
        throw new ReceiptRejectedException(0, required, "the header has no column " + required);
      }
    }
    if (records.size() == 1) {
      throw new ReceiptRejectedException(0, "file", "the file has a header but no rows");
    }
    List<NewReceipt> out = new ArrayList<>();
    for (int r = 1; r < records.size(); r++) {
      Row row = new Row(r, records.get(r), columns);
      out.add(
          new NewReceipt(
              row.text(NDC),
              row.text(LOT),
              row.date(EXPIRY),
              row.number(QUANTITY),
              row.number(UNIT_COST),
              row.text(INVOICE),
              row.date(DATE),
              row.source()));
    }
    return out;
  }

  static String key(String column) {
    return column == null ? "" : column.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  private record Row(int number, CSVRecord record, Map<String, Integer> columns) {
    String cell(String column) {
      Integer i = columns.get(key(column));
      if (i == null || i >= record.size()) {
        return null;
      }
      String v = record.get(i).strip();
      return v.isEmpty() ? null : v;
    }

    String text(String column) {
      String v = cell(column);
      if (v == null) {
        throw new ReceiptRejectedException(number, column, "empty");
      }
      return v;
    }

    LocalDate date(String column) {
      try {
        return LocalDate.parse(text(column));
      } catch (DateTimeParseException e) {
        throw new ReceiptRejectedException(number, column, "not a date (YYYY-MM-DD)");
      }
    }

    BigDecimal number(String column) {
      try {
        return new BigDecimal(text(column));
      } catch (NumberFormatException e) {
        throw new ReceiptRejectedException(number, column, "not a number");
      }
    }

    InventorySource source() {
      String v = cell(SOURCE);
      if (v == null) {
        return InventorySource.BUY_AND_BILL;
      }
      try {
        return InventorySource.valueOf(v.toUpperCase(Locale.ROOT).replace(' ', '_'));
      } catch (IllegalArgumentException e) {
        throw new ReceiptRejectedException(
            number, SOURCE, "BUY_AND_BILL or PATIENT_ASSISTANCE expected");
      }
    }
  }
}

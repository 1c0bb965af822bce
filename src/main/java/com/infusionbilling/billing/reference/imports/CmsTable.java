package com.infusionbilling.billing.reference.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CMS tables as published: text in UTF-8 or Windows-1252 (the AMA notice carries a raw
 * ®), comma-separated with quoted multi-line cells or tab-delimited, each row with the line it
 * starts on.
 */
final class CmsTable {
  private CmsTable() {}

  static final Pattern CODE = Pattern.compile("[A-Z0-9]{5}");

  /** A row of cells and the 1-based line it starts on. */
  record Row(long line, List<String> cells) {
    String cell(int index) {
      return index >= 0 && index < cells.size() ? cells.get(index).trim() : "";
    }

    boolean blank() {
      for (String c : cells) {
        if (!c.isBlank()) {
          return false;
        }
      }
      return true;
    }

    /** True when only the first cell has text (titles, notes, footnotes). */
    boolean onlyFirstCell() {
      for (int i = 1; i < cells.size(); i++) {
        if (!cells.get(i).isBlank()) {
          return false;
        }
      }
      return !cell(0).isEmpty();
    }
  }

  static String decode(byte[] content) {
    if (content.length >= 3
        && (content[0] & 0xff) == 0xEF
        && (content[1] & 0xff) == 0xBB
        && (content[2] & 0xff) == 0xBF) {
      return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(content, Charset.forName("windows-1252"));
    }
  }

  /** Whether the first lines look tab-delimited. */
  static boolean tabDelimited(String text) {
    int end = Math.min(text.length(), 20_000);
    return text.substring(0, end).indexOf('\t') >= 0;
  }

  /** How many rows may precede the header (title, notes, copyright). */
  static final int HEADER_SEARCH_ROWS = 40;

  /**
   * Index of the header row: the first of the leading rows that {@code isHeader} accepts.
   *
   * @throws FileRejectedException saying what was looked for, when none is
   */
  static int findHeader(
      List<Row> rows, java.util.function.Predicate<Row> isHeader, String lookedFor) {
    int limit = Math.min(rows.size(), HEADER_SEARCH_ROWS);
    for (int i = 0; i < limit; i++) {
      if (isHeader.test(rows.get(i))) {
        return i;
      }
    }
    throw FileRejectedException.atLine(
        limit, "no header row " + lookedFor + " in the first " + HEADER_SEARCH_ROWS + " rows");
  }

  static List<Row> read(String text) {
    return tabDelimited(text) ? readTabs(text) : readCsv(text);
  }

  static List<Row> readTabs(String text) {
    List<Row> rows = new ArrayList<>();
    String[] lines = text.split("\r\n|\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i == lines.length - 1 && lines[i].isEmpty()) {
        break;
      }
      List<String> cells = new ArrayList<>(Arrays.asList(lines[i].split("\t", -1)));
      for (int c = 0; c < cells.size(); c++) {
        cells.set(c, unquote(cells.get(c)));
      }
      rows.add(new Row(i + 1, cells));
    }
    return rows;
  }

  private static String unquote(String cell) {
    String t = cell.trim();
    return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")
        ? t.substring(1, t.length() - 1)
        : cell;
  }

  static List<Row> readCsv(String text) {
    List<Row> rows = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
    long nextLine = 1;
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      var iterator = parser.iterator();
      while (true) {
        CSVRecord record;
        try {
          if (!iterator.hasNext()) {
            break;
          }
          record = iterator.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          throw FileRejectedException.atLine(
              nextLine, "not a readable CSV row (" + rootMessage(e) + ")");
        }
        rows.add(new Row(nextLine, record.toList()));
        nextLine = parser.getCurrentLineNumber() + 1;
      }
    } catch (IOException e) {
      throw FileRejectedException.atLine(nextLine, "not readable as CSV (" + e.getMessage() + ")");
    }
    return rows;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  /** Header text compared loosely: lower case, whitespace collapsed, no space around '/'. */
  static String normalize(String header) {
    return header
        .toLowerCase(Locale.ROOT)
        .replace('\u00a0', ' ')
        .replaceAll("\\s+", " ")
        .replaceAll(" ?/ ?", "/")
        .trim();
  }

  /**
   * Index of the first cell that is a column title starting with {@code text} (normalized): short
   * cells only, so a note that merely mentions "HCPCS code" and "payment limit" is not a header.
   */
  static int title(Row row, String text) {
    for (int i = 0; i < row.cells().size(); i++) {
      String cell = normalize(row.cells().get(i));
      if (cell.length() <= 60 && cell.startsWith(text)) {
        return i;
      }
    }
    return -1;
  }

  /** Index of the first header cell containing {@code text} (normalized), or -1. */
  static int column(Row header, String text) {
    for (int i = 0; i < header.cells().size(); i++) {
      if (normalize(header.cells().get(i)).contains(text)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The upper-cased 5-character code in {@code column} of a data row, or null when the row is a
   * note (only its first cell has text), which is then recorded as rejected.
   *
   * @throws FileRejectedException when the cell is not a code
   */
  static String code(Row r, int column, String columnName, List<RowRejection> rejections) {
    String code = r.cell(column).toUpperCase(Locale.ROOT);
    if (CODE.matcher(code).matches()) {
      return code;
    }
    if (r.onlyFirstCell() && r.cell(0).length() > 5) {
      rejections.add(new RowRejection(r.line(), "not a data row: '" + shorten(r.cell(0)) + "'"));
      return null;
    }
    throw FileRejectedException.atLine(
        r.line(), columnName + " '" + r.cell(column) + "' is not a 5-character code");
  }

  /**
   * Whether {@code key} is seen for the first time; a repeat is recorded as rejected (the first row
   * wins).
   */
  static boolean firstOccurrence(
      java.util.Map<String, Long> seen,
      String key,
      String label,
      Row r,
      List<RowRejection> rejections) {
    Long first = seen.putIfAbsent(key, r.line());
    if (first == null) {
      return true;
    }
    rejections.add(
        new RowRejection(r.line(), label + ": duplicate of line " + first + ", not loaded"));
    return false;
  }

  static String shorten(String s) {
    String oneLine = s.replaceAll("\\s+", " ").trim();
    return oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine;
  }
}

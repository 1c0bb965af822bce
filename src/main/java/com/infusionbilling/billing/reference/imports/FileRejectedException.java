package com.infusionbilling.billing.reference.imports;

/**
 * A CMS file that cannot be imported as a whole: nothing was changed. Names the line (1-based, or 0
 * for the whole file) and the reason; {@code field} is the request part or parameter at fault
 * ("file", "quarter", "effectiveDate", "setting").
 */
public class FileRejectedException extends RuntimeException {
  private final String field;
  private final long line;
  private final String reason;
  private final String column;

  public FileRejectedException(String field, long line, String reason) {
    this(field, line, null, reason);
  }

  private FileRejectedException(String field, long line, String column, String reason) {
    super(
        (line > 0 ? "line " + line + ": " : "")
            + (column == null ? "" : "column '" + column + "': ")
            + reason);
    this.field = field;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  public static FileRejectedException atLine(long line, String reason) {
    return new FileRejectedException("file", line, reason);
  }

  /** A bad cell: its line and the name of its column. */
  public static FileRejectedException atCell(long line, String column, String reason) {
    return new FileRejectedException("file", line, column, reason);
  }

  /** The column of the bad cell, or null when the problem is not one cell. */
  public String column() {
    return column;
  }

  public String field() {
    return field;
  }

  public long line() {
    return line;
  }

  public String reason() {
    return reason;
  }
}

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

  public FileRejectedException(String field, long line, String reason) {
    super(line > 0 ? "line " + line + ": " + reason : reason);
    this.field = field;
    this.line = line;
    this.reason = reason;
  }

  public static FileRejectedException atLine(long line, String reason) {
    return new FileRejectedException("file", line, reason);
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

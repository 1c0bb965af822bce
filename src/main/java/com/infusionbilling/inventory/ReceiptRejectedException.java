package com.infusionbilling.inventory;

/**
 * A receipt refused as a whole (nothing of it stored): the row (1-based data row of the CSV, the
 * header is row 0; 0 for a manual receipt or the whole file) and the column at fault.
 */
public class ReceiptRejectedException extends RuntimeException {
  private final int row;
  private final String column;

  public ReceiptRejectedException(int row, String column, String reason) {
    super((row > 0 ? "row " + row + ", " : "") + "column " + column + ": " + reason);
    this.row = row;
    this.column = column;
  }

  public int row() {
    return row;
  }

  public String column() {
    return column;
  }
}

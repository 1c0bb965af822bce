package com.infusionbilling.edi;

/** The three X12 control numbers: ISA13, GS06 and ST02. */
public enum ControlNumberKind {
  INTERCHANGE,
  GROUP,
  TRANSACTION_SET
}

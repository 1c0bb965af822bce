package com.infusionbilling.edi;

import java.util.Optional;

/**
 * The X12 5010 transactions this project exchanges, each with its implementation guide (TR3)
 * version, functional group code (GS01) and StAEDI implementation schema.
 */
public enum X12Transaction {
  ELIGIBILITY_INQUIRY_270("270", "HS", "005010X279A1", "x12-005010X279A1-270.xml"),
  ELIGIBILITY_RESPONSE_271("271", "HB", "005010X279A1", "x12-005010X279A1-271.xml"),
  /** 278 request and response share one schema; BHT02 = 13 is a request, 11 a response. */
  SERVICES_REVIEW_278("278", "HI", "005010X217", "x12-005010X217-278.xml"),
  PROFESSIONAL_CLAIM_837P("837", "HC", "005010X222A1", "x12-005010X222A1-837P.xml"),
  INSTITUTIONAL_CLAIM_837I("837", "HC", "005010X223A2", "x12-005010X223A2-837I.xml"),
  IMPLEMENTATION_ACK_999("999", "FA", "005010X231A1", "x12-005010X231A1-999.xml"),
  CLAIM_ACK_277CA("277", "HN", "005010X214", "x12-005010X214-277CA.xml"),
  REMITTANCE_835("835", "HP", "005010X221A1", "x12-005010X221A1-835.xml");

  private final String transactionSetId;
  private final String functionalId;
  private final String version;
  private final String schemaFile;

  X12Transaction(String transactionSetId, String functionalId, String version, String schemaFile) {
    this.transactionSetId = transactionSetId;
    this.functionalId = functionalId;
    this.version = version;
    this.schemaFile = schemaFile;
  }

  /** ST01, for example {@code 837}. */
  public String transactionSetId() {
    return transactionSetId;
  }

  /** GS01, for example {@code HC}. */
  public String functionalId() {
    return functionalId;
  }

  /** GS08 and ST03, for example {@code 005010X222A1}. */
  public String version() {
    return version;
  }

  /**
   * Whether ST03 (implementation convention reference) is sent. Every TR3 here requires it except
   * the 835 (005010X221A1), whose ST03 is "not used"; pyx12's 835 map and the TR3 both say so. On
   * input an 835 with ST03 is still accepted (the schema follows from GS08 when ST03 is absent).
   */
  public boolean writesSt03() {
    return this != REMITTANCE_835;
  }

  /** File name of the StAEDI schema under {@code edi/schemas/}. */
  public String schemaFile() {
    return schemaFile;
  }

  /**
   * Finds the transaction for an ST01 value and a version string (GS08 or ST03; StAEDI reports it
   * as {@code GS07.GS08}, for example {@code X.005010X222A1}).
   */
  public static Optional<X12Transaction> find(String transactionSetId, String version) {
    String v = version == null ? "" : version.substring(version.indexOf('.') + 1);
    for (X12Transaction t : values()) {
      if (t.transactionSetId.equals(transactionSetId) && v.startsWith(t.version)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}

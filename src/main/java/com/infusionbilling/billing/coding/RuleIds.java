package com.infusionbilling.billing.coding;

/** The ids of the rules that produce lines; every line carries one. */
public final class RuleIds {
  private RuleIds() {}

  /** Drug units: administered amount ÷ descriptor, rounded up, at least 1. */
  public static final String DRUG_UNITS = "drug-units";

  /** Drug units with JZ: single-dose containers, nothing discarded. */
  public static final String DRUG_UNITS_JZ = "drug-units-jz";

  /** Discarded units from single-dose containers, on their own JW line. */
  public static final String DRUG_WASTE_JW = "drug-waste-jw";

  public static final String ADMIN_INITIAL = "admin-initial";
  public static final String ADMIN_ADDITIONAL_HOUR = "admin-additional-hour";
  public static final String ADMIN_SEQUENTIAL = "admin-sequential";
  public static final String ADMIN_CONCURRENT = "admin-concurrent";
  public static final String ADMIN_PUSH_INITIAL = "admin-push-initial";
  public static final String ADMIN_PUSH_SEQUENTIAL = "admin-push-sequential";
  public static final String ADMIN_PUSH_SAME_DRUG = "admin-push-same-drug";
  public static final String ADMIN_INJECTION = "admin-injection";
  public static final String ADMIN_HYDRATION_INITIAL = "admin-hydration-initial";
  public static final String ADMIN_HYDRATION_ADDITIONAL = "admin-hydration-additional";
}

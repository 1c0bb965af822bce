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

  /** Home infusion nursing visit, first 2 hours (CPT 99601). */
  public static final String HOME_NURSING_VISIT = "home-nursing-visit";

  /** Home infusion nursing visit, each additional hour (CPT 99602). */
  public static final String HOME_NURSING_ADDITIONAL_HOUR = "home-nursing-additional-hour";

  /** Home infusion per diem (HCPCS S-code, e.g. S9338 immunotherapy). */
  public static final String HOME_PER_DIEM = "home-per-diem";

  /** Medicare home IVIG items and services bundle (HCPCS Q2052). */
  public static final String HOME_IVIG_BUNDLE = "home-ivig-bundle";
}

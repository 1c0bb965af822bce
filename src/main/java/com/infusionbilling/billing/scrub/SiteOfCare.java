package com.infusionbilling.billing.scrub;

/** Where the drug was given; an authorization may be limited to one. */
public enum SiteOfCare {
  OFFICE,
  HOSPITAL_OUTPATIENT,
  HOME,
  AMBULATORY_INFUSION_CENTER
}

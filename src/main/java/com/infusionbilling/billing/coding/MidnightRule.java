package com.infusionbilling.billing.coding;

/** How a payer wants an infusion that runs past midnight to be counted (sources differ). */
public enum MidnightRule {
  /** The whole infusion counts on the date it started (one continuous service). */
  CONTINUE_ON_START_DATE,
  /** Only the minutes up to midnight count on the start date; the rest belong to the next date. */
  SPLIT_AT_MIDNIGHT
}

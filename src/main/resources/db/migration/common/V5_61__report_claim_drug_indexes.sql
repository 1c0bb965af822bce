-- Issue 18, report speed (docs/benchmarks.md, second run): drug economics grouped report_claim_drug
-- by NDC through ix_report_claim_drug_ndc, a row look-up per index entry (p95 715 ms at 100,000
-- claims), and read every row when filtered by payer and month (p50 325 ms). The NDC index now
-- covers the columns the report sums (an index-only scan in NDC order; the NDC drill-down still
-- looks NDCs up by it), and the filter's columns are indexed as on report_claim.
DROP INDEX ix_report_claim_drug_ndc ON report_claim_drug;
CREATE INDEX ix_report_claim_drug_ndc ON report_claim_drug (ndc, latest_version, filed_at, code,
  units, charge, paid, jw_units, jw_charge);
CREATE INDEX ix_report_claim_drug_payer ON report_claim_drug (payer_id, date_of_service);

-- Issue 18: the reports look up write-offs by claim (write_off_report in every A/R balance); the
-- table had only its unique key by denial, so each claim's balance scanned every write-off.
CREATE INDEX ix_write_off_claim ON write_off (claim_id);

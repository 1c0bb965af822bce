-- Provider-level adjustments are reconciled by accounts receivable (issue 17 item 2): what the
-- person did about each PLB (posted to the account, disputed with the payer, referred), once.
ALTER TABLE plb_adjustment ADD COLUMN resolution VARCHAR(20);
ALTER TABLE plb_adjustment ADD COLUMN resolution_note VARCHAR(500);
ALTER TABLE plb_adjustment ADD COLUMN resolved_by VARCHAR(100);
ALTER TABLE plb_adjustment ADD COLUMN resolved_at DATETIME(6);

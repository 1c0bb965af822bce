-- Issue 18, report speed: claim_report (V4_61) gave each claim version its first-pass rejection and
-- whether it is the visit's latest version by two correlated subqueries per row. The same two
-- columns now come from grouped aggregates joined once: the claims with a rejected
-- acknowledgement (999/277CA), and each visit's highest claim version. Same columns, same values.
DROP VIEW claim_report;

CREATE VIEW claim_report AS
SELECT c.id AS claim_id, c.visit_id, c.episode_id, c.version AS claim_version, c.payer_id,
       c.date_of_service, c.status, c.total_charge, c.total_expected_allowed,
       c.filed_at, c.last_submitted_at, c.filing_deadline,
       CASE WHEN rejected.claim_id IS NULL THEN 0 ELSE 1 END AS first_pass_rejected,
       CASE WHEN c.version = latest.version THEN 1 ELSE 0 END AS latest_version
  FROM claim c
  JOIN (SELECT v.visit_id, MAX(v.version) AS version FROM claim v GROUP BY v.visit_id) latest
    ON latest.visit_id = c.visit_id
  LEFT JOIN (SELECT a.claim_id FROM claim_ack a WHERE a.accepted = FALSE GROUP BY a.claim_id) rejected
    ON rejected.claim_id = c.id;

-- The reports filter claims by payer and month of service.
CREATE INDEX ix_claim_payer_service ON claim (payer_id, date_of_service);

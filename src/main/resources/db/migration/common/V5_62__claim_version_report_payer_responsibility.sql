-- Reports and secondary claims (issues 17 and 18): a secondary claim (SBR01 S, V5_50) is a later
-- version of the same visit's claim, so the reports counted it as the visit's latest claim and
-- dropped the primary claim, its charge, payment and patient responsibility, from A/R, claim
-- quality, collections and drug economics. The claim package's report view now says to whom each
-- version is addressed; the reports take the latest PRIMARY version per visit (the secondary claim
-- bills the primary's patient responsibility, which the primary's row already counts).
DROP VIEW claim_version_report;

CREATE VIEW claim_version_report AS
SELECT c.id AS claim_id, c.visit_id, c.version AS claim_version, c.payer_id, c.date_of_service,
       c.status, c.total_charge, c.total_expected_allowed, c.filed_at,
       CASE WHEN EXISTS (SELECT 1 FROM claim_ack a WHERE a.claim_id = c.id AND a.accepted = FALSE)
            THEN 1 ELSE 0 END AS first_pass_rejected,
       c.payer_responsibility
  FROM claim c;

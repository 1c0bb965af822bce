-- Report views (issue 18): each lifecycle package publishes read-only views of its own tables for
-- the revenue-cycle reports (package com.infusionbilling.reports), which join them in SQL. A view
-- is its owner's published read contract, like its query class: the owner may change its tables
-- as long as the view keeps its columns (TableOwnershipTest.REPORT_VIEWS names each view's owner;
-- nobody else reads the tables behind it). No names or member IDs in any view.

-- claim: one row per claim version. first_pass_rejected: an acknowledgement (999/277CA) rejected
-- it; latest_version: no later version of the same visit's claim exists.
CREATE VIEW claim_report AS
SELECT c.id AS claim_id, c.visit_id, c.episode_id, c.version AS claim_version, c.payer_id,
       c.date_of_service, c.status, c.total_charge, c.total_expected_allowed,
       c.filed_at, c.last_submitted_at, c.filing_deadline,
       CASE WHEN EXISTS (SELECT 1 FROM claim_ack a WHERE a.claim_id = c.id AND a.accepted = FALSE)
            THEN 1 ELSE 0 END AS first_pass_rejected,
       CASE WHEN EXISTS (SELECT 1 FROM claim c2 WHERE c2.visit_id = c.visit_id
                                                  AND c2.version > c.version)
            THEN 0 ELSE 1 END AS latest_version
  FROM claim c;

-- claim: its lines; drug lines carry an NDC, JW marks the discarded amount of a drug.
CREATE VIEW claim_line_report AS
SELECT l.id AS claim_line_id, l.claim_id, l.line_number, l.code, l.modifiers, l.units, l.ndc,
       l.charge, l.expected_allowed,
       CASE WHEN l.modifiers LIKE '%JW%' THEN 1 ELSE 0 END AS jw
  FROM claim_line l;

-- remittance: each posted 835 claim payment of one of our claims (CLP), with the payment date.
CREATE VIEW remittance_claim_report AS
SELECT rc.id AS remittance_claim_id, rc.claim_id, r.payer_id, r.payment_date, rc.status_code,
       rc.charge, rc.paid, rc.patient_responsibility
  FROM remittance_claim rc JOIN remittance r ON r.id = rc.remittance_id
 WHERE rc.claim_id IS NOT NULL;

-- remittance: 835 service lines (SVC) matched to our claim lines.
CREATE VIEW remittance_line_report AS
SELECT rl.id AS remittance_line_id, rl.remittance_claim_id, rc.claim_id, rl.claim_line_id,
       rl.procedure_code, rl.charge, rl.paid, rl.allowed, rl.expected_allowed
  FROM remittance_line rl JOIN remittance_claim rc ON rc.id = rl.remittance_claim_id
 WHERE rc.claim_id IS NOT NULL;

-- remittance: CAS adjustments (claim or line level) of our claims.
CREATE VIEW adjustment_report AS
SELECT a.id AS adjustment_id, rc.claim_id, a.remittance_claim_id, a.remittance_line_id,
       a.group_code, a.carc, a.amount
  FROM adjustment a JOIN remittance_claim rc ON rc.id = a.remittance_claim_id
 WHERE rc.claim_id IS NOT NULL;

-- remittance: the plain-English text of each CARC.
CREATE VIEW carc_text_report AS
SELECT code AS carc, description FROM adjustment_code WHERE code_set = 'CARC';

-- denial: the denials posting opened.
CREATE VIEW denial_report AS
SELECT d.id AS denial_id, d.claim_id, d.claim_line_id, d.group_code, d.carc, d.amount,
       d.payer_id, d.line_code, d.date_of_service, d.remittance_date, d.status, d.routed_action
  FROM denial d;

-- denial: appeals of claim denials, their deadlines and outcomes.
CREATE VIEW appeal_report AS
SELECT a.id AS appeal_id, a.denial_id, a.claim_id, a.appeal_level, a.deadline, a.status,
       a.outcome, a.amount_in_controversy, a.submitted_on, a.outcome_at
  FROM appeal a WHERE a.kind = 'CLAIM';

-- denial: write-offs, with the CARC of the denial written off.
CREATE VIEW write_off_report AS
SELECT w.id AS write_off_id, w.denial_id, w.claim_id, w.amount, w.reason, w.created_at, d.carc
  FROM write_off w JOIN denial d ON d.id = w.denial_id;

-- inventory: what each visit's drug cost (containers opened x unit cost of the lot), by NDC.
CREATE VIEW inventory_dispense_report AS
SELECT m.visit_id, l.ndc, l.hcpcs, l.source, -m.containers AS containers,
       -m.containers * l.unit_cost AS cost
  FROM inventory_movement m JOIN inventory_lot l ON l.id = m.lot_id
 WHERE m.kind = 'DISPENSE';

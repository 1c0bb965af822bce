-- Home infusion (issue 15 item 8). A HOME visit never produces 96360-96549. Commercial payers that pay
-- home infusion per diem get the therapy's per-diem S-code plus the nursing visit 99601/99602; Medicare
-- Part B covers at home only IVIG for primary immune deficiency (Benefit Policy Manual ch. 15 §50.6) with
-- the home IVIG items and services bundle Q2052 (Claims Processing Manual ch. 20 §213, from 2024-01-01).

-- The drug's home infusion per-diem S-code (HCPCS Level II: S9338 home infusion therapy, immunotherapy;
-- S9359 home infusion therapy, anti-tumor necrosis factor intravenous therapy, e.g. infliximab), and
-- whether it is intravenous immune globulin.
ALTER TABLE billing_drug ADD COLUMN home_per_diem_hcpcs VARCHAR(5);
ALTER TABLE billing_drug ADD COLUMN immune_globulin BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE billing_drug SET home_per_diem_hcpcs = 'S9338', immune_globulin = TRUE
  WHERE hcpcs IN ('J1459', 'J1561', 'J1568', 'J1569', 'J1572');
UPDATE billing_drug SET home_per_diem_hcpcs = 'S9359' WHERE hcpcs IN ('J1745', 'Q5103', 'Q5121');

-- Medicare Part B: Q2052 per administration at the 2024 DMEPOS fee schedule amount ($420.48, Noridian JD
-- DME IVIG billing page); update it from the DMEPOS fee schedule each year.
INSERT INTO billing_payer_rate (payer_id, code, rate, effective_from, effective_to, source_note) VALUES
  ('MEDICARE_PART_B', 'Q2052', 420.48, '2024-01-01', NULL, '2024 DMEPOS fee schedule amount for Q2052 (home IVIG items and services), per administration'),
  ('COMMERCIAL_ACME', 'S9338', 180.00, '2000-01-01', NULL, 'ILLUSTRATIVE home infusion per diem'),
  ('COMMERCIAL_ACME', 'S9359', 150.00, '2000-01-01', NULL, 'ILLUSTRATIVE home infusion per diem'),
  ('COMMERCIAL_ACME', '99601', 160.00, '2000-01-01', NULL, 'ILLUSTRATIVE home nursing visit rate'),
  ('COMMERCIAL_ACME', '99602', 70.00, '2000-01-01', NULL, 'ILLUSTRATIVE home nursing visit rate'),
  ('COMMERCIAL_SUMMIT', 'S9338', 170.00, '2000-01-01', NULL, 'ILLUSTRATIVE home infusion per diem'),
  ('COMMERCIAL_SUMMIT', 'S9359', 140.00, '2000-01-01', NULL, 'ILLUSTRATIVE home infusion per diem'),
  ('COMMERCIAL_SUMMIT', '99601', 150.00, '2000-01-01', NULL, 'ILLUSTRATIVE home nursing visit rate'),
  ('COMMERCIAL_SUMMIT', '99602', 65.00, '2000-01-01', NULL, 'ILLUSTRATIVE home nursing visit rate');

-- ILLUSTRATIVE chargemaster rows for the home infusion codes (Q2052 per administration).
INSERT INTO chargemaster (import_id, code, modifier, charge, effective_date, description)
  SELECT id, '99601', '', 350.00, '2000-01-01', 'ILLUSTRATIVE: Home infusion/specialty drug administration, per visit (up to 2 hours)' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, '99602', '', 140.00, '2000-01-01', 'ILLUSTRATIVE: Home infusion/specialty drug administration, each additional hour' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'S9338', '', 420.00, '2000-01-01', 'ILLUSTRATIVE: Home infusion therapy, immunotherapy, per diem' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'S9359', '', 380.00, '2000-01-01', 'ILLUSTRATIVE: Home infusion therapy, anti-tumor necrosis factor intravenous therapy, per diem' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'Q2052', '', 650.00, '2000-01-01', 'ILLUSTRATIVE: Services, supplies and accessories used in the home for the administration of IVIG, per administration' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE';

-- OPPS Addendum B status indicators (issue 15 item 4), owned by billing/reference: per quarter and HCPCS
-- code, the status indicator (K/G separately paid drug, N packaged, S separately paid procedure, ...),
-- APC and national payment rate, imported from the CMS quarterly Addendum B
-- (POST /api/reference/opps-addendum-b). On Medicare hospital outpatient claims (837I) JW/JZ apply to
-- separately payable drugs (G, K) only, and status N codes are packaged: reported, paid at 0.
CREATE TABLE billing_opps_status (
  id               BIGINT         NOT NULL AUTO_INCREMENT,
  import_id        BIGINT         NOT NULL,
  opps_quarter     VARCHAR(20)    NOT NULL,
  quarter_start    DATE           NOT NULL,
  quarter_end      DATE           NOT NULL,
  hcpcs            VARCHAR(5)     NOT NULL,
  status_indicator VARCHAR(2)     NOT NULL,
  apc              VARCHAR(10),
  payment_rate     DECIMAL(14, 4),
  CONSTRAINT pk_billing_opps_status PRIMARY KEY (id),
  CONSTRAINT uq_billing_opps_status UNIQUE (opps_quarter, hcpcs),
  CONSTRAINT fk_billing_opps_status_import FOREIGN KEY (import_id) REFERENCES billing_import (id)
);

-- ILLUSTRATIVE seed quarter (SEED-ILLUSTRATIVE, dated 2000-Q1) for the seeded drugs and the administration
-- codes, so a fresh install codes 837I claims; every 837I preview priced from it warns
-- OPPS_QUARTER_NOT_LOADED until the current CMS Addendum B is imported. Specialty drugs K, inexpensive
-- drugs (antiemetics, dexamethasone, saline, generic cytotoxics) N, initial administration codes S and
-- the add-on administration codes N as issue 15 states; verify every indicator against the current
-- Addendum B.
INSERT INTO billing_import (kind, setting, version_label, effective_date, file_name, sha256, rows_loaded, rows_rejected, imported_at)
  VALUES ('OPPS_ADDENDUM_B', 'NONE', 'SEED-ILLUSTRATIVE', '2000-01-01', 'V2_9__billing_opps_addendum_b.sql', 'seed', 62, 0, '2000-01-01 00:00:00');

INSERT INTO billing_opps_status (import_id, opps_quarter, quarter_start, quarter_end, hcpcs, status_indicator, apc, payment_rate)
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J1745', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'Q5103', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'Q5121', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J9312', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J9271', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J9299', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J9022', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J9035', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J9355', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J9306', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J9145', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J9264', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J9267', 'N', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J9045', 'N', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J9060', 'N', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J9190', 'N', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J9201', 'N', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J9041', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J9217', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J9395', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J2350', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J3380', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J2323', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J0897', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J0129', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J3262', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J1300', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J0490', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J1602', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J3358', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J1459', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J1561', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J1568', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J1569', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J1572', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J1439', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J1756', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J2505', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J2469', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J1100', 'N', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J2405', 'N', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J3489', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J0885', 'K', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J7050', 'N', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J7030', 'N', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', '96360', 'S', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', '96365', 'S', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', '96372', 'S', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', '96374', 'S', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', '96401', 'S', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', '96402', 'S', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', '96409', 'S', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', '96411', 'S', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', '96413', 'S', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', '96361', 'N', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', '96366', 'N', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', '96367', 'N', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', '96368', 'N', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', '96375', 'N', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', '96376', 'N', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', '96415', 'N', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', '96417', 'N', NULL, NULL FROM billing_import WHERE kind = 'OPPS_ADDENDUM_B' AND version_label = 'SEED-ILLUSTRATIVE';

-- Issue 18, report speed: the revenue-cycle reports read one narrow row per claim version
-- (report_claim) and per claim version and NDC (report_claim_drug) instead of grouping every
-- payment, adjustment, denial and write-off of every claim on each call. Package
-- com.infusionbilling.reports owns these tables. Each row is computed from the owners' published
-- report views with the formulas of docs/reports.md (ReportClaims.REFRESH), in the transaction
-- that changed the facts: the claim, remittance and denial entities publish a change event, and
-- the reports package notes the claim in report_claim_change, which every report drains before it
-- reads (ReportClaims.catchUp). Claims never seen before are picked up by their ID.

CREATE TABLE report_claim (
  claim_id               BIGINT        NOT NULL PRIMARY KEY,
  visit_id               BIGINT        NOT NULL,
  claim_version          INT           NOT NULL,
  payer_id               VARCHAR(40)   NOT NULL,
  date_of_service        DATE          NOT NULL,
  status                 VARCHAR(20)   NOT NULL,
  total_charge           DECIMAL(14,2) NOT NULL,
  total_expected_allowed DECIMAL(14,2),
  filed_at               DATETIME(6),
  first_pass_rejected    INT           NOT NULL,
  latest_version         INT           NOT NULL,
  -- remittance: remitted = 1 when a posted 835 claim payment exists (paid may still be 0)
  remitted               INT           NOT NULL,
  paid                   DECIMAL(14,2) NOT NULL,
  payments               INT           NOT NULL,
  first_paid_on          DATE,
  settled                DECIMAL(14,2) NOT NULL,
  pr                     DECIMAL(14,2) NOT NULL,
  underpaid              DECIMAL(14,2) NOT NULL,
  -- denial: how many denials, their dollars, how many deny the whole claim; write-offs
  denials                INT           NOT NULL,
  denied                 DECIMAL(14,2) NOT NULL,
  claim_level            INT           NOT NULL,
  written_off            DECIMAL(14,2) NOT NULL,
  -- claim lines, and those denied (by a claim-level denial or one of their own)
  line_count             INT           NOT NULL,
  denied_lines           INT           NOT NULL
);
CREATE INDEX ix_report_claim_visit ON report_claim (visit_id);
CREATE INDEX ix_report_claim_payer ON report_claim (payer_id, date_of_service);
CREATE INDEX ix_report_claim_service ON report_claim (date_of_service, claim_id);

CREATE TABLE report_claim_drug (
  claim_id         BIGINT        NOT NULL,
  ndc              VARCHAR(11)   NOT NULL,
  visit_id         BIGINT        NOT NULL,
  payer_id         VARCHAR(40)   NOT NULL,
  date_of_service  DATE          NOT NULL,
  filed_at         DATETIME(6),
  latest_version   INT           NOT NULL,
  code             VARCHAR(5)    NOT NULL,
  units            BIGINT        NOT NULL,
  charge           DECIMAL(14,2),
  paid             DECIMAL(14,2),
  jw_units         BIGINT        NOT NULL,
  jw_charge        DECIMAL(14,2),
  CONSTRAINT pk_report_claim_drug PRIMARY KEY (claim_id, ndc)
);
CREATE INDEX ix_report_claim_drug_visit ON report_claim_drug (visit_id);
CREATE INDEX ix_report_claim_drug_ndc ON report_claim_drug (ndc);

CREATE TABLE report_claim_change (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  claim_id             BIGINT,
  remittance_claim_id  BIGINT
);

-- One row: a catch-up locks it first, so catch-ups run one at a time and each sees the last.
CREATE TABLE report_claim_lock (
  id  INT NOT NULL PRIMARY KEY
);
INSERT INTO report_claim_lock (id) VALUES (1);

-- The drug summary sums each claim line's 835 line payments: look them up by claim line.
CREATE INDEX ix_remittance_line_claim_line ON remittance_line (claim_line_id);
-- The drug filter (claims with a line of a HCPCS code) looks lines up by code.
CREATE INDEX ix_claim_line_code ON claim_line (code, claim_id);

-- claim: each claim version with its first-pass rejection, without the visit-wide grouping of
-- claim_report, so that a few claims can be read by ID or visit through the indexes.
CREATE VIEW claim_version_report AS
SELECT c.id AS claim_id, c.visit_id, c.version AS claim_version, c.payer_id, c.date_of_service,
       c.status, c.total_charge, c.total_expected_allowed, c.filed_at,
       CASE WHEN EXISTS (SELECT 1 FROM claim_ack a WHERE a.claim_id = c.id AND a.accepted = FALSE)
            THEN 1 ELSE 0 END AS first_pass_rejected
  FROM claim c;

-- Infusion visits (issue 16, package com.infusionbilling.visit): one row per scheduled dose, the
-- administration documented for it (per drug and per administration), how it was coded, and the
-- dispense recorded against the lot (its claims are the claim package's, by visit ID). Nothing here is ever deleted:
-- a corrected documentation is a new version, a new coding attempt a new row.

CREATE TABLE visit (
  id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
  episode_id             BIGINT        NOT NULL,
  scheduled_start        DATETIME(6)   NOT NULL,
  site_of_care           VARCHAR(30)   NOT NULL,
  drug_source            VARCHAR(20)   NOT NULL,
  status                 VARCHAR(20)   NOT NULL,
  -- the last readiness check: READY or why not (UNITS_SHORT, AUTHORIZATION_NOT_VALID, ...)
  readiness_reason       VARCHAR(40),
  readiness_checked_at   DATETIME(6),
  -- false for patient-assistance and white-bagged doses: the drug is never billed
  bill_drug              BOOLEAN       NOT NULL DEFAULT TRUE,
  authorization_id       BIGINT,
  documentation_version  INT           NOT NULL DEFAULT 0,
  escalated_at           DATETIME(6),
  -- when TherapyEpisode was asked to start the visit's InfusionVisit (null: not yet, retried)
  process_requested_at   DATETIME(6),
  created_by             VARCHAR(100)  NOT NULL,
  created_at             DATETIME(6)   NOT NULL,
  updated_at             DATETIME(6)   NOT NULL,
  CONSTRAINT uk_visit_episode_start UNIQUE (episode_id, scheduled_start),
  CONSTRAINT fk_visit_episode FOREIGN KEY (episode_id) REFERENCES episode (id)
);
CREATE INDEX ix_visit_status ON visit (status);

-- One documentation of one visit; a correction (by the nurse or the coder) is the next version.
CREATE TABLE administration_record (
  id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
  visit_id                 BIGINT        NOT NULL,
  version                  INT           NOT NULL,
  service_date             DATE          NOT NULL,
  site_of_care             VARCHAR(30)   NOT NULL,
  nurse_npi                VARCHAR(10)   NOT NULL,
  supervising_npi          VARCHAR(10),
  weight_kg                DECIMAL(6,2),
  weighed_on               DATE,
  reaction                 VARCHAR(300),
  incomplete_reason        VARCHAR(300),
  -- 837P: the administration that is the primary reason for the visit (preview request field)
  primary_administration_id VARCHAR(20),
  documented_by            VARCHAR(100)  NOT NULL,
  documented_at            DATETIME(6)   NOT NULL,
  -- SHA-256 of the documentation as completed: the same completion delivered twice is one version
  content_hash             VARCHAR(64)   NOT NULL,
  CONSTRAINT uk_administration_record_version UNIQUE (visit_id, version),
  CONSTRAINT fk_administration_record_visit FOREIGN KEY (visit_id) REFERENCES visit (id)
);

-- A drug given (billing preview request drugs[i]) with its lot and waste.
CREATE TABLE administration_drug (
  id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
  administration_record_id BIGINT        NOT NULL,
  line_no                  INT           NOT NULL,
  hcpcs                    VARCHAR(5)    NOT NULL,
  ndc                      VARCHAR(13)   NOT NULL,
  lot                      VARCHAR(30)   NOT NULL,
  expiry                   DATE          NOT NULL,
  administered_amount      DECIMAL(12,3) NOT NULL,
  amount_unit              VARCHAR(10)   NOT NULL,
  discarded_amount         DECIMAL(12,3) NOT NULL DEFAULT 0,
  single_dose_container    BOOLEAN,
  waste_witness            VARCHAR(100),
  CONSTRAINT uk_administration_drug_line UNIQUE (administration_record_id, line_no),
  CONSTRAINT fk_administration_drug_record FOREIGN KEY (administration_record_id)
    REFERENCES administration_record (id)
);

-- Containers of one size opened for a drug (drugs[i].containers[j]).
CREATE TABLE administration_container (
  id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
  administration_drug_id   BIGINT        NOT NULL,
  line_no                  INT           NOT NULL,
  size                     DECIMAL(12,3) NOT NULL,
  unit                     VARCHAR(10)   NOT NULL,
  container_count          INT           NOT NULL,
  CONSTRAINT uk_administration_container_line UNIQUE (administration_drug_id, line_no),
  CONSTRAINT fk_administration_container_drug FOREIGN KEY (administration_drug_id)
    REFERENCES administration_drug (id)
);

-- One administration (billing preview request administrations[i]): route, access site, times.
CREATE TABLE administration_entry (
  id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
  administration_record_id BIGINT        NOT NULL,
  line_no                  INT           NOT NULL,
  entry_id                 VARCHAR(20)   NOT NULL,
  route                    VARCHAR(20)   NOT NULL,
  category                 VARCHAR(20)   NOT NULL,
  drug_hcpcs               VARCHAR(5),
  start_at                 DATETIME(6)   NOT NULL,
  stop_at                  DATETIME(6),
  access_site              VARCHAR(60)   NOT NULL,
  CONSTRAINT uk_administration_entry_line UNIQUE (administration_record_id, line_no),
  CONSTRAINT fk_administration_entry_record FOREIGN KEY (administration_record_id)
    REFERENCES administration_record (id)
);

-- What the billing engine made of one documentation version (idempotent by visit and version).
CREATE TABLE visit_coding (
  id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
  visit_id                 BIGINT        NOT NULL,
  documentation_version    INT           NOT NULL,
  payer_id                 VARCHAR(40)   NOT NULL,
  claim_type               VARCHAR(15)   NOT NULL,
  error_count              INT           NOT NULL,
  expected_allowed         DECIMAL(12,2),
  expected_payer_payment   DECIMAL(12,2),
  coded_at                 DATETIME(6)   NOT NULL,
  CONSTRAINT uk_visit_coding_version UNIQUE (visit_id, documentation_version),
  CONSTRAINT fk_visit_coding_visit FOREIGN KEY (visit_id) REFERENCES visit (id)
);

CREATE TABLE visit_coding_line (
  id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
  visit_coding_id          BIGINT        NOT NULL,
  line_no                  INT           NOT NULL,
  code                     VARCHAR(5)    NOT NULL,
  modifiers                VARCHAR(20),
  units                    INT           NOT NULL,
  ndc                      VARCHAR(11),
  ndc_quantity             DECIMAL(12,3),
  ndc_unit                 VARCHAR(2),
  charge                   DECIMAL(12,2),
  expected_allowed         DECIMAL(12,2),
  explanation              VARCHAR(1000) NOT NULL,
  rule_id                  VARCHAR(40)   NOT NULL,
  revenue_code             VARCHAR(4),
  diagnosis_pointers       VARCHAR(20),
  CONSTRAINT uk_visit_coding_line_no UNIQUE (visit_coding_id, line_no),
  CONSTRAINT fk_visit_coding_line_coding FOREIGN KEY (visit_coding_id) REFERENCES visit_coding (id)
);

CREATE TABLE visit_coding_edit (
  id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
  visit_coding_id          BIGINT        NOT NULL,
  line_no                  INT           NOT NULL,
  severity                 VARCHAR(10)   NOT NULL,
  code                     VARCHAR(40)   NOT NULL,
  message                  VARCHAR(1000) NOT NULL,
  line_position            INT,
  CONSTRAINT uk_visit_coding_edit_line UNIQUE (visit_coding_id, line_no),
  CONSTRAINT fk_visit_coding_edit_coding FOREIGN KEY (visit_coding_id) REFERENCES visit_coding (id)
);

-- The drug dispensed for a visit, by NDC and lot (the inventory reconciliation reads it through
-- visit.DispenseQueries): what was given, what was discarded, where the drug came from.
CREATE TABLE visit_dispense (
  id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
  visit_id                 BIGINT        NOT NULL,
  hcpcs                    VARCHAR(5)    NOT NULL,
  ndc                      VARCHAR(11)   NOT NULL,
  lot                      VARCHAR(30)   NOT NULL,
  expiry                   DATE          NOT NULL,
  containers_opened        INT           NOT NULL,
  administered_amount      DECIMAL(12,3) NOT NULL,
  discarded_amount         DECIMAL(12,3) NOT NULL,
  amount_unit              VARCHAR(10)   NOT NULL,
  drug_source              VARCHAR(20)   NOT NULL,
  service_date             DATE          NOT NULL,
  recorded_at              DATETIME(6)   NOT NULL,
  CONSTRAINT uk_visit_dispense UNIQUE (visit_id, ndc, lot),
  CONSTRAINT fk_visit_dispense_visit FOREIGN KEY (visit_id) REFERENCES visit (id)
);
CREATE INDEX ix_visit_dispense_lot ON visit_dispense (ndc, lot);

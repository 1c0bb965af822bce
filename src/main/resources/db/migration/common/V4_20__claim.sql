-- Claims (issue 16, lifecycle part 2a; package com.infusionbilling.claim owns these tables). A claim
-- is never deleted and never silently changed: every status change, correction, submission and
-- acknowledgement is a row in claim_status_history (idempotent by dedup_key), and the 999/277CA
-- outcomes are rows in claim_ack. No names or member IDs here: the patient is reached through the
-- episode.

CREATE TABLE claim (
  id                          BIGINT AUTO_INCREMENT PRIMARY KEY,
  visit_id                    BIGINT        NOT NULL,
  episode_id                  BIGINT        NOT NULL,
  version                     INT           NOT NULL,
  frequency_code              VARCHAR(1)    NOT NULL,
  original_claim_id           BIGINT,
  patient_control_number      VARCHAR(38)   NOT NULL,
  payer_claim_control_number  VARCHAR(50),
  claim_type                  VARCHAR(15)   NOT NULL,
  payer_id                    VARCHAR(40)   NOT NULL,
  site_of_care                VARCHAR(30)   NOT NULL,
  date_of_service             DATE          NOT NULL,
  authorization_number        VARCHAR(50),
  diagnosis_codes             VARCHAR(300)  NOT NULL,
  rendering_npi               VARCHAR(10),
  status                      VARCHAR(20)   NOT NULL,
  filing_deadline             DATE          NOT NULL,
  total_charge                DECIMAL(12,2) NOT NULL,
  total_expected_allowed      DECIMAL(12,2),
  submission_attempt          INT           NOT NULL DEFAULT 0,
  last_batch_key              VARCHAR(120),
  last_interchange_control_number VARCHAR(9),
  last_submitted_at           DATETIME(6),
  filed_at                    DATETIME(6),
  scrub_edits                 VARCHAR(4000),
  process_instance_key        BIGINT,
  created_at                  DATETIME(6)   NOT NULL,
  updated_at                  DATETIME(6)   NOT NULL,
  row_version                 BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uk_claim_visit_version UNIQUE (visit_id, version),
  CONSTRAINT uk_claim_pcn UNIQUE (patient_control_number),
  CONSTRAINT fk_claim_episode FOREIGN KEY (episode_id) REFERENCES episode (id),
  CONSTRAINT fk_claim_original FOREIGN KEY (original_claim_id) REFERENCES claim (id)
);
CREATE INDEX ix_claim_episode ON claim (episode_id);
CREATE INDEX ix_claim_status ON claim (status, updated_at);

CREATE TABLE claim_line (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  claim_id             BIGINT        NOT NULL,
  line_number          INT           NOT NULL,
  line_control_number  VARCHAR(50)   NOT NULL,
  code                 VARCHAR(5)    NOT NULL,
  modifiers            VARCHAR(20),
  units                INT           NOT NULL,
  ndc                  VARCHAR(11),
  ndc_quantity         DECIMAL(12,3),
  ndc_unit             VARCHAR(2),
  charge               DECIMAL(12,2),
  charge_source        VARCHAR(200),
  expected_allowed     DECIMAL(12,2),
  rule_id              VARCHAR(60),
  explanation          VARCHAR(1000),
  revenue_code         VARCHAR(4),
  diagnosis_pointers   VARCHAR(20)   NOT NULL,
  CONSTRAINT uk_claim_line UNIQUE (claim_id, line_number),
  CONSTRAINT fk_claim_line_claim FOREIGN KEY (claim_id) REFERENCES claim (id)
);

CREATE TABLE claim_status_history (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  claim_id      BIGINT        NOT NULL,
  occurred_at   DATETIME(6)   NOT NULL,
  event         VARCHAR(40)   NOT NULL,
  from_status   VARCHAR(20),
  to_status     VARCHAR(20)   NOT NULL,
  detail        VARCHAR(1000),
  actor         VARCHAR(100)  NOT NULL,
  dedup_key     VARCHAR(160)  NOT NULL,
  CONSTRAINT uk_claim_status_history_dedup UNIQUE (dedup_key),
  CONSTRAINT fk_claim_status_history_claim FOREIGN KEY (claim_id) REFERENCES claim (id)
);
CREATE INDEX ix_claim_status_history_claim ON claim_status_history (claim_id, occurred_at);

-- One 999 and one 277CA outcome per submission attempt (the first one that arrives counts).
CREATE TABLE claim_ack (
  id                          BIGINT AUTO_INCREMENT PRIMARY KEY,
  claim_id                    BIGINT        NOT NULL,
  submission_attempt          INT           NOT NULL,
  ack_type                    VARCHAR(5)    NOT NULL,
  accepted                    BOOLEAN       NOT NULL,
  status_code                 VARCHAR(20),
  codes                       VARCHAR(200),
  payer_text                  VARCHAR(500),
  explanation                 VARCHAR(2000) NOT NULL,
  payer_claim_control_number  VARCHAR(50),
  source_file                 VARCHAR(200),
  received_at                 DATETIME(6)   NOT NULL,
  CONSTRAINT uk_claim_ack UNIQUE (claim_id, submission_attempt, ack_type),
  CONSTRAINT fk_claim_ack_claim FOREIGN KEY (claim_id) REFERENCES claim (id)
);

-- Remittance posting (issue 17, lifecycle part 2b; package com.infusionbilling.remittance owns these
-- tables). An 835 is stored as received (one remittance per TRN02 and payer, one remittance_claim
-- per CLP, idempotent by TRN02 + CLP01 + CLP07 + reversal) and then posted once by the
-- ClaimSubmission worker post-remittance. Rows are never updated except to record that and how
-- they were posted. No names or member IDs: the patient is reached through the claim's episode.

CREATE TABLE remittance (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  trace_number      VARCHAR(50)   NOT NULL,
  payer_id          VARCHAR(80)   NOT NULL,
  payer_name        VARCHAR(60),
  payment_amount    DECIMAL(12,2) NOT NULL,
  payment_method    VARCHAR(3),
  payment_date      DATE,
  source_file       VARCHAR(200),
  received_at       DATETIME(6)   NOT NULL,
  CONSTRAINT uk_remittance_trace UNIQUE (trace_number, payer_id)
);

CREATE TABLE remittance_claim (
  id                          BIGINT AUTO_INCREMENT PRIMARY KEY,
  remittance_id               BIGINT        NOT NULL,
  sequence_number             INT           NOT NULL,
  claim_id                    BIGINT,
  patient_control_number      VARCHAR(38)   NOT NULL,
  status_code                 VARCHAR(2)    NOT NULL,
  charge                      DECIMAL(12,2) NOT NULL,
  paid                        DECIMAL(12,2) NOT NULL,
  patient_responsibility      DECIMAL(12,2),
  claim_filing_indicator      VARCHAR(2),
  payer_claim_control_number  VARCHAR(50),
  dedup_key                   VARCHAR(200)  NOT NULL,
  posted_at                   DATETIME(6),
  posting_outcome             VARCHAR(20),
  posting_detail              VARCHAR(1000),
  CONSTRAINT uk_remittance_claim_dedup UNIQUE (dedup_key),
  CONSTRAINT fk_remittance_claim_remittance FOREIGN KEY (remittance_id) REFERENCES remittance (id)
);
CREATE INDEX ix_remittance_claim_claim ON remittance_claim (claim_id);

CREATE TABLE remittance_line (
  id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
  remittance_claim_id    BIGINT        NOT NULL,
  sequence_number        INT           NOT NULL,
  claim_line_id          BIGINT,
  procedure_code         VARCHAR(48),
  modifiers              VARCHAR(20),
  charge                 DECIMAL(12,2) NOT NULL,
  paid                   DECIMAL(12,2) NOT NULL,
  units                  DECIMAL(12,3),
  service_date           DATE,
  line_item_control_number VARCHAR(50),
  allowed                DECIMAL(12,2),
  expected_allowed       DECIMAL(12,2),
  CONSTRAINT uk_remittance_line UNIQUE (remittance_claim_id, sequence_number),
  CONSTRAINT fk_remittance_line_claim FOREIGN KEY (remittance_claim_id) REFERENCES remittance_claim (id)
);

-- CAS: claim level (remittance_line_id null) or line level.
CREATE TABLE adjustment (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  remittance_claim_id  BIGINT        NOT NULL,
  remittance_line_id   BIGINT,
  group_code           VARCHAR(2)    NOT NULL,
  carc                 VARCHAR(5)    NOT NULL,
  amount               DECIMAL(12,2) NOT NULL,
  quantity             DECIMAL(12,3),
  CONSTRAINT fk_adjustment_claim FOREIGN KEY (remittance_claim_id) REFERENCES remittance_claim (id),
  CONSTRAINT fk_adjustment_line FOREIGN KEY (remittance_line_id) REFERENCES remittance_line (id)
);
CREATE INDEX ix_adjustment_claim ON adjustment (remittance_claim_id);

-- RARC: MOA (claim level) or LQ*HE (line level).
CREATE TABLE remark (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  remittance_claim_id  BIGINT        NOT NULL,
  remittance_line_id   BIGINT,
  rarc                 VARCHAR(8)    NOT NULL,
  CONSTRAINT fk_remark_claim FOREIGN KEY (remittance_claim_id) REFERENCES remittance_claim (id),
  CONSTRAINT fk_remark_line FOREIGN KEY (remittance_line_id) REFERENCES remittance_line (id)
);
CREATE INDEX ix_remark_claim ON remark (remittance_claim_id);

-- PLB: provider-level adjustments (not tied to one claim), each worked by accounts receivable.
CREATE TABLE plb_adjustment (
  id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
  remittance_id       BIGINT        NOT NULL,
  sequence_number     INT           NOT NULL,
  provider_id         VARCHAR(50),
  fiscal_period_date  DATE,
  reason_code         VARCHAR(2)    NOT NULL,
  reference           VARCHAR(50),
  amount              DECIMAL(12,2) NOT NULL,
  claim_id            BIGINT,
  routed_at           DATETIME(6),
  CONSTRAINT uk_plb_adjustment UNIQUE (remittance_id, sequence_number),
  CONSTRAINT fk_plb_adjustment_remittance FOREIGN KEY (remittance_id) REFERENCES remittance (id)
);

-- What the patient owes after a payer's adjudication (PR group), one row per PR adjustment.
CREATE TABLE patient_responsibility (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  claim_id             BIGINT        NOT NULL,
  episode_id           BIGINT        NOT NULL,
  remittance_claim_id  BIGINT        NOT NULL,
  remittance_line_id   BIGINT,
  carc                 VARCHAR(5)    NOT NULL,
  amount               DECIMAL(12,2) NOT NULL,
  status               VARCHAR(20)   NOT NULL,
  dedup_key            VARCHAR(120)  NOT NULL,
  created_at           DATETIME(6)   NOT NULL,
  CONSTRAINT uk_patient_responsibility UNIQUE (dedup_key),
  CONSTRAINT fk_patient_responsibility_claim FOREIGN KEY (remittance_claim_id) REFERENCES remittance_claim (id)
);
CREATE INDEX ix_patient_responsibility_episode ON patient_responsibility (episode_id);

-- CARC and RARC plain-English texts, loaded at start-up from reference/carc-rarc.csv.
CREATE TABLE adjustment_code (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  code_set     VARCHAR(5)    NOT NULL,
  code         VARCHAR(8)    NOT NULL,
  description  VARCHAR(600)  NOT NULL,
  CONSTRAINT uk_adjustment_code UNIQUE (code_set, code)
);

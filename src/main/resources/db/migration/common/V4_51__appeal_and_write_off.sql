-- Appeals and write-offs (issue 17; package com.infusionbilling.denial owns these tables).
-- One appeal row per level of a denial (or of a prior-authorization denial): its deadline and the
-- legal basis of that deadline (Decision_AppealLevels), what was submitted, and the payer's
-- outcome. The appeal letter is a PDF kept here (never deleted), downloaded through the API with
-- an audit row. A write-off records who approved it. No names or member IDs in any column but the
-- letter itself, which is PHI and only leaves through the access-controlled download.

CREATE TABLE appeal (
  id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
  kind                    VARCHAR(10)   NOT NULL,
  denial_id               BIGINT,
  authorization_request_id BIGINT,
  claim_id                BIGINT,
  episode_id              BIGINT        NOT NULL,
  payer_type              VARCHAR(30)   NOT NULL,
  appeal_level            INT           NOT NULL,
  level_name              VARCHAR(80)   NOT NULL,
  decision_date           DATE          NOT NULL,
  deadline                DATE          NOT NULL,
  deadline_basis          VARCHAR(500)  NOT NULL,
  decision_days           INT           NOT NULL,
  amount_in_controversy   DECIMAL(12,2) NOT NULL,
  minimum_amount          DECIMAL(12,2) NOT NULL,
  status                  VARCHAR(20)   NOT NULL,
  policy_reference        VARCHAR(200),
  channel                 VARCHAR(20),
  submitted_on            DATE,
  tracking_number         VARCHAR(50),
  outcome                 VARCHAR(20),
  outcome_note            VARCHAR(1000),
  outcome_at              DATETIME(6),
  process_instance_key    BIGINT,
  created_at              DATETIME(6)   NOT NULL,
  updated_at              DATETIME(6)   NOT NULL,
  row_version             BIGINT        NOT NULL DEFAULT 0,
  -- one row per level of a denial (kind CLAIM) or an authorization request (kind PA)
  subject_key             VARCHAR(40)   NOT NULL,
  CONSTRAINT uk_appeal_level UNIQUE (subject_key, appeal_level),
  CONSTRAINT fk_appeal_denial FOREIGN KEY (denial_id) REFERENCES denial (id)
);
CREATE INDEX ix_appeal_claim ON appeal (claim_id);
CREATE INDEX ix_appeal_episode ON appeal (episode_id);
CREATE INDEX ix_appeal_status ON appeal (status, deadline);

CREATE TABLE appeal_letter (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  appeal_id       BIGINT        NOT NULL,
  file_name       VARCHAR(120)  NOT NULL,
  content_type    VARCHAR(60)   NOT NULL,
  content         LONGBLOB      NOT NULL,
  size_bytes      INT           NOT NULL,
  sha256          VARCHAR(64)   NOT NULL,
  created_at      DATETIME(6)   NOT NULL,
  CONSTRAINT uk_appeal_letter_appeal UNIQUE (appeal_id),
  CONSTRAINT fk_appeal_letter_appeal FOREIGN KEY (appeal_id) REFERENCES appeal (id)
);

CREATE TABLE write_off (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  denial_id          BIGINT        NOT NULL,
  claim_id           BIGINT        NOT NULL,
  amount             DECIMAL(12,2) NOT NULL,
  reason             VARCHAR(1000) NOT NULL,
  approval_required  BOOLEAN       NOT NULL,
  approved_by        VARCHAR(100),
  created_at         DATETIME(6)   NOT NULL,
  CONSTRAINT uk_write_off_denial UNIQUE (denial_id),
  CONSTRAINT fk_write_off_denial FOREIGN KEY (denial_id) REFERENCES denial (id)
);

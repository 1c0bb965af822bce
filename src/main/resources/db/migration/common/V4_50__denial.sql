-- Denials (issue 17, lifecycle part 2b; package com.infusionbilling.denial owns this table). One row
-- per denied adjustment that posting opens: a claim-level or line-level CAS of a remittance_claim.
-- The facts the routing decision reads are stored with the row (so the route can be explained
-- later), and the decision's outcome next to them. No names or member IDs.

CREATE TABLE denial (
  id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
  claim_id               BIGINT        NOT NULL,
  claim_line_id          BIGINT,
  -- claim_line_id, or 0 for a claim-level denial (a unique key cannot hold NULLs as equal)
  line_key               BIGINT        NOT NULL,
  remittance_claim_id    BIGINT        NOT NULL,
  group_code             VARCHAR(2)    NOT NULL,
  carc                   VARCHAR(5)    NOT NULL,
  rarcs                  VARCHAR(200),
  amount                 DECIMAL(12,2) NOT NULL,
  expected_allowed       DECIMAL(12,2),
  paid                   DECIMAL(12,2),
  remittance_date        DATE          NOT NULL,
  episode_id             BIGINT        NOT NULL,
  payer_id               VARCHAR(40)   NOT NULL,
  payer_type             VARCHAR(30)   NOT NULL,
  claim_type             VARCHAR(4)    NOT NULL,
  line_kind              VARCHAR(20)   NOT NULL,
  line_code              VARCHAR(5),
  authorization_on_file  BOOLEAN       NOT NULL,
  abn_on_file            BOOLEAN       NOT NULL,
  jw_jz_on_line          BOOLEAN       NOT NULL,
  date_of_service        DATE          NOT NULL,
  days_since_service     INT           NOT NULL,
  routed_action          VARCHAR(30),
  routing_rule           VARCHAR(300),
  work_group             VARCHAR(30),
  work_deadline          DATE,
  action                 VARCHAR(30),
  override_reason        VARCHAR(1000),
  resolution             VARCHAR(1000),
  status                 VARCHAR(30)   NOT NULL,
  process_instance_key   BIGINT,
  created_at             DATETIME(6)   NOT NULL,
  updated_at             DATETIME(6)   NOT NULL,
  row_version            BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT uk_denial_adjustment UNIQUE (remittance_claim_id, line_key, group_code, carc),
  CONSTRAINT fk_denial_claim FOREIGN KEY (claim_id) REFERENCES claim (id)
);
CREATE INDEX ix_denial_claim ON denial (claim_id);
CREATE INDEX ix_denial_status ON denial (status, work_deadline);

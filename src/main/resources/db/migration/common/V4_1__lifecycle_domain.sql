-- Lifecycle domain (issue 6): referral intake, benefit verification, prior authorization and
-- renewals. PHI (names, dates of birth, addresses, member IDs) lives only in these tables; process
-- variables carry the numeric IDs below and the few facts gateways decide on. Table and column
-- names are stable: the worklist and dashboard (issue 7) read them (docs/lifecycle.md).

CREATE TABLE patient (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  mrn           VARCHAR(32)  NOT NULL,
  first_name    VARCHAR(60)  NOT NULL,
  last_name     VARCHAR(60)  NOT NULL,
  date_of_birth DATE         NOT NULL,
  sex           VARCHAR(1)   NOT NULL,
  address_line1 VARCHAR(55)  NOT NULL,
  address_line2 VARCHAR(55),
  city          VARCHAR(30)  NOT NULL,
  state         VARCHAR(2)   NOT NULL,
  postal_code   VARCHAR(9)   NOT NULL,
  created_at    DATETIME(6) NOT NULL,
  CONSTRAINT uk_patient_mrn UNIQUE (mrn)
);

CREATE TABLE prescriber (
  id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  npi        VARCHAR(10) NOT NULL,
  first_name VARCHAR(60) NOT NULL,
  last_name  VARCHAR(60) NOT NULL,
  CONSTRAINT uk_prescriber_npi UNIQUE (npi)
);

CREATE TABLE coverage (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  patient_id     BIGINT      NOT NULL,
  payer_id       VARCHAR(40) NOT NULL,
  member_id      VARCHAR(80) NOT NULL,
  group_number   VARCHAR(50),
  plan_name      VARCHAR(80),
  effective_from DATE        NOT NULL,
  effective_to   DATE,
  benefit_type   VARCHAR(10) NOT NULL,
  created_at     DATETIME(6) NOT NULL,
  CONSTRAINT fk_coverage_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
  CONSTRAINT fk_coverage_payer FOREIGN KEY (payer_id) REFERENCES billing_payer (payer_id)
);

CREATE TABLE episode (
  id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
  referral_id              VARCHAR(64)  NOT NULL,
  patient_id               BIGINT       NOT NULL,
  prescriber_id            BIGINT       NOT NULL,
  coverage_id              BIGINT       NOT NULL,
  status                   VARCHAR(30)  NOT NULL,
  end_reason               VARCHAR(30),
  authorization_lapsed     BOOLEAN      NOT NULL DEFAULT FALSE,
  process_instance_key     BIGINT,
  received_at              DATETIME(6) NOT NULL,
  updated_at               DATETIME(6) NOT NULL,
  CONSTRAINT uk_episode_referral UNIQUE (referral_id),
  CONSTRAINT fk_episode_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
  CONSTRAINT fk_episode_prescriber FOREIGN KEY (prescriber_id) REFERENCES prescriber (id),
  CONSTRAINT fk_episode_coverage FOREIGN KEY (coverage_id) REFERENCES coverage (id)
);
CREATE INDEX ix_episode_status ON episode (status);

CREATE TABLE therapy_order (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  episode_id           BIGINT        NOT NULL,
  hcpcs                VARCHAR(5)    NOT NULL,
  dose_basis           VARCHAR(10)   NOT NULL,
  dose_amount          DECIMAL(12,3) NOT NULL,
  dose_unit            VARCHAR(10)   NOT NULL,
  weight_kg            DECIMAL(6,2),
  bsa_m2               DECIMAL(5,2),
  frequency            VARCHAR(40)   NOT NULL,
  interval_days        INT           NOT NULL,
  number_of_doses      INT           NOT NULL,
  diagnosis_codes      VARCHAR(200)  NOT NULL,
  site_of_care         VARCHAR(30)   NOT NULL,
  start_date           DATE          NOT NULL,
  CONSTRAINT uk_therapy_order_episode UNIQUE (episode_id),
  CONSTRAINT fk_therapy_order_episode FOREIGN KEY (episode_id) REFERENCES episode (id)
);

CREATE TABLE benefit_verification (
  id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
  episode_id              BIGINT        NOT NULL,
  coverage_id             BIGINT        NOT NULL,
  process_instance_key    BIGINT        NOT NULL,
  trace_number            VARCHAR(50)   NOT NULL,
  status                  VARCHAR(20)   NOT NULL,
  source                  VARCHAR(10),
  coverage_active         BOOLEAN,
  benefit_type            VARCHAR(10),
  deductible              DECIMAL(12,2),
  deductible_met          DECIMAL(12,2),
  out_of_pocket_max       DECIMAL(12,2),
  out_of_pocket_met       DECIMAL(12,2),
  coinsurance_percent     DECIMAL(5,2),
  copay                   DECIMAL(12,2),
  pa_required             BOOLEAN,
  coverage_outcome        VARCHAR(20),
  buy_and_bill_allowed    BOOLEAN,
  site_of_care_restriction VARCHAR(40),
  payer_reference         VARCHAR(50),
  notes                   VARCHAR(500),
  requested_at            DATETIME(6)  NOT NULL,
  responded_at            DATETIME(6),
  CONSTRAINT uk_benefit_verification_instance UNIQUE (process_instance_key),
  CONSTRAINT uk_benefit_verification_trace UNIQUE (trace_number),
  CONSTRAINT fk_benefit_verification_episode FOREIGN KEY (episode_id) REFERENCES episode (id)
);
CREATE INDEX ix_benefit_verification_episode ON benefit_verification (episode_id);

CREATE TABLE authorization_request (
  id                         BIGINT AUTO_INCREMENT PRIMARY KEY,
  episode_id                 BIGINT       NOT NULL,
  process_instance_key       BIGINT       NOT NULL,
  request_type               VARCHAR(10)  NOT NULL,
  renewal_of                 BIGINT,
  status                     VARCHAR(20)  NOT NULL,
  channel                    VARCHAR(10),
  submission_count           INT          NOT NULL DEFAULT 0,
  trace_number               VARCHAR(50),
  portal_reference           VARCHAR(50),
  documentation              VARCHAR(2000),
  clinical_response          VARCHAR(2000),
  decision                   VARCHAR(20),
  decision_reason            VARCHAR(10),
  certification_number       VARCHAR(50),
  approved_units             DECIMAL(12,3),
  approved_from              DATE,
  approved_to                DATE,
  payer_reference            VARCHAR(50),
  submitted_at               DATETIME(6),
  decided_at                 DATETIME(6),
  escalated_at               DATETIME(6),
  created_at                 DATETIME(6) NOT NULL,
  CONSTRAINT uk_authorization_request_instance UNIQUE (process_instance_key),
  CONSTRAINT fk_authorization_request_episode FOREIGN KEY (episode_id) REFERENCES episode (id)
);
CREATE INDEX ix_authorization_request_trace ON authorization_request (trace_number);
CREATE INDEX ix_authorization_request_episode ON authorization_request (episode_id);

CREATE TABLE payer_authorization (
  id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
  episode_id            BIGINT        NOT NULL,
  request_id            BIGINT        NOT NULL,
  payer_id              VARCHAR(40)   NOT NULL,
  authorization_number  VARCHAR(50),
  status                VARCHAR(20)   NOT NULL,
  hcpcs                 VARCHAR(5)    NOT NULL,
  basis                 VARCHAR(10)   NOT NULL,
  approved_quantity     DECIMAL(12,3),
  used_quantity         DECIMAL(12,3) NOT NULL DEFAULT 0,
  valid_from            DATE,
  valid_to              DATE,
  site_of_care          VARCHAR(30)   NOT NULL,
  payer_reference       VARCHAR(50),
  renewal_of            BIGINT,
  created_at            DATETIME(6)  NOT NULL,
  updated_at            DATETIME(6)  NOT NULL,
  CONSTRAINT uk_payer_authorization_request UNIQUE (request_id),
  CONSTRAINT fk_payer_authorization_episode FOREIGN KEY (episode_id) REFERENCES episode (id),
  CONSTRAINT fk_payer_authorization_request FOREIGN KEY (request_id) REFERENCES authorization_request (id),
  CONSTRAINT fk_payer_authorization_renewal FOREIGN KEY (renewal_of) REFERENCES payer_authorization (id)
);
CREATE INDEX ix_payer_authorization_episode ON payer_authorization (episode_id, status);
CREATE INDEX ix_payer_authorization_valid_to ON payer_authorization (status, valid_to);

CREATE TABLE episode_timeline (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  episode_id  BIGINT       NOT NULL,
  occurred_at DATETIME(6) NOT NULL,
  event_type  VARCHAR(40)  NOT NULL,
  detail      VARCHAR(300),
  dedup_key   VARCHAR(120) NOT NULL,
  CONSTRAINT uk_episode_timeline_dedup UNIQUE (dedup_key),
  CONSTRAINT fk_episode_timeline_episode FOREIGN KEY (episode_id) REFERENCES episode (id)
);
CREATE INDEX ix_episode_timeline_episode ON episode_timeline (episode_id, occurred_at);

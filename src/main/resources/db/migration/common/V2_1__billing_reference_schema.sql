-- Billing rules engine reference data (issue 4). Runs on H2 (MODE=MySQL) and MySQL/MariaDB.

-- Drug catalogue: one billing unit of a HCPCS code is descriptor_amount descriptor_unit.
CREATE TABLE billing_drug (
  hcpcs                   VARCHAR(5)     NOT NULL,
  description             VARCHAR(200)   NOT NULL,
  descriptor_amount       DECIMAL(14, 4) NOT NULL,
  descriptor_unit         VARCHAR(10)    NOT NULL,
  hormonal_antineoplastic BOOLEAN        NOT NULL,
  source_note             VARCHAR(500)   NOT NULL,
  illustrative            BOOLEAN        NOT NULL,
  CONSTRAINT pk_billing_drug PRIMARY KEY (hcpcs)
);

-- NDC packages: each container holds container_amount container_unit in container_volume_ml mL.
CREATE TABLE billing_ndc_package (
  ndc11                  VARCHAR(11)    NOT NULL,
  hcpcs                  VARCHAR(5)     NOT NULL,
  description            VARCHAR(200)   NOT NULL,
  container_amount       DECIMAL(14, 4) NOT NULL,
  container_unit         VARCHAR(10)    NOT NULL,
  container_volume_ml    DECIMAL(14, 4),
  containers_per_package INT            NOT NULL,
  ndc_unit               VARCHAR(2)     NOT NULL,
  single_dose            BOOLEAN        NOT NULL,
  wac_package_price      DECIMAL(14, 2),
  source_note            VARCHAR(500)   NOT NULL,
  illustrative           BOOLEAN        NOT NULL,
  CONSTRAINT pk_billing_ndc_package PRIMARY KEY (ndc11),
  CONSTRAINT fk_billing_ndc_package_drug FOREIGN KEY (hcpcs) REFERENCES billing_drug (hcpcs)
);

-- Payers and the rules that vary by payer.
CREATE TABLE billing_payer (
  payer_id                  VARCHAR(40)   NOT NULL,
  name                      VARCHAR(120)  NOT NULL,
  payer_type                VARCHAR(30)   NOT NULL,
  timely_filing_days        INT           NOT NULL,
  reimbursement_method      VARCHAR(30)   NOT NULL,
  reimbursement_percent     DECIMAL(7, 3) NOT NULL,
  coinsurance_percent       DECIMAL(7, 3) NOT NULL,
  sequestration_percent     DECIMAL(7, 3) NOT NULL,
  jw_jz_required            BOOLEAN       NOT NULL,
  authorization_basis       VARCHAR(10)   NOT NULL,
  renewal_lead_time_days    INT           NOT NULL DEFAULT 21,
  pa_turnaround_target_days INT           NOT NULL,
  midnight_rule             VARCHAR(30)   NOT NULL,
  therapeutic_coding_hcpcs  VARCHAR(500)  NOT NULL DEFAULT '',
  source_note               VARCHAR(500)  NOT NULL,
  CONSTRAINT pk_billing_payer PRIMARY KEY (payer_id)
);

-- Per-payer rates per unit: fee schedules, contract rates and administration codes.
CREATE TABLE billing_payer_rate (
  id             BIGINT         NOT NULL AUTO_INCREMENT,
  payer_id       VARCHAR(40)    NOT NULL,
  code           VARCHAR(5)     NOT NULL,
  rate           DECIMAL(14, 4) NOT NULL,
  effective_from DATE           NOT NULL,
  effective_to   DATE,
  source_note    VARCHAR(500)   NOT NULL,
  CONSTRAINT pk_billing_payer_rate PRIMARY KEY (id),
  CONSTRAINT uq_billing_payer_rate UNIQUE (payer_id, code, effective_from),
  CONSTRAINT fk_billing_payer_rate_payer FOREIGN KEY (payer_id) REFERENCES billing_payer (payer_id)
);

-- One row per CMS file imported (or seeded): what, which version, and what it held.
CREATE TABLE billing_import (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  kind           VARCHAR(10)  NOT NULL,
  setting        VARCHAR(20)  NOT NULL,
  version_label  VARCHAR(40)  NOT NULL,
  effective_date DATE         NOT NULL,
  file_name      VARCHAR(255) NOT NULL,
  sha256         VARCHAR(64)  NOT NULL,
  rows_loaded    INT          NOT NULL,
  rows_rejected  INT          NOT NULL,
  imported_at    DATETIME(6)  NOT NULL,
  CONSTRAINT pk_billing_import PRIMARY KEY (id)
);
CREATE INDEX ix_billing_import_version ON billing_import (kind, setting, version_label);

-- Quarterly ASP pricing file rows: payment limit (ASP + 6 %) per billing unit.
CREATE TABLE billing_asp_price (
  id                  BIGINT         NOT NULL AUTO_INCREMENT,
  import_id           BIGINT         NOT NULL,
  asp_quarter         VARCHAR(20)    NOT NULL,
  quarter_start       DATE           NOT NULL,
  quarter_end         DATE           NOT NULL,
  hcpcs               VARCHAR(5)     NOT NULL,
  short_description   VARCHAR(200),
  dosage              VARCHAR(60),
  payment_limit       DECIMAL(14, 4) NOT NULL,
  coinsurance_percent DECIMAL(7, 3),
  notes               VARCHAR(1000),
  CONSTRAINT pk_billing_asp_price PRIMARY KEY (id),
  CONSTRAINT uq_billing_asp_price UNIQUE (asp_quarter, hcpcs),
  CONSTRAINT fk_billing_asp_price_import FOREIGN KEY (import_id) REFERENCES billing_import (id)
);

-- MUE tables (practitioner / facility), one version per effective date.
CREATE TABLE billing_mue (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  import_id      BIGINT       NOT NULL,
  setting        VARCHAR(20)  NOT NULL,
  effective_date DATE         NOT NULL,
  code           VARCHAR(5)   NOT NULL,
  mue_value      INT          NOT NULL,
  mai            INT          NOT NULL,
  rationale      VARCHAR(200),
  CONSTRAINT pk_billing_mue PRIMARY KEY (id),
  CONSTRAINT uq_billing_mue UNIQUE (setting, effective_date, code),
  CONSTRAINT fk_billing_mue_import FOREIGN KEY (import_id) REFERENCES billing_import (id)
);

-- NCCI procedure-to-procedure edits; each row carries its own effective and deletion dates.
CREATE TABLE billing_ncci_ptp (
  id                 BIGINT       NOT NULL AUTO_INCREMENT,
  import_id          BIGINT       NOT NULL,
  setting            VARCHAR(20)  NOT NULL,
  column1            VARCHAR(5)   NOT NULL,
  column2            VARCHAR(5)   NOT NULL,
  effective_date     DATE         NOT NULL,
  deletion_date      DATE,
  modifier_indicator CHAR(1)      NOT NULL,
  prior_1996         BOOLEAN      NOT NULL,
  rationale          VARCHAR(200),
  CONSTRAINT pk_billing_ncci_ptp PRIMARY KEY (id),
  CONSTRAINT uq_billing_ncci_ptp UNIQUE (setting, column1, column2, effective_date),
  CONSTRAINT fk_billing_ncci_ptp_import FOREIGN KEY (import_id) REFERENCES billing_import (id)
);
CREATE INDEX ix_billing_ncci_ptp_column1 ON billing_ncci_ptp (setting, column1);

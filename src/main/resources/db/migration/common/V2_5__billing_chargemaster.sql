-- Chargemaster (issue 15 item 5), owned by billing/reference: the provider's charge per billing unit
-- of a HCPCS/CPT code, optionally for one modifier ('' = the code's general charge), from an effective
-- date. One chargemaster for all payers: it is the claim line's charge (SV102/SV203). Payers' expected
-- allowed amounts stay in billing_payer_rate / the ASP file.
-- Import kinds now include CHARGEMASTER (12 characters): widen billing_import.kind.
ALTER TABLE billing_import MODIFY kind VARCHAR(20) NOT NULL;

CREATE TABLE chargemaster (
  id             BIGINT         NOT NULL AUTO_INCREMENT,
  import_id      BIGINT         NOT NULL,
  code           VARCHAR(5)     NOT NULL,
  modifier       VARCHAR(2)     NOT NULL DEFAULT '',
  charge         DECIMAL(14, 2) NOT NULL,
  effective_date DATE           NOT NULL,
  description    VARCHAR(200),
  CONSTRAINT pk_chargemaster PRIMARY KEY (id),
  CONSTRAINT uq_chargemaster UNIQUE (code, modifier, effective_date),
  CONSTRAINT fk_chargemaster_import FOREIGN KEY (import_id) REFERENCES billing_import (id)
);

-- Lesser-of logic per payer: NEVER, PROFESSIONAL_CLAIMS (Medicare Part B: drugs at the lesser of the
-- actual charge and 106 % of ASP, 42 CFR 414.904(a); PFS services at the lesser of the actual charge
-- and the fee schedule amount, SSA 1848(a)(1)) or ALL_CLAIMS (a contract clause).
ALTER TABLE billing_payer ADD COLUMN lesser_of_charge VARCHAR(30) NOT NULL DEFAULT 'NEVER';
UPDATE billing_payer SET lesser_of_charge = 'PROFESSIONAL_CLAIMS' WHERE payer_id = 'MEDICARE_PART_B';
UPDATE billing_payer SET lesser_of_charge = 'ALL_CLAIMS' WHERE payer_id = 'COMMERCIAL_ACME';

-- Coordination of benefits, the secondary's answer (issue 17 follow-up): when the secondary payer's
-- 835 is posted on a secondary claim (SBR01 S), the primary's patient share that waited for it
-- (patient_responsibility SECONDARY) is settled once per claim payment: what the secondary paid,
-- what it left the patient (its own PR rows, OPEN on the secondary claim), and what it adjusted
-- contractually, written off with its reasons (share = paid + patient + written off). A secondary
-- that denies hands the whole share back to the patient (the primary's rows OPEN again); a CLP02
-- 22 reversal of the secondary's payment undoes its settlement. patient_responsibility.settlement_id
-- names the settlement that moved a row. Owned by com.infusionbilling.remittance.
CREATE TABLE secondary_settlement (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  primary_claim_id     BIGINT         NOT NULL,
  secondary_claim_id   BIGINT         NOT NULL,
  remittance_claim_id  BIGINT         NOT NULL,
  outcome              VARCHAR(20)    NOT NULL,
  patient_share        DECIMAL(12,2)  NOT NULL,
  secondary_paid       DECIMAL(12,2)  NOT NULL,
  patient_balance      DECIMAL(12,2)  NOT NULL,
  written_off          DECIMAL(12,2)  NOT NULL,
  write_off_reason     VARCHAR(300),
  overpaid             DECIMAL(12,2)  NOT NULL,
  created_at           DATETIME(6)    NOT NULL,
  reversed_at          DATETIME(6),
  CONSTRAINT uk_secondary_settlement_payment UNIQUE (remittance_claim_id)
);
CREATE INDEX ix_secondary_settlement_primary ON secondary_settlement (primary_claim_id);
ALTER TABLE patient_responsibility ADD COLUMN settlement_id BIGINT;

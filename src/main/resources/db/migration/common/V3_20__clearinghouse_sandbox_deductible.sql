-- The sandbox payer's deductible bookkeeping (issue 16 item 5): how much of each member's remaining
-- deductible (the 271's EB*C remaining amount) each adjudicated claim used, so PR-1 comes before
-- coinsurance while the deductible lasts and a remittance written again uses the same amount. The
-- member is kept as a SHA-256 of the member ID: no member IDs in this table.
CREATE TABLE clearinghouse_sandbox_deductible (
  member_key              VARCHAR(64)   NOT NULL,
  plan_year               INT           NOT NULL,
  patient_control_number  VARCHAR(38)   NOT NULL,
  applied                 DECIMAL(12,2) NOT NULL,
  CONSTRAINT pk_clearinghouse_sandbox_deductible PRIMARY KEY (member_key, patient_control_number)
);

-- ABN option 2 (form CMS-R-131, section G, option 2: "I want the item listed above, but do not
-- bill Medicare. You may ask to be paid now as I am responsible for payment. I cannot appeal if
-- Medicare is not billed."): the dose is given, its drug lines go on no Medicare claim, and the
-- patient owes their charge. That self-pay balance is a patient_responsibility row without a claim
-- or remittance behind it: source SELF_PAY (payer adjudications are REMITTANCE), the visit and the
-- line it came from (procedure code, units), and why (the ABN). Written only through
-- remittance.PatientBalances. Owned by com.infusionbilling.remittance.
ALTER TABLE patient_responsibility MODIFY claim_id BIGINT NULL;
ALTER TABLE patient_responsibility MODIFY remittance_claim_id BIGINT NULL;
ALTER TABLE patient_responsibility MODIFY carc VARCHAR(5) NULL;
ALTER TABLE patient_responsibility ADD COLUMN source VARCHAR(20) DEFAULT 'REMITTANCE' NOT NULL;
ALTER TABLE patient_responsibility ADD COLUMN visit_id BIGINT;
ALTER TABLE patient_responsibility ADD COLUMN procedure_code VARCHAR(10);
ALTER TABLE patient_responsibility ADD COLUMN units INT;
ALTER TABLE patient_responsibility ADD COLUMN reason VARCHAR(300);
CREATE INDEX ix_patient_responsibility_visit ON patient_responsibility (visit_id);

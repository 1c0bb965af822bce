-- Issue 14 item 7: the Advance Beneficiary Notice (CMS-R-131) of a Medicare Part B visit whose
-- diagnoses the drug's LCD does not cover (billing_lcd_diagnosis). abn_status SIGNED (the patient
-- chose option 1: the drug line is billed GA) or NOT_SIGNED (no signed ABN: GZ, the practice is
-- liable); null when no ABN was needed. Pub. 100-04 ch. 30 §50 (ABN), ch. 1 §60.4.2 (GA/GZ).
-- Owned by com.infusionbilling.visit.
ALTER TABLE visit ADD COLUMN abn_status VARCHAR(20);
ALTER TABLE visit ADD COLUMN abn_lcd_id VARCHAR(10);
ALTER TABLE visit ADD COLUMN abn_signed_on DATE;

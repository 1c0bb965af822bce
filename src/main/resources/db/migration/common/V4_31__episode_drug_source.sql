-- Issue 14 items 2-3: where the episode's drug comes from. BUY_AND_BILL (the clinic buys and bills
-- it), PATIENT_ASSISTANCE (free drug from a manufacturer's program, chosen when coverage is
-- resolved) or WHITE_BAG (a specialty pharmacy dispenses it, chosen when the site of care is
-- resolved). Visits of the episode take it over, so a free drug never reaches a claim's drug line.
-- Owned by com.infusionbilling.episode.
ALTER TABLE episode ADD COLUMN drug_source VARCHAR(20) DEFAULT 'BUY_AND_BILL' NOT NULL;

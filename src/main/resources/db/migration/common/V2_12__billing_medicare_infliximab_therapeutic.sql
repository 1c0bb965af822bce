-- Medicare Part B (the seed's Part B jurisdiction) codes infliximab (J1745) with the therapeutic
-- infusion codes 96365/96366 although the catalogue classes it as a complex biologic (V2_7). Whether a
-- biologic is billed with chemotherapy or therapeutic administration codes differs between MACs and
-- payers, so it is a payer setting (billing_payer.therapeutic_coding_hcpcs), not a catalogue rule.
-- Lifecycle part 2a's worked Part B example (infliximab 365 mg, 09:00-11:35 -> J1745 x37, J1745-JW x3,
-- 96365 x1, 96366 x2) follows this setting. ILLUSTRATIVE jurisdiction policy: check your MAC's
-- complex-drug-administration article and change this row to match it.
UPDATE billing_payer SET therapeutic_coding_hcpcs = 'J1745' WHERE payer_id = 'MEDICARE_PART_B';

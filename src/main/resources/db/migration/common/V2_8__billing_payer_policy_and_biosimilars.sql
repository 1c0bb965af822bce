-- Issue 15: billing rules that vary by payer, and biosimilar pricing.

-- Item 7: how discarded drug from single-dose containers is billed: JW_LINE (its own line with JW),
-- COMBINED (added to the administered line, no JW) or NOT_BILLED.
ALTER TABLE billing_payer ADD COLUMN waste_policy VARCHAR(20) NOT NULL DEFAULT 'JW_LINE';
-- Item 11: NDC quantity convention: PACKAGE_UNIT (UN per vial/kit, mL for solutions, as the NDC
-- catalogue records the package) or METRIC (mL when the volume is known, else ME/GR).
ALTER TABLE billing_payer ADD COLUMN ndc_quantity_convention VARCHAR(20) NOT NULL DEFAULT 'PACKAGE_UNIT';
-- Item 10: revenue codes on 837I, "drug=0636,chemoIv=0335,chemoInjected=0331,other=0260"; '' = NUBC.
ALTER TABLE billing_payer ADD COLUMN revenue_codes VARCHAR(100) NOT NULL DEFAULT '';
-- Item 8: home infusion paid with per-diem S-codes plus 99601/99602 nursing visits.
ALTER TABLE billing_payer ADD COLUMN home_infusion_per_diem BOOLEAN NOT NULL DEFAULT FALSE;
-- Item 9: the timely-filing period as an ISO-8601 period from the date of service (837I: the
-- statement "through" date); '' = timely_filing_days days.
ALTER TABLE billing_payer ADD COLUMN timely_filing_period VARCHAR(10) NOT NULL DEFAULT '';

-- Medicare Part B: 1 calendar year after the date of service (42 CFR 424.44(a)(1)), JW line.
UPDATE billing_payer SET timely_filing_period = 'P1Y', waste_policy = 'JW_LINE' WHERE payer_id = 'MEDICARE_PART_B';
-- The fictional Medicare Advantage plan follows Medicare's filing rule (illustrative).
UPDATE billing_payer SET timely_filing_period = 'P1Y' WHERE payer_id = 'MEDICARE_ADVANTAGE_EXAMPLE';
-- Acme (fictional, ILLUSTRATIVE): contract at 110 % of the Medicare payment limit (item 6: contracts are
-- a percentage of the published limit, not limit / 1.06); discarded units combined on the administered
-- line (item 7: it billed no waste at all before, silently); per-diem home infusion (item 8).
UPDATE billing_payer SET reimbursement_method = 'PERCENT_OF_ASP_LIMIT', reimbursement_percent = 110,
  waste_policy = 'COMBINED', home_infusion_per_diem = TRUE,
  source_note = 'ILLUSTRATIVE fictional commercial payer: 110 % of the Medicare Part B payment limit, lesser of billed charges, 90-day filing, authorizes visits, no JW/JZ (discarded units combined on the administered line), codes infliximab and ocrelizumab with therapeutic administration codes, pays home infusion per diem (S-codes) plus 99601/99602'
  WHERE payer_id = 'COMMERCIAL_ACME';
-- Any other payer still on "ASP + x %" keeps its figure, restated as a percentage of the limit.
UPDATE billing_payer SET reimbursement_method = 'PERCENT_OF_ASP_LIMIT',
  reimbursement_percent = ROUND((100 + reimbursement_percent) / 1.06, 3)
  WHERE reimbursement_method = 'ASP_PLUS_PERCENT';
-- Summit (fictional, ILLUSTRATIVE) pays home infusion per diem too, and wants metric NDC quantities.
UPDATE billing_payer SET home_infusion_per_diem = TRUE, ndc_quantity_convention = 'METRIC' WHERE payer_id = 'COMMERCIAL_SUMMIT';

-- Item 6: a biosimilar's reference product (IRA §11403: a qualifying biosimilar is paid its own ASP + 8 %
-- of the reference product's ASP).
ALTER TABLE billing_drug ADD COLUMN reference_hcpcs VARCHAR(5);
UPDATE billing_drug SET reference_hcpcs = 'J1745' WHERE hcpcs IN ('Q5103', 'Q5121');

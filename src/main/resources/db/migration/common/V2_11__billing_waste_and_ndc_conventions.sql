-- Issue 15 items 7 and 11, second step. Acme (fictional) bills discarded drug on a JW line like Medicare,
-- only without JZ on lines with nothing discarded: its claims then match the golden 837P (infliximab
-- 37 units + 3 JW, NDC quantities 3.65 and 0.35 UN in the package's unit). The fictional state Medicaid
-- program shows the combined policy: the discarded units on the administered line, no JW. ILLUSTRATIVE.
UPDATE billing_payer SET waste_policy = 'JW_LINE',
  source_note = 'ILLUSTRATIVE fictional commercial payer: 110 % of the Medicare Part B payment limit, lesser of billed charges, 90-day filing, authorizes visits, discarded drug on a JW line but no JZ, NDC quantity in the package''s unit, codes infliximab and ocrelizumab with therapeutic administration codes, pays home infusion per diem (S-codes) plus 99601/99602'
  WHERE payer_id = 'COMMERCIAL_ACME';
UPDATE billing_payer SET waste_policy = 'COMBINED',
  source_note = 'ILLUSTRATIVE fictional state program: fee schedule per HCPCS unit, no coinsurance, discarded units combined on the administered line (no JW line); filing limit and PA target vary by state and are illustrative'
  WHERE payer_id = 'MEDICAID_EXAMPLE';

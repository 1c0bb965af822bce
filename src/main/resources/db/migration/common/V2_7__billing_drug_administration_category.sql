-- Administration category from the drug catalogue (issue 15 item 3): the category that chooses
-- chemotherapy (96401-96417) or therapeutic (96365-96379) administration codes comes from the drug, not
-- from the caller. Chemotherapy administration codes apply to anti-neoplastic drugs and to "substances
-- such as monoclonal antibody agents, and other biologic response modifiers" (Medicare Claims
-- Processing Manual, Pub. 100-04, ch. 12, §30.5); Noridian JF/JE "Clarification on Payment for
-- Monoclonal, Complex Biological, and Rheumatological Therapies" (CR 13468): these are coded as complex
-- drug administration, with the chemotherapy administration codes. Payers that want therapeutic codes
-- for some biologics keep saying so in billing_payer.therapeutic_coding_hcpcs.
ALTER TABLE billing_drug ADD COLUMN administration_category VARCHAR(20) NOT NULL DEFAULT 'THERAPEUTIC';
ALTER TABLE billing_drug ADD COLUMN category_source VARCHAR(300) NOT NULL DEFAULT 'therapeutic, prophylactic or diagnostic drug (CPT 96365-96379)';

UPDATE billing_drug SET administration_category = 'CHEMOTHERAPY',
  category_source = 'anti-neoplastic drug (CPT chemotherapy administration 96401-96549; Pub. 100-04 ch. 12 §30.5)'
  WHERE hcpcs IN ('J9264', 'J9267', 'J9045', 'J9060', 'J9190', 'J9201', 'J9041', 'J9217', 'J9395');
UPDATE billing_drug SET administration_category = 'CHEMOTHERAPY',
  category_source = 'monoclonal antibody / complex biologic: complex drug administration with the chemotherapy codes (Pub. 100-04 ch. 12 §30.5; CR 13468; Noridian JF article 10529)'
  WHERE hcpcs IN ('J1745', 'Q5103', 'Q5121', 'J9312', 'J9271', 'J9299', 'J9022', 'J9035', 'J9355', 'J9306',
                  'J9145', 'J2350', 'J3380', 'J2323', 'J3262', 'J1300', 'J0490', 'J1602', 'J3358');
UPDATE billing_drug SET administration_category = 'CHEMOTHERAPY',
  category_source = 'complex biologic for a rheumatological indication: complex drug administration (CR 13468; Noridian JF article 10529)'
  WHERE hcpcs = 'J0129';
UPDATE billing_drug SET administration_category = 'HYDRATION',
  category_source = 'fluid and electrolytes: hydration (CPT 96360-96361)'
  WHERE hcpcs IN ('J7050', 'J7030');
UPDATE billing_drug SET
  category_source = 'immune globulin: therapeutic infusion (CPT 96365-96368; immune globulin is not a biologic response modifier)'
  WHERE hcpcs IN ('J1459', 'J1561', 'J1568', 'J1569', 'J1572');
UPDATE billing_drug SET
  category_source = 'denosumab, a subcutaneous injection for bone loss: therapeutic injection 96372 (catalogue choice; check the MAC)'
  WHERE hcpcs = 'J0897';

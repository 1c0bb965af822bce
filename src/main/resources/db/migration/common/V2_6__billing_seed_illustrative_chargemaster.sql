-- ILLUSTRATIVE seed chargemaster (issue 15 item 5): one charge per billing unit for every drug of the seed
-- catalogue and every administration code the engine produces, so a fresh install puts a charge on
-- every claim line. These are NOT any provider's real charges: drug charges are 2.8 x the illustrative
-- seed ASP payment limit, administration charges are round figures in the range outpatient
-- chargemasters use. Import the provider's own chargemaster (POST /api/reference/chargemaster).
INSERT INTO billing_import (kind, setting, version_label, effective_date, file_name, sha256, rows_loaded, rows_rejected, imported_at)
  VALUES ('CHARGEMASTER', 'NONE', 'SEED-ILLUSTRATIVE', '2000-01-01', 'V2_6__billing_seed_illustrative_chargemaster.sql', 'seed', 62, 0, '2000-01-01 00:00:00');

INSERT INTO chargemaster (import_id, code, modifier, charge, effective_date, description)
  SELECT id, 'J1745', '', 98.00, '2000-01-01', 'ILLUSTRATIVE: Injection, infliximab, excludes biosimilar, 10 mg (Remicade)' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'Q5103', '', 50.40, '2000-01-01', 'ILLUSTRATIVE: Injection, infliximab-dyyb, biosimilar (Inflectra), 10 mg' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'Q5121', '', 25.20, '2000-01-01', 'ILLUSTRATIVE: Injection, infliximab-axxq, biosimilar (Avsola), 10 mg' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J9312', '', 224.00, '2000-01-01', 'ILLUSTRATIVE: Injection, rituximab, 10 mg (Rituxan)' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J9271', '', 154.00, '2000-01-01', 'ILLUSTRATIVE: Injection, pembrolizumab, 1 mg (Keytruda)' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J9299', '', 81.20, '2000-01-01', 'ILLUSTRATIVE: Injection, nivolumab, 1 mg (Opdivo)' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J9022', '', 238.00, '2000-01-01', 'ILLUSTRATIVE: Injection, atezolizumab, 10 mg (Tecentriq)' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J9035', '', 196.00, '2000-01-01', 'ILLUSTRATIVE: Injection, bevacizumab, 10 mg (Avastin)' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J9355', '', 238.00, '2000-01-01', 'ILLUSTRATIVE: Injection, trastuzumab, excludes biosimilar, 10 mg (Herceptin)' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J9306', '', 36.40, '2000-01-01', 'ILLUSTRATIVE: Injection, pertuzumab, 1 mg (Perjeta)' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J9145', '', 154.00, '2000-01-01', 'ILLUSTRATIVE: Injection, daratumumab, 10 mg (Darzalex)' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J9264', '', 36.40, '2000-01-01', 'ILLUSTRATIVE: Injection, paclitaxel protein-bound particles, 1 mg (Abraxane)' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J9267', '', 1.00, '2000-01-01', 'ILLUSTRATIVE: Injection, paclitaxel, 1 mg' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J9045', '', 8.40, '2000-01-01', 'ILLUSTRATIVE: Injection, carboplatin, 50 mg' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J9060', '', 5.60, '2000-01-01', 'ILLUSTRATIVE: Injection, cisplatin, powder or solution, 10 mg' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J9190', '', 5.60, '2000-01-01', 'ILLUSTRATIVE: Injection, fluorouracil, 500 mg' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J9201', '', 14.00, '2000-01-01', 'ILLUSTRATIVE: Injection, gemcitabine hydrochloride, not otherwise specified, 200 mg' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J9041', '', 84.00, '2000-01-01', 'ILLUSTRATIVE: Injection, bortezomib, 0.1 mg (Velcade)' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J9217', '', 560.00, '2000-01-01', 'ILLUSTRATIVE: Leuprolide acetate (for depot suspension), 7.5 mg' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J9395', '', 140.00, '2000-01-01', 'ILLUSTRATIVE: Injection, fulvestrant, 25 mg' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J2350', '', 168.00, '2000-01-01', 'ILLUSTRATIVE: Injection, ocrelizumab, 1 mg (Ocrevus)' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J3380', '', 64.40, '2000-01-01', 'ILLUSTRATIVE: Injection, vedolizumab, intravenous, 1 mg (Entyvio)' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J2323', '', 70.00, '2000-01-01', 'ILLUSTRATIVE: Injection, natalizumab, 1 mg (Tysabri)' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J0897', '', 75.60, '2000-01-01', 'ILLUSTRATIVE: Injection, denosumab, 1 mg (Prolia, Xgeva)' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J0129', '', 140.00, '2000-01-01', 'ILLUSTRATIVE: Injection, abatacept, 10 mg (Orencia)' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J3262', '', 14.00, '2000-01-01', 'ILLUSTRATIVE: Injection, tocilizumab, 1 mg (Actemra)' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J1300', '', 616.00, '2000-01-01', 'ILLUSTRATIVE: Injection, eculizumab, 10 mg (Soliris)' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J0490', '', 120.40, '2000-01-01', 'ILLUSTRATIVE: Injection, belimumab, 10 mg (Benlysta)' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J1602', '', 89.60, '2000-01-01', 'ILLUSTRATIVE: Injection, golimumab, 1 mg, for intravenous use (Simponi Aria)' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J3358', '', 140.00, '2000-01-01', 'ILLUSTRATIVE: Ustekinumab, for intravenous injection, 1 mg (Stelara IV)' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J1459', '', 126.00, '2000-01-01', 'ILLUSTRATIVE: Injection, immune globulin (Privigen), intravenous, non-lyophilized, 500 mg' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J1561', '', 126.00, '2000-01-01', 'ILLUSTRATIVE: Injection, immune globulin (Gamunex-C/Gammaked), non-lyophilized, 500 mg' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J1568', '', 126.00, '2000-01-01', 'ILLUSTRATIVE: Injection, immune globulin (Octagam), intravenous, non-lyophilized, 500 mg' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J1569', '', 126.00, '2000-01-01', 'ILLUSTRATIVE: Injection, immune globulin (Gammagard Liquid), non-lyophilized, 500 mg' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J1572', '', 126.00, '2000-01-01', 'ILLUSTRATIVE: Injection, immune globulin (Flebogamma/Flebogamma DIF), intravenous, non-lyophilized, 500 mg' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J1439', '', 3.64, '2000-01-01', 'ILLUSTRATIVE: Injection, ferric carboxymaltose, 1 mg (Injectafer)' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J1756', '', 1.00, '2000-01-01', 'ILLUSTRATIVE: Injection, iron sucrose, 1 mg (Venofer)' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J2505', '', 1120.00, '2000-01-01', 'ILLUSTRATIVE: Injection, pegfilgrastim, excludes biosimilar, 0.5 mg (Neulasta)' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J2469', '', 5.60, '2000-01-01', 'ILLUSTRATIVE: Injection, palonosetron HCl, 25 mcg' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J1100', '', 1.00, '2000-01-01', 'ILLUSTRATIVE: Injection, dexamethasone sodium phosphate, 1 mg' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J2405', '', 1.00, '2000-01-01', 'ILLUSTRATIVE: Injection, ondansetron hydrochloride, per 1 mg' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J3489', '', 5.60, '2000-01-01', 'ILLUSTRATIVE: Injection, zoledronic acid, 1 mg' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J0885', '', 25.20, '2000-01-01', 'ILLUSTRATIVE: Injection, epoetin alfa (for non-ESRD use), 1000 units' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J7050', '', 11.20, '2000-01-01', 'ILLUSTRATIVE: Infusion, normal saline solution, 250 cc' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'J7030', '', 16.80, '2000-01-01', 'ILLUSTRATIVE: Infusion, normal saline solution, 1000 cc' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, '96360', '', 245.00, '2000-01-01', 'ILLUSTRATIVE: Hydration IV infusion, initial, 31 min to 1 hour' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, '96361', '', 98.00, '2000-01-01', 'ILLUSTRATIVE: Hydration IV infusion, each additional hour' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, '96365', '', 340.00, '2000-01-01', 'ILLUSTRATIVE: IV infusion, therapeutic, initial, up to 1 hour' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, '96366', '', 96.00, '2000-01-01', 'ILLUSTRATIVE: IV infusion, therapeutic, each additional hour' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, '96367', '', 140.00, '2000-01-01', 'ILLUSTRATIVE: IV infusion, therapeutic, additional sequential infusion of a new drug, up to 1 hour' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, '96368', '', 90.00, '2000-01-01', 'ILLUSTRATIVE: IV infusion, therapeutic, concurrent infusion' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, '96372', '', 85.00, '2000-01-01', 'ILLUSTRATIVE: Therapeutic injection, subcutaneous or intramuscular' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, '96374', '', 190.00, '2000-01-01', 'ILLUSTRATIVE: IV push, therapeutic, single or initial drug' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, '96375', '', 80.00, '2000-01-01', 'ILLUSTRATIVE: IV push, therapeutic, each additional sequential push of a new drug' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, '96376', '', 70.00, '2000-01-01', 'ILLUSTRATIVE: IV push, therapeutic, each additional sequential push of the same drug (facility)' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, '96401', '', 210.00, '2000-01-01', 'ILLUSTRATIVE: Chemotherapy administration, subcutaneous or intramuscular, non-hormonal anti-neoplastic' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, '96402', '', 120.00, '2000-01-01', 'ILLUSTRATIVE: Chemotherapy administration, subcutaneous or intramuscular, hormonal anti-neoplastic' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, '96409', '', 330.00, '2000-01-01', 'ILLUSTRATIVE: Chemotherapy administration, IV push, single or initial drug' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, '96411', '', 175.00, '2000-01-01', 'ILLUSTRATIVE: Chemotherapy administration, IV push, each additional drug' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, '96413', '', 560.00, '2000-01-01', 'ILLUSTRATIVE: Chemotherapy administration, IV infusion, up to 1 hour, single or initial drug' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, '96415', '', 120.00, '2000-01-01', 'ILLUSTRATIVE: Chemotherapy administration, IV infusion, each additional hour' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, '96417', '', 250.00, '2000-01-01', 'ILLUSTRATIVE: Chemotherapy administration, IV infusion, each additional sequential infusion, up to 1 hour' FROM billing_import WHERE kind = 'CHARGEMASTER' AND version_label = 'SEED-ILLUSTRATIVE';

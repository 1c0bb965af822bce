-- ILLUSTRATIVE ASP payment limits so that a fresh install can price Medicare Part B and ASP-based
-- commercial lines. These are NOT CMS figures: the quarter is labelled SEED-ILLUSTRATIVE and dated
-- 2000-Q1, so every preview priced from it also warns ASP_QUARTER_NOT_LOADED until the real CMS
-- ASP pricing file is imported (POST /api/reference/asp).
INSERT INTO billing_import (kind, setting, version_label, effective_date, file_name, sha256, rows_loaded, rows_rejected, imported_at)
  VALUES ('ASP', 'NONE', 'SEED-ILLUSTRATIVE', '2000-01-01', 'V2_3__billing_seed_illustrative_asp.sql', 'seed', 43, 0, '2000-01-01 00:00:00');

INSERT INTO billing_asp_price (import_id, asp_quarter, quarter_start, quarter_end, hcpcs, short_description, dosage, payment_limit, coinsurance_percent, notes)
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J1745', 'Injection, infliximab, excludes biosimilar, 10 mg (Remicade)', '10 MG', 35.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'Q5103', 'Injection, infliximab-dyyb, biosimilar (Inflectra), 10 mg', '10 MG', 18.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'Q5121', 'Injection, infliximab-axxq, biosimilar (Avsola), 10 mg', '10 MG', 9.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J9312', 'Injection, rituximab, 10 mg (Rituxan)', '10 MG', 80.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J9271', 'Injection, pembrolizumab, 1 mg (Keytruda)', '1 MG', 55.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J9299', 'Injection, nivolumab, 1 mg (Opdivo)', '1 MG', 29.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J9022', 'Injection, atezolizumab, 10 mg (Tecentriq)', '10 MG', 85.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J9035', 'Injection, bevacizumab, 10 mg (Avastin)', '10 MG', 70.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J9355', 'Injection, trastuzumab, excludes biosimilar, 10 mg (Hercepti', '10 MG', 85.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J9306', 'Injection, pertuzumab, 1 mg (Perjeta)', '1 MG', 13.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J9145', 'Injection, daratumumab, 10 mg (Darzalex)', '10 MG', 55.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J9264', 'Injection, paclitaxel protein-bound particles, 1 mg (Abraxan', '1 MG', 13.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J9267', 'Injection, paclitaxel, 1 mg', '1 MG', 0.100, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J9045', 'Injection, carboplatin, 50 mg', '50 MG', 3.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J9060', 'Injection, cisplatin, powder or solution, 10 mg', '10 MG', 2.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J9190', 'Injection, fluorouracil, 500 mg', '500 MG', 2.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J9201', 'Injection, gemcitabine hydrochloride, not otherwise specifie', '200 MG', 5.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J9041', 'Injection, bortezomib, 0.1 mg (Velcade)', '0.1 MG', 30.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J9217', 'Leuprolide acetate (for depot suspension), 7.5 mg', '7.5 MG', 200.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J9395', 'Injection, fulvestrant, 25 mg', '25 MG', 50.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J2350', 'Injection, ocrelizumab, 1 mg (Ocrevus)', '1 MG', 60.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J3380', 'Injection, vedolizumab, intravenous, 1 mg (Entyvio)', '1 MG', 23.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J2323', 'Injection, natalizumab, 1 mg (Tysabri)', '1 MG', 25.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J0897', 'Injection, denosumab, 1 mg (Prolia, Xgeva)', '1 MG', 27.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J0129', 'Injection, abatacept, 10 mg (Orencia)', '10 MG', 50.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J3262', 'Injection, tocilizumab, 1 mg (Actemra)', '1 MG', 5.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J1300', 'Injection, eculizumab, 10 mg (Soliris)', '10 MG', 220.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J0490', 'Injection, belimumab, 10 mg (Benlysta)', '10 MG', 43.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J1602', 'Injection, golimumab, 1 mg, for intravenous use (Simponi Ari', '1 MG', 32.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J3358', 'Ustekinumab, for intravenous injection, 1 mg (Stelara IV)', '1 MG', 50.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J1459', 'Injection, immune globulin (Privigen), intravenous, non-lyop', '500 MG', 45.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J1561', 'Injection, immune globulin (Gamunex-C/Gammaked), non-lyophil', '500 MG', 45.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J1568', 'Injection, immune globulin (Octagam), intravenous, non-lyoph', '500 MG', 45.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J1569', 'Injection, immune globulin (Gammagard Liquid), non-lyophiliz', '500 MG', 45.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J1572', 'Injection, immune globulin (Flebogamma/Flebogamma DIF), intr', '500 MG', 45.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J1439', 'Injection, ferric carboxymaltose, 1 mg (Injectafer)', '1 MG', 1.300, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J1756', 'Injection, iron sucrose, 1 mg (Venofer)', '1 MG', 0.300, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J2505', 'Injection, pegfilgrastim, excludes biosimilar, 0.5 mg (Neula', '0.5 MG', 400.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J2469', 'Injection, palonosetron HCl, 25 mcg', '25 MCG', 2.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J1100', 'Injection, dexamethasone sodium phosphate, 1 mg', '1 MG', 0.100, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J2405', 'Injection, ondansetron hydrochloride, per 1 mg', '1 MG', 0.050, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J3489', 'Injection, zoledronic acid, 1 mg', '1 MG', 2.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE'
  UNION ALL
  SELECT id, 'SEED-ILLUSTRATIVE', '2000-01-01', '2000-03-31', 'J0885', 'Injection, epoetin alfa (for non-ESRD use), 1000 units', '1000 UNITS', 9.000, 20.000, 'ILLUSTRATIVE seed figure, not a CMS payment limit' FROM billing_import WHERE version_label = 'SEED-ILLUSTRATIVE';

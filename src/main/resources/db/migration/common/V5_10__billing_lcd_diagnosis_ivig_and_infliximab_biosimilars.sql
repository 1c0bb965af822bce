-- LCD diagnosis data beyond infliximab (issue 14 item 7 follow-up): the other drugs of the billing
-- drug catalogue (V2_2) that a Local Coverage Determination covers by diagnosis. Same shape as V4_34:
-- per HCPCS, the ICD-10-CM prefixes (dots ignored) the LCD's Billing and Coding article lists. A
-- Medicare Part B visit whose diagnoses match none of its drug's rows needs an ABN (CMS-R-131).
-- ILLUSTRATIVE, as V4_34: an excerpt by indication group, not the article's full code list, and LCDs
-- are per Medicare Administrative Contractor; load the practice's MAC's list before relying on it.
-- Owned by com.infusionbilling.billing.reference (LcdCoverage).

-- Immune globulins (J1459 Privigen, J1561 Gamunex-C/Gammaked, J1568 Octagam, J1569 Gammagard Liquid,
-- J1572 Flebogamma): LCD L34580 "Intravenous Immunoglobulin (IVIG)" with its Billing and Coding
-- article A56718 (CMS Medicare Coverage Database). Indication groups: primary humoral and combined
-- immunodeficiencies (also the statutory home-IVIG benefit, SSA 1861(zz)), immune thrombocytopenia,
-- Guillain-Barre syndrome, CIDP, multifocal motor neuropathy, myasthenia gravis, Kawasaki disease,
-- CLL with hypogammaglobulinemia, dermatomyositis/polymyositis, and the autoimmune mucocutaneous
-- blistering diseases of NCD 250.3 (pemphigus, pemphigoid).
INSERT INTO billing_lcd_diagnosis (hcpcs, lcd_id, article_id, icd10_prefix, description, illustrative)
SELECT g.hcpcs, 'L34580', 'A56718', d.prefix, d.description, TRUE
FROM (SELECT 'J1459' AS hcpcs UNION ALL SELECT 'J1561' UNION ALL SELECT 'J1568'
      UNION ALL SELECT 'J1569' UNION ALL SELECT 'J1572') g
CROSS JOIN (
  SELECT 'D80' AS prefix, 'Immunodeficiency with predominantly antibody defects' AS description
  UNION ALL SELECT 'D81', 'Combined immunodeficiencies'
  UNION ALL SELECT 'D82', 'Immunodeficiency associated with other major defects'
  UNION ALL SELECT 'D83', 'Common variable immunodeficiency'
  UNION ALL SELECT 'D693', 'Immune thrombocytopenic purpura'
  UNION ALL SELECT 'G610', 'Guillain-Barre syndrome'
  UNION ALL SELECT 'G6181', 'Chronic inflammatory demyelinating polyneuritis'
  UNION ALL SELECT 'G6182', 'Multifocal motor neuropathy'
  UNION ALL SELECT 'G700', 'Myasthenia gravis'
  UNION ALL SELECT 'M303', 'Mucocutaneous lymph node syndrome (Kawasaki)'
  UNION ALL SELECT 'C911', 'Chronic lymphocytic leukemia of B-cell type'
  UNION ALL SELECT 'M33', 'Dermatopolymyositis'
  UNION ALL SELECT 'L10', 'Pemphigus (NCD 250.3)'
  UNION ALL SELECT 'L12', 'Pemphigoid (NCD 250.3)'
) d;

-- Infliximab biosimilars (Q5103 Inflectra, Q5121 Avsola) are covered by the same LCD L35677
-- "Infliximab" as the reference product, for the same indications: V4_34's rows, per biosimilar.
INSERT INTO billing_lcd_diagnosis (hcpcs, lcd_id, article_id, icd10_prefix, description, illustrative)
SELECT b.hcpcs, l.lcd_id, l.article_id, l.icd10_prefix, l.description, l.illustrative
FROM billing_lcd_diagnosis l
CROSS JOIN (SELECT 'Q5103' AS hcpcs UNION ALL SELECT 'Q5121') b
WHERE l.hcpcs = 'J1745' AND l.lcd_id = 'L35677';

-- Issue 14 item 7: Medicare Part B does not prior-authorize physician-administered drugs; coverage
-- follows the National and Local Coverage Determinations, checked on the claim. Per drug (HCPCS),
-- the ICD-10-CM codes its LCD covers, as data: a diagnosis matches a row when its code (dots
-- ignored) starts with icd10_prefix. A drug without rows has no LCD here and is not checked; a
-- Medicare Part B visit whose diagnoses match no row of its drug's LCD needs an ABN (CMS-R-131)
-- before the dose, and its drug line is billed GA (ABN signed) or GZ (no ABN).
-- Owned by com.infusionbilling.billing.reference (LcdCoverage).
CREATE TABLE billing_lcd_diagnosis (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  hcpcs        VARCHAR(5)    NOT NULL,
  lcd_id       VARCHAR(10)   NOT NULL,
  article_id   VARCHAR(10)   NOT NULL,
  icd10_prefix VARCHAR(8)    NOT NULL,
  description  VARCHAR(200)  NOT NULL,
  illustrative BOOLEAN       NOT NULL,
  CONSTRAINT pk_billing_lcd_diagnosis PRIMARY KEY (id),
  CONSTRAINT uq_billing_lcd_diagnosis UNIQUE (hcpcs, lcd_id, icd10_prefix)
);

-- LCD L35677 "Infliximab" with its Billing and Coding article A56432 (CMS Medicare Coverage
-- Database): the indication groups of the article's ICD-10 list. ILLUSTRATIVE: an excerpt by
-- category, not the article's full code list, and LCDs are per Medicare Administrative Contractor;
-- load the list of the practice's MAC before relying on it.
INSERT INTO billing_lcd_diagnosis (hcpcs, lcd_id, article_id, icd10_prefix, description, illustrative) VALUES
  ('J1745', 'L35677', 'A56432', 'K50', 'Crohn''s disease', TRUE),
  ('J1745', 'L35677', 'A56432', 'K51', 'Ulcerative colitis', TRUE),
  ('J1745', 'L35677', 'A56432', 'M05', 'Rheumatoid arthritis with rheumatoid factor', TRUE),
  ('J1745', 'L35677', 'A56432', 'M06', 'Other rheumatoid arthritis', TRUE),
  ('J1745', 'L35677', 'A56432', 'M45', 'Ankylosing spondylitis', TRUE),
  ('J1745', 'L35677', 'A56432', 'L400', 'Psoriasis vulgaris (plaque psoriasis)', TRUE),
  ('J1745', 'L35677', 'A56432', 'L405', 'Arthropathic psoriasis (psoriatic arthritis)', TRUE);

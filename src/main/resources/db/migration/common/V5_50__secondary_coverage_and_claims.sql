-- Secondary claims (issue 17 item 2): the episode's secondary coverage (the patient's supplemental
-- or other insurance, billed after the primary adjudicated), and on a claim version the payer it is
-- addressed to in coordination of benefits (SBR01: P primary, S secondary) and, for a secondary
-- claim, the primary claim version whose 835 adjudication it carries (837P/837I loops 2320/2430).
ALTER TABLE episode ADD COLUMN secondary_coverage_id BIGINT;
ALTER TABLE episode ADD CONSTRAINT fk_episode_secondary_coverage
  FOREIGN KEY (secondary_coverage_id) REFERENCES coverage (id);
ALTER TABLE claim ADD COLUMN payer_responsibility VARCHAR(1) DEFAULT 'P' NOT NULL;
ALTER TABLE claim ADD COLUMN primary_claim_id BIGINT;
ALTER TABLE claim ADD CONSTRAINT fk_claim_primary
  FOREIGN KEY (primary_claim_id) REFERENCES claim (id);

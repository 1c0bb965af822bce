-- Issue 18, drug economics: the patient's share of each drug's 835 service lines (CAS PR on the
-- lines matched to the claim's lines of that NDC), for "margin including patient responsibility"
-- (docs/reports.md). Owned by the reports package; computed by ReportClaims.REFRESH_DRUGS. The
-- rows already stored get theirs here with the same formula.
ALTER TABLE report_claim_drug ADD COLUMN pr DECIMAL(14,2);

UPDATE report_claim_drug SET pr = (
  SELECT SUM(a.amount)
    FROM claim_line_report l
    JOIN remittance_line_report rl ON rl.claim_line_id = l.claim_line_id
    JOIN adjustment_report a ON a.remittance_line_id = rl.remittance_line_id
   WHERE l.claim_id = report_claim_drug.claim_id AND l.ndc = report_claim_drug.ndc
     AND a.group_code = 'PR');

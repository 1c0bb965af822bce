-- Issue 14 item 4: a pended (A4) review is answered on the payer's reference (275 attachment /
-- PWK, a portal upload or fax quoting it), not with a new 278; each answer is a round, and after 3
-- rounds managers are told (never an automatic close). Owned by com.infusionbilling.authorization.
ALTER TABLE authorization_request ADD COLUMN information_rounds INT DEFAULT 0 NOT NULL;

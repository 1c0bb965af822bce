-- Issue 14 item 1: a prior authorization request may ask for an expedited decision (the
-- documentation or clinical-response form, with the physician's reason); the SLA targets and the
-- 278's UM06 (U, urgent) follow it. Owned by com.infusionbilling.authorization.
ALTER TABLE authorization_request ADD COLUMN expedited BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE authorization_request ADD COLUMN expedite_reason VARCHAR(500);

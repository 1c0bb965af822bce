-- Issue 14 item 2: a prior authorization request may carry a site-of-care exception (the payer's
-- site-of-care policy wants the drug elsewhere; "Resolve site of care" chose to ask for an
-- exception, with the physician's reason, no PHI). Owned by com.infusionbilling.authorization.
ALTER TABLE authorization_request ADD COLUMN site_of_care_exception_reason VARCHAR(500);

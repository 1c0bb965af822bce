-- The 835 (remittance.id) a denial came from (issue 17). DenialManagement's "Await payment" takes
-- the claim's next 835 after an overturned appeal; the message of the 835 that denied the claim is
-- still buffered (its time to live) and must not count as that payment. Null for denials opened
-- before this column.
ALTER TABLE denial ADD COLUMN remittance_id BIGINT;

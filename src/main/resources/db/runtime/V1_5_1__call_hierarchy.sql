-- Call activities: the call hierarchy of each process instance ("/root/.../key/"), so the
-- incidents of called instances are found from their callers, and the instances a call activity
-- created are found from it.
ALTER TABLE rt_process_instance ADD COLUMN tree_path VARCHAR(2048);
UPDATE rt_process_instance SET tree_path = CONCAT('/', process_instance_key, '/') WHERE tree_path IS NULL;
CREATE INDEX rt_pi_root ON rt_process_instance (root_process_instance_key);
CREATE INDEX rt_pi_parent_element ON rt_process_instance (parent_element_instance_key, state);

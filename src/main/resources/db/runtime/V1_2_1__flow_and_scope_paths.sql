-- The sequence flow(s) that led to an element instance (comma-separated for a join), recorded on
-- the row that is inserted anyway, instead of updating the process instance on every step.
ALTER TABLE rt_element_instance ADD COLUMN entered_by VARCHAR(1024);
-- A job's scope chain (element instance up to the process instance), so activation reads the
-- visible variables without walking element instances.
ALTER TABLE rt_job ADD COLUMN scope_path VARCHAR(1024);

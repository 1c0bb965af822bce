-- The job sweep looks for activated jobs whose deadline passed; without this index it scanned
-- every job ever created.
CREATE INDEX rt_job_deadline ON rt_job (deadline);

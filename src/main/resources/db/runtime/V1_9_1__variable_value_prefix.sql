-- A process-instance search by a variable's value (the worklist's lookups by episodeId) read every
-- row of that variable's name through rt_variable_name: var_value is LONGTEXT, which neither H2
-- nor MariaDB can index as a whole, so the value condition was checked row by row (p99 7.3 s at
-- 1,000,000 completed instances, docs/benchmarks.md). value_prefix holds the first 255 characters
-- of var_value, written with it by the runtime (InstanceWriter); an equality filter on a value
-- also compares the prefix, which this index answers.
ALTER TABLE rt_variable ADD COLUMN value_prefix VARCHAR(255);
UPDATE rt_variable SET value_prefix = SUBSTRING(var_value, 1, 255);
CREATE INDEX rt_variable_name_value ON rt_variable (name, value_prefix);

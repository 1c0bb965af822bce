-- Issue 20: compensation. A completed activity with a compensation boundary event leaves a
-- compensation subscription: which handler undoes it, in which scope it ran (scope_path: its flow
-- scope instance up to the process instance, innermost first), and, once a compensation throw
-- event invoked the handler, the throw event and the handler's element instance.
CREATE TABLE rt_compensation (
  compensation_key BIGINT NOT NULL PRIMARY KEY,
  process_instance_key BIGINT NOT NULL,
  element_instance_key BIGINT NOT NULL,
  element_id VARCHAR(255) NOT NULL,
  handler_id VARCHAR(255) NOT NULL,
  scope_key BIGINT NOT NULL,
  scope_path VARCHAR(2048) NOT NULL,
  state VARCHAR(16) NOT NULL,
  throw_instance_key BIGINT,
  handler_instance_key BIGINT,
  created_at BIGINT NOT NULL
);
CREATE INDEX rt_compensation_instance ON rt_compensation (process_instance_key, state);

-- Runtime part 2, decisions: every evaluated decision (by a business rule task or the evaluate
-- endpoint) is kept as a decision instance for the v2 searches, and each deployment remembers
-- the decisions it contains (new or unchanged), for business rule tasks with bindingType
-- "deployment". Portable between H2 (MODE=MySQL) and MySQL 8 / MariaDB; times are epoch
-- milliseconds of the runtime clock.

CREATE TABLE rt_decision_instance (
  decision_instance_id VARCHAR(64) NOT NULL PRIMARY KEY,
  decision_evaluation_key BIGINT NOT NULL,
  state VARCHAR(16) NOT NULL,
  evaluation_date BIGINT NOT NULL,
  evaluation_failure LONGTEXT,
  decision_definition_key BIGINT NOT NULL,
  decision_id VARCHAR(255) NOT NULL,
  decision_name VARCHAR(255),
  decision_version INT NOT NULL,
  decision_type VARCHAR(32) NOT NULL,
  decision_requirements_key BIGINT NOT NULL,
  result LONGTEXT,
  evaluated_inputs LONGTEXT,
  matched_rules LONGTEXT,
  process_definition_key BIGINT,
  process_instance_key BIGINT,
  element_instance_key BIGINT,
  tenant_id VARCHAR(128) NOT NULL
);
CREATE INDEX rt_di_evaluation ON rt_decision_instance (decision_evaluation_key);
CREATE INDEX rt_di_instance ON rt_decision_instance (process_instance_key);
CREATE INDEX rt_di_decision ON rt_decision_instance (decision_id, evaluation_date);

CREATE TABLE rt_deployed_decision (
  deployment_key BIGINT NOT NULL,
  decision_id VARCHAR(255) NOT NULL,
  decision_definition_key BIGINT NOT NULL,
  PRIMARY KEY (deployment_key, decision_id)
);

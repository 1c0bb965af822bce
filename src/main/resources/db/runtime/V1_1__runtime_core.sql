-- Embedded Camunda 8 runtime: core state and history.
-- Portable between H2 (MODE=MySQL) and MySQL 8 / MariaDB. Times are epoch milliseconds of the
-- runtime clock. Keys are 64-bit and allocated in blocks from rt_key_sequence.

CREATE TABLE rt_key_sequence (
  id INT NOT NULL PRIMARY KEY,
  next_value BIGINT NOT NULL
);
INSERT INTO rt_key_sequence (id, next_value) VALUES (1, 1);

CREATE TABLE rt_setting (
  name VARCHAR(64) NOT NULL PRIMARY KEY,
  num_value BIGINT
);

CREATE TABLE rt_deployment (
  deployment_key BIGINT NOT NULL PRIMARY KEY,
  tenant_id VARCHAR(128) NOT NULL,
  created_at BIGINT NOT NULL
);

CREATE TABLE rt_resource (
  resource_key BIGINT NOT NULL PRIMARY KEY,
  deployment_key BIGINT NOT NULL,
  resource_name VARCHAR(255) NOT NULL,
  resource_type VARCHAR(16) NOT NULL,
  checksum VARCHAR(64) NOT NULL,
  content LONGBLOB NOT NULL,
  tenant_id VARCHAR(128) NOT NULL
);
CREATE INDEX rt_resource_deployment ON rt_resource (deployment_key);

CREATE TABLE rt_process_definition (
  process_definition_key BIGINT NOT NULL PRIMARY KEY,
  bpmn_process_id VARCHAR(255) NOT NULL,
  name VARCHAR(255),
  version INT NOT NULL,
  version_tag VARCHAR(255),
  resource_key BIGINT NOT NULL,
  resource_name VARCHAR(255) NOT NULL,
  deployment_key BIGINT NOT NULL,
  checksum VARCHAR(64) NOT NULL,
  tenant_id VARCHAR(128) NOT NULL,
  has_start_form BOOLEAN NOT NULL DEFAULT FALSE,
  deployed_at BIGINT NOT NULL
);
CREATE UNIQUE INDEX rt_process_definition_version ON rt_process_definition (tenant_id, bpmn_process_id, version);

CREATE TABLE rt_process_instance (
  process_instance_key BIGINT NOT NULL PRIMARY KEY,
  process_definition_key BIGINT NOT NULL,
  bpmn_process_id VARCHAR(255) NOT NULL,
  process_version INT NOT NULL,
  version_tag VARCHAR(255),
  process_name VARCHAR(255),
  tenant_id VARCHAR(128) NOT NULL,
  state VARCHAR(16) NOT NULL,
  start_time BIGINT NOT NULL,
  end_time BIGINT,
  parent_process_instance_key BIGINT,
  parent_element_instance_key BIGINT,
  root_process_instance_key BIGINT NOT NULL,
  taken_flows LONGTEXT,
  tags VARCHAR(2048)
);
CREATE INDEX rt_pi_definition ON rt_process_instance (process_definition_key);
CREATE INDEX rt_pi_process_id ON rt_process_instance (bpmn_process_id, start_time);
CREATE INDEX rt_pi_state ON rt_process_instance (state, start_time);
CREATE INDEX rt_pi_parent ON rt_process_instance (parent_process_instance_key);

CREATE TABLE rt_element_instance (
  element_instance_key BIGINT NOT NULL PRIMARY KEY,
  process_instance_key BIGINT NOT NULL,
  process_definition_key BIGINT NOT NULL,
  bpmn_process_id VARCHAR(255) NOT NULL,
  element_id VARCHAR(255) NOT NULL,
  element_name VARCHAR(255),
  element_type VARCHAR(32) NOT NULL,
  flow_scope_key BIGINT,
  state VARCHAR(16) NOT NULL,
  lifecycle VARCHAR(16) NOT NULL,
  start_time BIGINT NOT NULL,
  end_time BIGINT,
  incident_key BIGINT,
  job_key BIGINT,
  tenant_id VARCHAR(128) NOT NULL,
  runtime_data LONGTEXT
);
CREATE INDEX rt_ei_instance_state ON rt_element_instance (process_instance_key, state);
CREATE INDEX rt_ei_element ON rt_element_instance (element_id, state);
CREATE INDEX rt_ei_start ON rt_element_instance (start_time);

CREATE TABLE rt_variable (
  variable_key BIGINT NOT NULL PRIMARY KEY,
  scope_key BIGINT NOT NULL,
  process_instance_key BIGINT NOT NULL,
  process_definition_key BIGINT NOT NULL,
  bpmn_process_id VARCHAR(255) NOT NULL,
  name VARCHAR(255) NOT NULL,
  var_value LONGTEXT NOT NULL,
  tenant_id VARCHAR(128) NOT NULL
);
CREATE UNIQUE INDEX rt_variable_scope_name ON rt_variable (scope_key, name);
CREATE INDEX rt_variable_instance ON rt_variable (process_instance_key);
CREATE INDEX rt_variable_name ON rt_variable (name);

CREATE TABLE rt_job (
  job_key BIGINT NOT NULL PRIMARY KEY,
  job_type VARCHAR(255) NOT NULL,
  state VARCHAR(24) NOT NULL,
  activatable_at BIGINT,
  kind VARCHAR(32) NOT NULL,
  listener_event_type VARCHAR(32) NOT NULL,
  process_instance_key BIGINT NOT NULL,
  element_instance_key BIGINT NOT NULL,
  element_id VARCHAR(255) NOT NULL,
  bpmn_process_id VARCHAR(255) NOT NULL,
  process_definition_key BIGINT NOT NULL,
  process_definition_version INT NOT NULL,
  retries INT NOT NULL,
  deadline BIGINT,
  worker VARCHAR(255),
  custom_headers LONGTEXT,
  error_code VARCHAR(255),
  error_message LONGTEXT,
  failed_with_retries_left BOOLEAN NOT NULL DEFAULT FALSE,
  tenant_id VARCHAR(128) NOT NULL,
  created_at BIGINT NOT NULL,
  end_time BIGINT
);
CREATE INDEX rt_job_activatable ON rt_job (job_type, activatable_at);
CREATE INDEX rt_job_instance ON rt_job (process_instance_key);
CREATE INDEX rt_job_state ON rt_job (state);

CREATE TABLE rt_incident (
  incident_key BIGINT NOT NULL PRIMARY KEY,
  process_instance_key BIGINT NOT NULL,
  process_definition_key BIGINT NOT NULL,
  bpmn_process_id VARCHAR(255) NOT NULL,
  element_instance_key BIGINT NOT NULL,
  element_id VARCHAR(255) NOT NULL,
  job_key BIGINT,
  error_type VARCHAR(64) NOT NULL,
  error_message LONGTEXT,
  state VARCHAR(16) NOT NULL,
  creation_time BIGINT NOT NULL,
  resolved_time BIGINT,
  tenant_id VARCHAR(128) NOT NULL
);
CREATE INDEX rt_incident_instance ON rt_incident (process_instance_key, state);
CREATE INDEX rt_incident_state ON rt_incident (state, creation_time);

-- Stored for part 2 (decisions and forms are deployed with the processes that use them).
CREATE TABLE rt_form (
  form_key BIGINT NOT NULL PRIMARY KEY,
  form_id VARCHAR(255) NOT NULL,
  version INT NOT NULL,
  resource_key BIGINT NOT NULL,
  resource_name VARCHAR(255) NOT NULL,
  deployment_key BIGINT NOT NULL,
  checksum VARCHAR(64) NOT NULL,
  tenant_id VARCHAR(128) NOT NULL
);
CREATE UNIQUE INDEX rt_form_version ON rt_form (tenant_id, form_id, version);

CREATE TABLE rt_decision_requirements (
  decision_requirements_key BIGINT NOT NULL PRIMARY KEY,
  decision_requirements_id VARCHAR(255) NOT NULL,
  name VARCHAR(255),
  version INT NOT NULL,
  resource_key BIGINT NOT NULL,
  resource_name VARCHAR(255) NOT NULL,
  deployment_key BIGINT NOT NULL,
  checksum VARCHAR(64) NOT NULL,
  tenant_id VARCHAR(128) NOT NULL
);
CREATE UNIQUE INDEX rt_drg_version ON rt_decision_requirements (tenant_id, decision_requirements_id, version);

CREATE TABLE rt_decision_definition (
  decision_definition_key BIGINT NOT NULL PRIMARY KEY,
  decision_id VARCHAR(255) NOT NULL,
  name VARCHAR(255),
  version INT NOT NULL,
  decision_requirements_key BIGINT NOT NULL,
  decision_requirements_id VARCHAR(255) NOT NULL,
  deployment_key BIGINT NOT NULL,
  tenant_id VARCHAR(128) NOT NULL
);
CREATE UNIQUE INDEX rt_decision_version ON rt_decision_definition (tenant_id, decision_id, version);

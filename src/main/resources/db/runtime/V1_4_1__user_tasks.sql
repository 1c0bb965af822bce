-- Runtime part 2, Camunda user tasks (zeebe:userTask). A row per user task, kept as history once
-- completed or canceled; candidates in their own table so the v2 search can filter by one
-- candidate group or user. Portable between H2 (MODE=MySQL) and MySQL 8 / MariaDB; times are
-- epoch milliseconds of the runtime clock.
CREATE TABLE rt_user_task (
  user_task_key BIGINT NOT NULL PRIMARY KEY,
  element_instance_key BIGINT NOT NULL,
  process_instance_key BIGINT NOT NULL,
  process_definition_key BIGINT NOT NULL,
  bpmn_process_id VARCHAR(255) NOT NULL,
  process_definition_version INT NOT NULL,
  process_name VARCHAR(255),
  element_id VARCHAR(255) NOT NULL,
  name VARCHAR(255),
  state VARCHAR(16) NOT NULL,
  assignee VARCHAR(255),
  candidate_groups VARCHAR(4000),
  candidate_users VARCHAR(4000),
  due_date BIGINT,
  follow_up_date BIGINT,
  priority INT NOT NULL,
  form_key BIGINT,
  external_form_reference VARCHAR(2048),
  custom_headers LONGTEXT,
  creation_time BIGINT NOT NULL,
  completion_time BIGINT,
  tenant_id VARCHAR(128) NOT NULL,
  scope_path VARCHAR(2048) NOT NULL
);
CREATE INDEX rt_user_task_state ON rt_user_task (state, creation_time);
CREATE INDEX rt_user_task_instance ON rt_user_task (process_instance_key);
CREATE INDEX rt_user_task_element ON rt_user_task (element_instance_key, state);
CREATE INDEX rt_user_task_assignee ON rt_user_task (assignee, state);

-- kind is GROUP or USER.
CREATE TABLE rt_user_task_candidate (
  user_task_key BIGINT NOT NULL,
  kind VARCHAR(8) NOT NULL,
  candidate VARCHAR(255) NOT NULL,
  PRIMARY KEY (user_task_key, kind, candidate)
);
CREATE INDEX rt_user_task_candidate_value ON rt_user_task_candidate (kind, candidate);

-- Which form versions each deployment holds, including an unchanged form deployed again (which
-- keeps its version): bindingType "deployment" links a user task to the form deployed with its
-- process.
CREATE TABLE rt_deployment_form (
  deployment_key BIGINT NOT NULL,
  form_key BIGINT NOT NULL,
  form_id VARCHAR(255) NOT NULL,
  PRIMARY KEY (deployment_key, form_key)
);
CREATE INDEX rt_deployment_form_id ON rt_deployment_form (form_id, deployment_key);

-- The open user tasks as the v2 API last reported them (com.infusionbilling.dashboard.TaskSnapshot),
-- refreshed by paging through the user-task search, so the dashboard aggregates in SQL on the
-- embedded runtime and on a Camunda 8 cluster alike. IDs and timestamps only: no PHI.
CREATE TABLE dash_task_snapshot (
  user_task_key        BIGINT       NOT NULL,
  name                 VARCHAR(200),
  element_id           VARCHAR(100),
  process_id           VARCHAR(100) NOT NULL,
  stage                VARCHAR(30)  NOT NULL,
  process_instance_key BIGINT       NOT NULL,
  assignee             VARCHAR(100),
  candidate_groups     VARCHAR(500),
  priority             INT,
  created_at           DATETIME(3)  NOT NULL,
  due_at               DATETIME(3),
  generation           BIGINT       NOT NULL,
  CONSTRAINT pk_dash_task_snapshot PRIMARY KEY (user_task_key)
);
CREATE INDEX ix_dash_task_snapshot_stage ON dash_task_snapshot (stage, created_at);
CREATE INDEX ix_dash_task_snapshot_assignee ON dash_task_snapshot (assignee);
CREATE INDEX ix_dash_task_snapshot_generation ON dash_task_snapshot (generation);

-- One row per task and candidate group, for the workload of unassigned tasks by group.
CREATE TABLE dash_task_snapshot_group (
  user_task_key BIGINT       NOT NULL,
  group_name    VARCHAR(100) NOT NULL,
  CONSTRAINT pk_dash_task_snapshot_group PRIMARY KEY (user_task_key, group_name)
);
CREATE INDEX ix_dash_task_snapshot_group_name ON dash_task_snapshot_group (group_name);

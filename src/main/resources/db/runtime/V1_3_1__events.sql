-- Runtime part 2, events: message and signal subscriptions, timers, buffered messages and the
-- record of which message was correlated where. Portable between H2 (MODE=MySQL) and MySQL 8 /
-- MariaDB; times are epoch milliseconds of the runtime clock.

-- Message and signal subscriptions. A row with a process instance belongs to a waiting element
-- (catch event, receive task, event-based gateway, boundary event, event sub-process start) and is
-- kept as history once closed; a row without one is a start event of the latest version of a
-- process definition.
CREATE TABLE rt_event_subscription (
  subscription_key BIGINT NOT NULL PRIMARY KEY,
  kind VARCHAR(16) NOT NULL,
  event_name VARCHAR(255) NOT NULL,
  correlation_key VARCHAR(255),
  tenant_id VARCHAR(128) NOT NULL,
  process_definition_key BIGINT NOT NULL,
  bpmn_process_id VARCHAR(255) NOT NULL,
  process_instance_key BIGINT,
  element_instance_key BIGINT,
  element_id VARCHAR(255) NOT NULL,
  state VARCHAR(16) NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX rt_subscription_match ON rt_event_subscription (kind, event_name, state);
CREATE INDEX rt_subscription_owner ON rt_event_subscription (element_instance_key, state);
CREATE INDEX rt_subscription_instance ON rt_event_subscription (process_instance_key, state);
CREATE INDEX rt_subscription_process ON rt_event_subscription (bpmn_process_id, state);

-- Timers of timer events. Without a process instance: a timer start event of the latest version.
-- repetitions counts the triggers still to come (-1 without end); cycle is the evaluated time
-- cycle that computes the next due date.
CREATE TABLE rt_timer (
  timer_key BIGINT NOT NULL PRIMARY KEY,
  process_definition_key BIGINT NOT NULL,
  bpmn_process_id VARCHAR(255) NOT NULL,
  tenant_id VARCHAR(128) NOT NULL,
  process_instance_key BIGINT,
  element_instance_key BIGINT,
  element_id VARCHAR(255) NOT NULL,
  due_date BIGINT NOT NULL,
  repetitions INT NOT NULL,
  cycle VARCHAR(512),
  state VARCHAR(16) NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX rt_timer_due ON rt_timer (state, due_date);
CREATE INDEX rt_timer_owner ON rt_timer (element_instance_key, state);
CREATE INDEX rt_timer_process ON rt_timer (bpmn_process_id, state);

-- Published messages with a time to live, buffered until they expire.
CREATE TABLE rt_message (
  message_key BIGINT NOT NULL PRIMARY KEY,
  message_name VARCHAR(255) NOT NULL,
  correlation_key VARCHAR(255) NOT NULL,
  message_id VARCHAR(255),
  tenant_id VARCHAR(128) NOT NULL,
  variables LONGTEXT,
  published_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);
CREATE INDEX rt_message_match ON rt_message (message_name, correlation_key, expires_at);
CREATE INDEX rt_message_expiry ON rt_message (expires_at);

-- Every correlation of a message to a subscription. It answers the correlated-message search and
-- enforces that a message correlates at most once per subscription and once per process.
CREATE TABLE rt_correlated_message (
  message_key BIGINT NOT NULL,
  subscription_key BIGINT NOT NULL,
  message_name VARCHAR(255) NOT NULL,
  correlation_key VARCHAR(255) NOT NULL,
  tenant_id VARCHAR(128) NOT NULL,
  process_definition_key BIGINT NOT NULL,
  bpmn_process_id VARCHAR(255) NOT NULL,
  process_instance_key BIGINT NOT NULL,
  element_instance_key BIGINT,
  element_id VARCHAR(255) NOT NULL,
  start_event BOOLEAN NOT NULL,
  correlation_time BIGINT NOT NULL,
  PRIMARY KEY (message_key, subscription_key)
);
CREATE INDEX rt_correlated_process ON rt_correlated_message (message_key, bpmn_process_id);
CREATE INDEX rt_correlated_instance ON rt_correlated_message (process_instance_key);
CREATE INDEX rt_correlated_start ON rt_correlated_message (bpmn_process_id, correlation_key, start_event);

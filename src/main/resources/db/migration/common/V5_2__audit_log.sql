-- Append-only audit of every view or change of protected health information (patients, tasks,
-- claims, authorizations, episodes): who, what, when and from where. The application only ever
-- inserts into this table (AuditLog has no update or delete path).
CREATE TABLE audit_event (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  occurred_at DATETIME(3)  NOT NULL,
  username    VARCHAR(100) NOT NULL,
  action      VARCHAR(20)  NOT NULL,
  entity_type VARCHAR(40)  NOT NULL,
  entity_id   VARCHAR(100) NOT NULL,
  detail      VARCHAR(500),
  remote_addr VARCHAR(64),
  user_agent  VARCHAR(300),
  CONSTRAINT pk_audit_event PRIMARY KEY (id)
);
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_user_time ON audit_event (username, occurred_at);
CREATE INDEX ix_audit_event_entity ON audit_event (entity_type, entity_id, occurred_at);

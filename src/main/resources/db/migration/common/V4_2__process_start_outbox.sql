-- Transactional outbox of process starts (com.infusionbilling.process.ProcessStarts, issue 11
-- item 8). A request that writes rows and needs a process writes one row here in the same
-- transaction; after commit the row is dispatched to the engine, retried with back-off while the
-- engine refuses or is unreachable, and recovered at start-up after a crash. At most one process
-- instance per row: the instance carries the row's id in the variable processStartId, and a row
-- whose earlier attempt may have reached the engine is first looked up by it. IDs only: no PHI.
CREATE TABLE process_start (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  process_id           VARCHAR(100)  NOT NULL,
  business_key         VARCHAR(100)  NOT NULL,
  variables            VARCHAR(4000) NOT NULL,
  status               VARCHAR(10)   NOT NULL,
  attempts             INT           NOT NULL,
  next_attempt_at      DATETIME(3)   NOT NULL,
  claimed_until        DATETIME(3),
  last_error           VARCHAR(500),
  process_instance_key BIGINT,
  created_at           DATETIME(3)   NOT NULL,
  started_at           DATETIME(3),
  CONSTRAINT uk_process_start_business_key UNIQUE (process_id, business_key)
);
CREATE INDEX ix_process_start_due ON process_start (status, next_attempt_at);

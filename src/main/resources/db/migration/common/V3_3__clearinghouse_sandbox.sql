-- The in-process sandbox payer's own bookkeeping: which of our outbound files it took, and the
-- answers it still owes (pended authorizations that decide later, remittances after a delay).
CREATE TABLE clearinghouse_sandbox_intake (
  file_name   VARCHAR(200) NOT NULL,
  taken_at    DATETIME(3)  NOT NULL,
  CONSTRAINT pk_clearinghouse_sandbox_intake PRIMARY KEY (file_name)
);

CREATE TABLE clearinghouse_sandbox_pending (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  kind        VARCHAR(32)  NOT NULL,
  source_file VARCHAR(200) NOT NULL,
  reference   VARCHAR(80)  NOT NULL,
  due_at      DATETIME(3)  NOT NULL,
  status      VARCHAR(16)  NOT NULL,
  CONSTRAINT pk_clearinghouse_sandbox_pending PRIMARY KEY (id)
);
CREATE INDEX ix_clearinghouse_sandbox_pending_due ON clearinghouse_sandbox_pending (status, due_at);

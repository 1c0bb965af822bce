-- Outbound batches: one row per batch key; the same key is never sent twice. The validated X12
-- content is kept so a retry after a dropped connection re-sends the very same interchange.
CREATE TABLE clearinghouse_outbound_batch (
  id                         BIGINT       NOT NULL AUTO_INCREMENT,
  batch_key                  VARCHAR(120) NOT NULL,
  transaction_type           VARCHAR(40)  NOT NULL,
  file_name                  VARCHAR(200) NOT NULL,
  interchange_control_number VARCHAR(9)   NOT NULL,
  group_control_number       VARCHAR(9)   NOT NULL,
  message_count              INT          NOT NULL,
  content                    LONGBLOB     NOT NULL,
  status                     VARCHAR(16)  NOT NULL,
  attempts                   INT          NOT NULL,
  last_error                 VARCHAR(500),
  created_at                 DATETIME(3)  NOT NULL,
  sent_at                    DATETIME(3),
  CONSTRAINT pk_clearinghouse_outbound_batch PRIMARY KEY (id),
  CONSTRAINT uk_clearinghouse_outbound_batch_key UNIQUE (batch_key)
);

-- Which message (270/278 trace number, 837 patient control number) went in which group and
-- transaction set, so a 999 (GS06 + ST02) can be mapped back to the claims it accepts or rejects.
CREATE TABLE clearinghouse_outbound_message (
  id                             BIGINT      NOT NULL AUTO_INCREMENT,
  batch_id                       BIGINT      NOT NULL,
  group_control_number           VARCHAR(9)  NOT NULL,
  transaction_set_control_number VARCHAR(9)  NOT NULL,
  correlation_id                 VARCHAR(80) NOT NULL,
  CONSTRAINT pk_clearinghouse_outbound_message PRIMARY KEY (id),
  CONSTRAINT fk_clearinghouse_outbound_message_batch FOREIGN KEY (batch_id)
    REFERENCES clearinghouse_outbound_batch (id)
);
CREATE INDEX ix_clearinghouse_outbound_message_set
  ON clearinghouse_outbound_message (group_control_number, transaction_set_control_number);
CREATE INDEX ix_clearinghouse_outbound_message_corr
  ON clearinghouse_outbound_message (correlation_id);

-- Inbound files: each content (by SHA-256) is processed once, whatever its name. A file seen again after it was processed
-- (for example because archiving failed when the connection dropped) is archived, not reprocessed.
CREATE TABLE clearinghouse_inbound_file (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  file_name      VARCHAR(200)  NOT NULL,
  content_sha256 CHAR(64)      NOT NULL,
  size_bytes     BIGINT        NOT NULL,
  status         VARCHAR(16)   NOT NULL,
  message_count  INT,
  error_summary  VARCHAR(1000),
  received_at    DATETIME(3)   NOT NULL,
  completed_at   DATETIME(3),
  CONSTRAINT pk_clearinghouse_inbound_file PRIMARY KEY (id),
  CONSTRAINT uk_clearinghouse_inbound_file UNIQUE (content_sha256)
);

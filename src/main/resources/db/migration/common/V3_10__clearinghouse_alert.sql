-- Alerts of the clearinghouse exchange that managers must see (issue 11): an inbound file that
-- could not be read (too large, unreadable, the reader failed) and went to quarantine/ with a
-- reason file. Listed by GET /api/clearinghouse/alerts. File names and reasons only: no PHI.
CREATE TABLE clearinghouse_alert (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  raised_at   DATETIME(3)  NOT NULL,
  kind        VARCHAR(40)  NOT NULL,
  file_name   VARCHAR(255) NOT NULL,
  stored_as   VARCHAR(255),
  reason      VARCHAR(500) NOT NULL
);
CREATE INDEX ix_clearinghouse_alert_raised ON clearinghouse_alert (raised_at);

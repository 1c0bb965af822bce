-- X12 control numbers (ISA13, GS06, ST02): one row per kind, advanced under a row lock in its own
-- transaction by JdbcControlNumberSource. Numbers run 1..999999999 and then wrap to 1.
CREATE TABLE edi_control_number (
  name       VARCHAR(32) NOT NULL,
  next_value BIGINT      NOT NULL,
  CONSTRAINT pk_edi_control_number PRIMARY KEY (name)
);

INSERT INTO edi_control_number (name, next_value) VALUES ('INTERCHANGE', 1);
INSERT INTO edi_control_number (name, next_value) VALUES ('GROUP', 1);
INSERT INTO edi_control_number (name, next_value) VALUES ('TRANSACTION_SET', 1);

-- Sign-in throttling (com.infusionbilling.security.LoginThrottle): failed sign-ins per user name,
-- also for names that do not exist (so the answer never tells which names do). After
-- security.login-throttle.max-failures failures the name waits until locked_until, longer after each
-- further failure; a successful sign-in deletes the row, and rows without a failure for
-- security.login-throttle.reset-after are deleted as new failures come in.
CREATE TABLE app_login_throttle (
  username        VARCHAR(100) NOT NULL,
  failures        INT          NOT NULL,
  last_failure_at DATETIME(3)  NOT NULL,
  locked_until    DATETIME(3),
  CONSTRAINT pk_app_login_throttle PRIMARY KEY (username)
);
CREATE INDEX ix_app_login_throttle_last_failure ON app_login_throttle (last_failure_at);

-- Users of the worklist and dashboard (com.infusionbilling.security). Passwords are BCrypt hashes;
-- no user is created here: the demo profile adds one per role, production adds its own (or logs in
-- through OIDC, where roles and groups come from the identity provider's token).
CREATE TABLE app_user (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  username      VARCHAR(100) NOT NULL,
  display_name  VARCHAR(200) NOT NULL,
  password_hash VARCHAR(100) NOT NULL,
  enabled       BOOLEAN      NOT NULL,
  created_at    DATETIME(3)  NOT NULL,
  CONSTRAINT pk_app_user PRIMARY KEY (id),
  CONSTRAINT uk_app_user_username UNIQUE (username)
);

-- Roles: COORDINATOR, MANAGER, ADMIN (Spring authorities ROLE_<role>).
CREATE TABLE app_user_role (
  user_id BIGINT      NOT NULL,
  role    VARCHAR(40) NOT NULL,
  CONSTRAINT pk_app_user_role PRIMARY KEY (user_id, role),
  CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

-- Groups are Camunda candidate groups: a coordinator sees and completes the user tasks whose
-- candidateGroups name one of their groups (authorities GROUP_<group>).
CREATE TABLE app_user_group (
  user_id    BIGINT       NOT NULL,
  group_name VARCHAR(100) NOT NULL,
  CONSTRAINT pk_app_user_group PRIMARY KEY (user_id, group_name),
  CONSTRAINT fk_app_user_group_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

-- Issue 20: multi-tenancy. Tenants created through POST /v2/tenants (the <default> tenant always
-- exists and is not stored) and their members: users and clients assigned to them.
CREATE TABLE rt_tenant (
  tenant_key BIGINT NOT NULL PRIMARY KEY,
  tenant_id VARCHAR(255) NOT NULL,
  name VARCHAR(255) NOT NULL,
  description VARCHAR(1024),
  CONSTRAINT rt_tenant_id UNIQUE (tenant_id)
);
CREATE TABLE rt_tenant_member (
  tenant_id VARCHAR(255) NOT NULL,
  member_type VARCHAR(16) NOT NULL,
  member_id VARCHAR(255) NOT NULL,
  PRIMARY KEY (tenant_id, member_type, member_id)
);

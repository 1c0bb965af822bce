package com.infusionbilling.runtime.command;

import com.infusionbilling.runtime.executor.CommandExecutor;
import com.infusionbilling.runtime.shared.InvalidArgumentException;
import com.infusionbilling.runtime.shared.NotFoundException;
import com.infusionbilling.runtime.shared.RuntimeProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Multi-tenancy (docs.camunda.io "Multi-tenancy"): the tenants of the runtime and their members,
 * and the tenant a request is for. The {@code <default>} tenant always exists. With multi-tenancy
 * off (the default, {@code runtime.embedded.multi-tenancy-enabled}) every request is in {@code
 * <default>} and naming another tenant is refused, as Camunda refuses it; with it on, a request may
 * name any tenant created with {@code POST /v2/tenants}, and deployments, definitions, instances,
 * jobs, user tasks, messages, signals and decisions belong to it.
 */
public final class Tenants {

  public static final String DEFAULT = "<default>";

  /** A tenant as the API returns it. */
  public record Tenant(long key, String tenantId, String name, String description) {}

  /** What a tenant's member is: a user or a client (the member_type column holds the name). */
  public enum MemberType {
    USER,
    CLIENT;

    String noun() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final JdbcTemplate jdbc;
  private final CommandExecutor executor;
  private final LongSupplier keys;
  private final boolean enabled;

  public Tenants(JdbcTemplate jdbc, CommandExecutor executor, LongSupplier keys, boolean enabled) {
    this.jdbc = jdbc;
    this.executor = executor;
    this.keys = keys;
    this.enabled = enabled;
  }

  public boolean enabled() {
    return enabled;
  }

  /**
   * The tenant a request is for: {@code <default>} when it names none; the named one when
   * multi-tenancy is on and the tenant exists. Anything else is a 400 / {@code INVALID_ARGUMENT}.
   */
  public String resolve(String tenantId) {
    if (tenantId == null || tenantId.isBlank() || DEFAULT.equals(tenantId)) {
      return DEFAULT;
    }
    if (!enabled) {
      throw new InvalidArgumentException(
          "Expected to handle request with tenant identifier '"
              + tenantId
              + "', but multi-tenancy is disabled (runtime.embedded.multi-tenancy-enabled)");
    }
    if (find(tenantId) == null) {
      throw new InvalidArgumentException(
          "Expected to handle request with tenant identifier '"
              + tenantId
              + "', but no such tenant exists (create it with POST /v2/tenants)");
    }
    return tenantId;
  }

  /** The tenants a job worker asks for: each must be one this request may name. */
  public List<String> resolveAll(List<String> tenantIds) {
    List<String> resolved = new ArrayList<>();
    if (tenantIds != null) {
      for (String tenantId : tenantIds) {
        resolved.add(resolve(tenantId));
      }
    }
    return resolved;
  }

  // ---------------------------------------------------------------------------------------------
  // Tenant management (REST API v2 "Tenant")

  public Tenant create(CreateTenant command) {
    String tenantId = command.tenantId();
    String name = command.name();
    String description = command.description();
    requireId(tenantId, "tenantId");
    if (DEFAULT.equals(tenantId)) {
      throw alreadyExists("Expected to create tenant '<default>', but it exists");
    }
    if (name == null || name.isBlank()) {
      throw new InvalidArgumentException("Expected a tenant 'name', but none was given");
    }
    long key = keys.getAsLong();
    try {
      executor.execute(
          context ->
              jdbc.update(
                  "INSERT INTO rt_tenant (tenant_key, tenant_id, name, description)"
                      + " VALUES (?,?,?,?)",
                  key,
                  tenantId,
                  name,
                  description));
    } catch (DuplicateKeyException e) {
      throw alreadyExists(
          "Expected to create tenant with ID '" + tenantId + "', but a tenant with this ID exists");
    }
    return new Tenant(key, tenantId, name, description);
  }

  public Tenant get(String tenantId) {
    Tenant tenant = find(tenantId);
    if (tenant == null) {
      throw notFound(tenantId);
    }
    return tenant;
  }

  public Tenant update(UpdateTenant command) {
    String tenantId = command.tenantId();
    Tenant current = get(tenantId);
    String newName =
        command.name() == null || command.name().isBlank() ? current.name() : command.name();
    String newDescription =
        command.description() == null ? current.description() : command.description();
    executor.execute(
        context ->
            jdbc.update(
                "UPDATE rt_tenant SET name = ?, description = ? WHERE tenant_id = ?",
                newName,
                newDescription,
                tenantId));
    return new Tenant(current.key(), tenantId, newName, newDescription);
  }

  public void delete(DeleteTenant command) {
    String tenantId = command.tenantId();
    get(tenantId);
    executor.execute(
        context -> {
          jdbc.update("DELETE FROM rt_tenant_member WHERE tenant_id = ?", tenantId);
          return jdbc.update("DELETE FROM rt_tenant WHERE tenant_id = ?", tenantId);
        });
  }

  /** Tenants whose id and name match the given values (null: any), ordered by id. */
  public List<Tenant> search(String tenantId, String name) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT tenant_key, tenant_id, name, description FROM rt_tenant WHERE 1=1");
    List<Object> args = new ArrayList<>();
    if (tenantId != null) {
      sql.append(" AND tenant_id = ?");
      args.add(tenantId);
    }
    if (name != null) {
      sql.append(" AND name = ?");
      args.add(name);
    }
    sql.append(" ORDER BY tenant_id");
    return jdbc.query(
        sql.toString(),
        (rs, i) ->
            new Tenant(
                rs.getLong("tenant_key"),
                rs.getString("tenant_id"),
                rs.getString("name"),
                rs.getString("description")),
        args.toArray());
  }

  /** Assigns a user or client to a tenant; assigning twice is 409. */
  public void assign(AssignTenantMember command) {
    String tenantId = command.tenantId();
    MemberType memberType = command.memberType();
    String memberId = command.memberId();
    get(tenantId);
    requireId(memberId, memberType.noun());
    try {
      executor.execute(
          context ->
              jdbc.update(
                  "INSERT INTO rt_tenant_member (tenant_id, member_type, member_id)"
                      + " VALUES (?,?,?)",
                  tenantId,
                  memberType.name(),
                  memberId));
    } catch (DuplicateKeyException e) {
      throw alreadyExists(
          "Expected to add "
              + memberType.noun()
              + " '"
              + memberId
              + "' to tenant '"
              + tenantId
              + "', but it is already assigned");
    }
  }

  public void unassign(UnassignTenantMember command) {
    String tenantId = command.tenantId();
    MemberType memberType = command.memberType();
    String memberId = command.memberId();
    get(tenantId);
    int removed =
        executor.execute(
            context ->
                jdbc.update(
                    "DELETE FROM rt_tenant_member WHERE tenant_id = ? AND member_type = ?"
                        + " AND member_id = ?",
                    tenantId,
                    memberType.name(),
                    memberId));
    if (removed == 0) {
      throw new NotFoundException(
          "Expected to remove "
              + memberType.noun()
              + " '"
              + memberId
              + "' from tenant '"
              + tenantId
              + "', but it is not assigned");
    }
  }

  /** The members of one type of a tenant, ordered by id. */
  public List<String> members(String tenantId, MemberType memberType) {
    get(tenantId);
    return jdbc.queryForList(
        "SELECT member_id FROM rt_tenant_member WHERE tenant_id = ? AND member_type = ?"
            + " ORDER BY member_id",
        String.class,
        tenantId,
        memberType.name());
  }

  private Tenant find(String tenantId) {
    List<Tenant> found = search(tenantId, null);
    return found.isEmpty() ? null : found.get(0);
  }

  private static RuntimeProblemException alreadyExists(String message) {
    return new RuntimeProblemException(RuntimeProblemException.Kind.ALREADY_EXISTS, message);
  }

  private static NotFoundException notFound(String tenantId) {
    return new NotFoundException(
        "Expected to find tenant with ID '" + tenantId + "', but no such tenant was found");
  }

  private static void requireId(String id, String what) {
    if (id == null || id.isBlank()) {
      throw new InvalidArgumentException("Expected a '" + what + "', but none was given");
    }
    if (id.length() > 255) {
      throw new InvalidArgumentException(
          "Expected '" + what + "' to have at most 255 characters, but it has " + id.length());
    }
  }
}

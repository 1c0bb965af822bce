package com.infusionbilling.runtime.search;

import static com.infusionbilling.runtime.search.EntitySearch.ValueType.BOOLEAN;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.KEY;
import static com.infusionbilling.runtime.search.EntitySearch.ValueType.STRING;
import static com.infusionbilling.runtime.search.SearchRows.single;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Searches of variables (v2 {@code /variables}), over {@code rt_variable}. */
public final class VariableSearches {

  /**
   * A variable as the v2 searches report it: its value as JSON text, never truncated by this
   * runtime.
   */
  public record Variable(
      long variableKey,
      String name,
      String value,
      long scopeKey,
      long processInstanceKey,
      String tenantId) {}

  private final JdbcTemplate jdbc;
  private final EntitySearch<Variable> variables;

  public VariableSearches(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    variables =
        EntitySearch.over("rt_variable v", "v.variable_key", (rs, i) -> variable(rs))
            .field("variableKey", "v.variable_key", KEY)
            .field("name", "v.name", STRING)
            .field("value", "v.var_value", STRING)
            .field("scopeKey", "v.scope_key", KEY)
            .field("processInstanceKey", "v.process_instance_key", KEY)
            .field("tenantId", "v.tenant_id", STRING)
            .filter(
                "isTruncated",
                (prop, value, sql) -> {
                  if ((Boolean) EntitySearch.convert(prop, BOOLEAN, value)) {
                    sql.and("1 = 0"); // this runtime never truncates values
                  }
                })
            .build();
  }

  public EntitySearch.Page<Variable> variables(JsonNode body) {
    return variables.search(jdbc, body);
  }

  public Variable variable(long key) {
    return single(
        variables.search(jdbc, null, sql -> sql.and("v.variable_key = ?", key)), "variable", key);
  }

  /** One variable row (the variable search and the user-task variable search). */
  static Variable variable(ResultSet rs) throws SQLException {
    return new Variable(
        rs.getLong("variable_key"),
        rs.getString("name"),
        rs.getString("var_value"),
        rs.getLong("scope_key"),
        rs.getLong("process_instance_key"),
        rs.getString("tenant_id"));
  }
}

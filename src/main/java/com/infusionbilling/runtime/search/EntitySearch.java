package com.infusionbilling.runtime.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.infusionbilling.runtime.shared.InvalidArgumentException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * A v2 search over one table: {@code filter} (each property a plain value or an operator object
 * with $eq, $neq, $exists, $in, $notIn, $like, $gt, $gte, $lt, $lte), {@code sort} (field and
 * order; the key always breaks ties so paging is stable) and {@code page} (from/limit, or the
 * after/before cursors of an earlier page). Read-only: searches never change state.
 */
public final class EntitySearch<T> {

  /** How a filter property's value is read. */
  public enum ValueType {
    KEY,
    STRING,
    INT,
    DATE,
    BOOLEAN,
    ENUM
  }

  /** Adds the SQL for one filter property. */
  @FunctionalInterface
  public interface FilterField {
    void apply(String property, JsonNode value, Sql sql);
  }

  /** A where clause under construction. */
  public static final class Sql {
    private final StringBuilder where = new StringBuilder();
    private final List<Object> args = new ArrayList<>();

    public void and(String condition, Object... params) {
      where.append(" AND ").append(condition);
      args.addAll(List.of(params));
    }

    String where() {
      return where.toString();
    }

    List<Object> args() {
      return args;
    }
  }

  public record Page<T>(List<T> items, long totalItems, int from, int limit) {
    public String startCursor() {
      return items.isEmpty() ? null : cursor(from);
    }

    public String endCursor() {
      return items.isEmpty() ? null : cursor(from + items.size());
    }
  }

  private static final int DEFAULT_LIMIT = 100;
  private static final int MAX_LIMIT = 10_000;

  private final String from;
  private final String baseWhere;
  private final String keyColumn;
  private final Map<String, FilterField> filters;
  private final Map<String, String> sorts;
  private final RowMapper<T> mapper;

  private EntitySearch(Builder<T> builder) {
    this.from = builder.from;
    this.baseWhere = builder.baseWhere;
    this.keyColumn = builder.keyColumn;
    this.filters = Map.copyOf(builder.filters);
    this.sorts = Map.copyOf(builder.sorts);
    this.mapper = builder.mapper;
  }

  public static <T> Builder<T> over(String from, String keyColumn, RowMapper<T> mapper) {
    return new Builder<>(from, keyColumn, mapper);
  }

  public static final class Builder<T> {
    private final String from;
    private final String keyColumn;
    private final RowMapper<T> mapper;
    private String baseWhere = "1=1";
    private final Map<String, FilterField> filters = new LinkedHashMap<>();
    private final Map<String, String> sorts = new LinkedHashMap<>();

    private Builder(String from, String keyColumn, RowMapper<T> mapper) {
      this.from = from;
      this.keyColumn = keyColumn;
      this.mapper = mapper;
    }

    public Builder<T> where(String condition) {
      this.baseWhere = condition;
      return this;
    }

    /** A filterable and sortable property backed by a column. */
    public Builder<T> field(String property, String column, ValueType type) {
      filters.put(property, columnFilter(column, type));
      sorts.put(property, column);
      return this;
    }

    public Builder<T> filter(String property, FilterField filter) {
      filters.put(property, filter);
      return this;
    }

    public Builder<T> sort(String property, String column) {
      sorts.put(property, column);
      return this;
    }

    /** A property the client may send but this runtime cannot filter by: only empty is allowed. */
    public Builder<T> unsupported(String property) {
      filters.put(
          property,
          (p, value, sql) -> {
            if (!isEmpty(value)) {
              throw new InvalidArgumentException(
                  "The filter property '" + p + "' is not supported by this runtime");
            }
          });
      return this;
    }

    public EntitySearch<T> build() {
      return new EntitySearch<>(this);
    }
  }

  public Page<T> search(JdbcTemplate jdbc, JsonNode body) {
    return search(jdbc, body, null);
  }

  /** Runs the search; {@code extra} adds conditions the endpoint implies (e.g. a path key). */
  public Page<T> search(JdbcTemplate jdbc, JsonNode body, java.util.function.Consumer<Sql> extra) {
    Sql sql = new Sql();
    JsonNode filter = body == null ? null : body.get("filter");
    if (filter != null && !filter.isNull()) {
      if (!filter.isObject()) {
        throw new InvalidArgumentException("The search 'filter' must be a JSON object");
      }
      Iterator<Map.Entry<String, JsonNode>> fields = filter.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        FilterField handler = filters.get(field.getKey());
        if (handler == null) {
          throw new InvalidArgumentException(
              "Unknown filter property '" + field.getKey() + "'; known: " + filters.keySet());
        }
        if (field.getValue() == null || field.getValue().isNull()) {
          continue;
        }
        handler.apply(field.getKey(), field.getValue(), sql);
      }
    }
    if (extra != null) {
      extra.accept(sql);
    }
    StringBuilder order = new StringBuilder();
    JsonNode sort = body == null ? null : body.get("sort");
    if (sort != null && sort.isArray()) {
      for (JsonNode item : sort) {
        String field = text(item.get("field"));
        String column = sorts.get(field);
        if (column == null) {
          throw new InvalidArgumentException(
              "Unknown sort field '" + field + "'; known: " + sorts.keySet());
        }
        String direction = text(item.get("order"));
        boolean desc = direction != null && direction.equalsIgnoreCase("DESC");
        order.append(order.isEmpty() ? "" : ", ").append(column).append(desc ? " DESC" : " ASC");
      }
    }
    order.append(order.isEmpty() ? "" : ", ").append(keyColumn).append(" ASC");

    int offset = 0;
    int limit = DEFAULT_LIMIT;
    JsonNode page = body == null ? null : body.get("page");
    if (page != null && !page.isNull()) {
      if (page.hasNonNull("limit")) {
        limit = page.get("limit").asInt();
        if (limit < 0 || limit > MAX_LIMIT) {
          throw new InvalidArgumentException(
              "The page limit must be between 0 and " + MAX_LIMIT + ", but was " + limit);
        }
      }
      if (page.hasNonNull("from")) {
        offset = page.get("from").asInt();
        if (offset < 0) {
          throw new InvalidArgumentException("The page 'from' must not be negative");
        }
      }
      if (page.hasNonNull("after")) {
        offset = decodeCursor(page.get("after").asText());
      } else if (page.hasNonNull("before")) {
        offset = Math.max(0, decodeCursor(page.get("before").asText()) - limit);
      }
    }

    String where = " WHERE " + baseWhere + sql.where();
    Long total =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM " + from + where, Long.class, sql.args().toArray());
    List<T> items =
        limit == 0
            ? List.of()
            : jdbc.query(
                "SELECT * FROM "
                    + from
                    + where
                    + " ORDER BY "
                    + order
                    + " LIMIT "
                    + limit
                    + " OFFSET "
                    + offset,
                mapper,
                sql.args().toArray());
    return new Page<>(items, total == null ? 0 : total, offset, limit);
  }

  // ---------------------------------------------------------------------------------------------

  public static FilterField columnFilter(String column, ValueType type) {
    return (property, value, sql) -> applyOperators(property, column, type, value, sql);
  }

  static void applyOperators(
      String property, String column, ValueType type, JsonNode value, Sql sql) {
    if (!value.isObject() || !hasOperator(value)) {
      if (value.isArray() || value.isObject()) {
        throw new InvalidArgumentException(
            "The filter property '" + property + "' expects a value or an operator object");
      }
      sql.and(column + " = ?", convert(property, type, value));
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> operators = value.fields();
    while (operators.hasNext()) {
      Map.Entry<String, JsonNode> op = operators.next();
      JsonNode operand = op.getValue();
      switch (op.getKey()) {
        case "$eq" -> sql.and(column + " = ?", convert(property, type, operand));
        case "$neq" ->
            sql.and(
                "(" + column + " IS NULL OR " + column + " <> ?)",
                convert(property, type, operand));
        case "$exists" -> sql.and(column + (operand.asBoolean() ? " IS NOT NULL" : " IS NULL"));
        case "$gt" -> sql.and(column + " > ?", convert(property, type, operand));
        case "$gte" -> sql.and(column + " >= ?", convert(property, type, operand));
        case "$lt" -> sql.and(column + " < ?", convert(property, type, operand));
        case "$lte" -> sql.and(column + " <= ?", convert(property, type, operand));
        case "$in", "$notIn" -> {
          if (!operand.isArray()) {
            throw new InvalidArgumentException(
                "The operator " + op.getKey() + " of '" + property + "' expects an array");
          }
          if (operand.isEmpty()) {
            continue; // the client sends empty lists for unset operators
          }
          List<Object> params = new ArrayList<>();
          StringBuilder marks = new StringBuilder();
          for (JsonNode item : operand) {
            params.add(convert(property, type, item));
            marks.append(marks.isEmpty() ? "?" : ",?");
          }
          String in = column + " IN (" + marks + ")";
          sql.and(op.getKey().equals("$in") ? in : "NOT " + in, params.toArray());
        }
        case "$like" -> {
          if (type != ValueType.STRING) {
            throw new InvalidArgumentException(
                "The operator $like is only supported on text properties, not on '"
                    + property
                    + "'");
          }
          if (operand == null || !operand.isTextual()) {
            throw new InvalidArgumentException(
                "The operator $like of '"
                    + property
                    + "' expects a text pattern (with * and ?), but was "
                    + (operand == null || operand.isNull() ? "null" : operand.toString()));
          }
          sql.and(column + " LIKE ? ESCAPE '!'", likePattern(operand.asText()));
        }
        default ->
            throw new InvalidArgumentException(
                "Unknown operator '" + op.getKey() + "' on filter property '" + property + "'");
      }
    }
  }

  private static boolean hasOperator(JsonNode value) {
    Iterator<String> names = value.fieldNames();
    while (names.hasNext()) {
      if (names.next().startsWith("$")) {
        return true;
      }
    }
    return false;
  }

  static Object convert(String property, ValueType type, JsonNode value) {
    if (value == null || value.isNull()) {
      throw new InvalidArgumentException("The filter property '" + property + "' needs a value");
    }
    try {
      return switch (type) {
        case KEY -> Long.parseLong(value.asText().strip());
        case INT -> Integer.parseInt(value.asText().strip());
        case STRING -> value.asText();
        case ENUM -> value.asText().toUpperCase(Locale.ROOT);
        case BOOLEAN -> {
          if (!value.isBoolean() && !value.asText().matches("(?i)true|false")) {
            throw new NumberFormatException();
          }
          yield value.asBoolean() || value.asText().equalsIgnoreCase("true");
        }
        case DATE -> OffsetDateTime.parse(value.asText()).toInstant().toEpochMilli();
      };
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new InvalidArgumentException(
          "The filter property '"
              + property
              + "' has an invalid value '"
              + value.asText()
              + "' (expected "
              + type.name().toLowerCase(Locale.ROOT)
              + ")");
    }
  }

  /** Camunda's $like uses * for any characters and ? for one character. */
  static String likePattern(String wildcard) {
    StringBuilder pattern = new StringBuilder();
    for (char c : wildcard.toCharArray()) {
      switch (c) {
        case '*' -> pattern.append('%');
        case '?' -> pattern.append('_');
        case '%', '_', '!' -> pattern.append('!').append(c);
        default -> pattern.append(c);
      }
    }
    return pattern.toString();
  }

  static boolean isEmpty(JsonNode value) {
    return value == null
        || value.isNull()
        || ((value.isArray() || value.isObject()) && value.isEmpty())
        || (value.isBoolean() && !value.asBoolean());
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  static String cursor(int offset) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("offset:" + offset).getBytes(StandardCharsets.UTF_8));
  }

  static int decodeCursor(String cursor) {
    try {
      String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (!decoded.startsWith("offset:")) {
        throw new IllegalArgumentException();
      }
      return Integer.parseInt(decoded.substring("offset:".length()));
    } catch (IllegalArgumentException e) {
      throw new InvalidArgumentException("The page cursor '" + cursor + "' is not valid");
    }
  }
}

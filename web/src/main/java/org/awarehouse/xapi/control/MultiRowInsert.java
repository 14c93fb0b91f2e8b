package org.awarehouse.xapi.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.awarehouse.platform.control.Sql;

/**
 * Many rows in one multi-row INSERT: MariaDB parses, plans and logs it once, where a JDBC batch of
 * single-row statements costs that for every row (the ingest benchmark writes about seven rows
 * per statement). Rows are sent in chunks that stay far below the packet and placeholder limits.
 * The datasource prepares statements on the server, so each shape of INSERT (table and row count)
 * is parsed once per connection and its values travel in the binary protocol, unescaped.
 */
final class MultiRowInsert {
  static final int ROWS_PER_STATEMENT = 500;

  private final String head;
  private final String tail;
  private final int columns;
  private final List<Object[]> rows = new ArrayList<>();

  /**
   * @param head the statement up to VALUES, such as {@code insert ignore into t (a, b) values}
   * @param tail what follows the rows, such as an {@code on duplicate key update} clause, or ""
   */
  MultiRowInsert(String head, int columns, String tail) {
    this.head = head;
    this.columns = columns;
    this.tail = tail;
  }

  void add(Object... values) {
    if (values.length != columns) {
      throw new IllegalArgumentException("expected " + columns + " values, got " + values.length);
    }
    rows.add(values);
  }

  void execute(Connection connection) throws SQLException {
    for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
      try (PreparedStatement insert = prepare(connection, from)) {
        insert.executeUpdate();
      }
    }
  }

  /**
   * Runs an insert whose tail is a {@code RETURNING} clause (MariaDB 10.5 and later) and hands
   * every returned row to {@code row}: generated values without another round trip.
   */
  void executeReturning(Connection connection, RowConsumer row) throws SQLException {
    for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
      try (PreparedStatement insert = prepare(connection, from); ResultSet returned = insert.executeQuery()) {
        while (returned.next()) {
          row.accept(returned);
        }
      }
    }
  }

  /** One returned row. */
  interface RowConsumer {
    void accept(ResultSet row) throws SQLException;
  }

  private PreparedStatement prepare(Connection connection, int from) throws SQLException {
    List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
    String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
    String sql = head + " " + String.join(", ", Collections.nCopies(chunk.size(), row)) + tail;
    PreparedStatement insert = connection.prepareStatement(sql);
    try {
      int index = 1;
      for (Object[] values : chunk) {
        for (Object value : values) {
          Sql.bind(insert, index++, value);
        }
      }
      return insert;
    } catch (SQLException | RuntimeException e) {
      insert.close();
      throw e;
    }
  }
}

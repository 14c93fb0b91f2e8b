package org.awarehouse.platform.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;

/** SQL values bound by type, and one update with its values bound in order, for the features that use plain JDBC. */
public final class Sql {
  private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

  private Sql() {}

  /** Runs the update on the connection; returns the number of rows it changed. */
  public static int update(Connection connection, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        bind(statement, i + 1, values[i]);
      }
      return statement.executeUpdate();
    }
  }

  /**
   * Binds one value by its type. setObject makes the driver try its codecs one after another for
   * every value, and a Timestamp is formatted through a new SimpleDateFormat each time; an Instant
   * is sent as DATETIME text in the JVM's zone instead, as a Timestamp would be and as
   * getTimestamp reads it.
   */
  public static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.NULL);
    } else if (value instanceof String text) {
      statement.setString(index, text);
    } else if (value instanceof byte[] bytes) {
      statement.setBytes(index, bytes);
    } else if (value instanceof Long number) {
      statement.setLong(index, number);
    } else if (value instanceof Integer number) {
      statement.setInt(index, number);
    } else if (value instanceof Boolean flag) {
      statement.setBoolean(index, flag);
    } else if (value instanceof Double number) {
      statement.setDouble(index, number);
    } else if (value instanceof Instant instant) {
      statement.setString(index, DATETIME.format(LocalDateTime.ofInstant(instant, ZoneId.systemDefault())));
    } else {
      statement.setObject(index, value);
    }
  }

  /**
   * Runs the update on a connection of the data source (the caller's transaction's, if any);
   * {@code what} names what it changes, for the error.
   */
  public static int execute(DataSource dataSource, String what, String sql, Object... values) {
    try (Connection connection = dataSource.getConnection()) {
      return update(connection, sql, values);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot change " + what, e);
    }
  }
}

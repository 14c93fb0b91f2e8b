package org.awarehouse.platform.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import javax.sql.DataSource;

/** One SQL update with its values bound in order, for the features that write with plain JDBC. */
public final class Sql {
  private Sql() {}

  /** Runs the update on the connection; returns the number of rows it changed. */
  public static int update(Connection connection, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        if (values[i] == null) {
          statement.setNull(i + 1, Types.NULL);
        } else {
          statement.setObject(i + 1, values[i]);
        }
      }
      return statement.executeUpdate();
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

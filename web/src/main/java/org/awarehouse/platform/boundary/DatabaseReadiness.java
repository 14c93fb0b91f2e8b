package org.awarehouse.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.awarehouse.platform.control.DatabaseMigrator;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the database answers and the schema has been migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
  private static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = "java:jboss/datasources/AwarehouseDS")
  DataSource dataSource;

  @Inject DatabaseMigrator migrator;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    String schema = migrator.schemaVersion();
    try (Connection connection = dataSource.getConnection()) {
      boolean valid = connection.isValid(TIMEOUT_SECONDS);
      return response.status(valid && schema != null)
          .withData("schemaVersion", schema == null ? "not migrated" : schema)
          .build();
    } catch (SQLException e) {
      // the reason goes to the probe; the database URL and credentials never do
      return response.down().withData("error", "no connection: SQLSTATE " + e.getSQLState()).build();
    }
  }
}

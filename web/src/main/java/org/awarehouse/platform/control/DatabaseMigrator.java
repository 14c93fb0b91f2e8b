package org.awarehouse.platform.control;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the Flyway migrations in db/migration when the application deploys. They are the only
 * schema: Hibernate never generates or alters a table. Several nodes starting at once are safe,
 * because Flyway takes a database lock while it migrates.
 */
@ApplicationScoped
public class DatabaseMigrator {
  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  @Resource(lookup = "java:jboss/datasources/AwarehouseDS")
  DataSource dataSource;

  private volatile String schemaVersion;

  void migrate(@Observes @Priority(StartupOrder.MIGRATE_SCHEMA) @Initialized(ApplicationScoped.class) Object start) {
    LOG.info("Checking the database schema");
    Flyway flyway = Flyway.configure(getClass().getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .failOnMissingLocations(true)
        .load();
    MigrateResult result = flyway.migrate();
    schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
    LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted
        + " migration(s) applied now)");
  }

  public String schemaVersion() {
    return schemaVersion;
  }
}

package org.awarehouse.content.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The content index in the database: a file of a version by the version's content key. One
 * indexed lookup without a transaction; delivery caches the answers.
 */
@ApplicationScoped
public class PackageFileIndex implements ContentIndex {

  @Resource(lookup = "java:jboss/datasources/AwarehouseDS") DataSource dataSource;

  @Override
  public Optional<StoredFile> find(String contentKey, String path) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement("select f.sha256, f.size from package_version v"
            + " join package_file f on f.version_id = v.id where v.content_key = ? and f.path = ?")) {
      select.setString(1, contentKey);
      select.setString(2, path);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(new StoredFile(row.getString(1), row.getLong(2))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot look up a content file", e);
    }
  }
}

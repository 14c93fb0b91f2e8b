package org.awarehouse.xapi.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Attachment data in MariaDB, one row per organisation and SHA-2. Rows are written on the
 * connection that stores their statements, so both commit or roll back together, and are never
 * changed: the same hash is the same octets.
 */
@ApplicationScoped
public class AttachmentStore {

  @Resource(lookup = "java:jboss/datasources/AwarehouseDS") DataSource dataSource;

  /** Stores data not stored yet, inside the caller's transaction. */
  void save(Connection connection, UUID org, Collection<AttachmentPart> parts, Instant stored) throws SQLException {
    if (parts.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement(
        "insert ignore into xapi_attachment (organisation_id, sha2, length, content, stored) values (?, ?, ?, ?, ?)")) {
      for (AttachmentPart part : parts) {
        insert.setString(1, org.toString());
        insert.setString(2, part.sha2());
        insert.setLong(3, part.content().length);
        insert.setBytes(4, part.content());
        insert.setTimestamp(5, Timestamp.from(stored));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /**
   * The stored data of every distinct attachment the statements name, in order of first mention,
   * with the contentType of that first mention. Attachments known only by fileUrl have no data
   * here and are left out.
   */
  @Transactional
  public List<StoredAttachment> referencedBy(UUID org, List<JsonObject> statements) {
    Map<String, String> contentTypes = new LinkedHashMap<>();
    for (JsonObject statement : statements) {
      AttachmentMatching.of(statement, "").forEach(
          header -> contentTypes.putIfAbsent(header.sha2(), header.attachment().getString("contentType")));
    }
    Map<String, Long> lengths = lengths(org, contentTypes.keySet());
    return contentTypes.entrySet().stream()
        .filter(entry -> lengths.containsKey(entry.getKey()))
        .map(entry -> new StoredAttachment(org, entry.getKey(), entry.getValue(), lengths.get(entry.getKey())))
        .toList();
  }

  /** The lengths of the data stored under these hashes; hashes without data are left out. */
  private Map<String, Long> lengths(UUID org, Collection<String> sha2s) {
    if (sha2s.isEmpty()) {
      return Map.of();
    }
    String marks = sha2s.stream().map(s -> "?").collect(Collectors.joining(","));
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(
            "select sha2, length from xapi_attachment where organisation_id = ? and sha2 in (" + marks + ")")) {
      select.setString(1, org.toString());
      int i = 2;
      for (String sha2 : sha2s) {
        select.setString(i++, sha2);
      }
      Map<String, Long> found = new HashMap<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          found.put(rows.getString(1), rows.getLong(2));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot look up attachments", e);
    }
  }

  /**
   * One attachment's data. It is read whole and the connection given back before the caller
   * writes it to a client, so a slow reader never holds a database connection.
   */
  @Transactional
  public Optional<byte[]> content(UUID org, String sha2) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(
            "select content from xapi_attachment where organisation_id = ? and sha2 = ?")) {
      select.setString(1, org.toString());
      select.setString(2, sha2);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read an attachment", e);
    }
  }
}

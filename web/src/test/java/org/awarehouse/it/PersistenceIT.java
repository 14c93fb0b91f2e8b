package org.awarehouse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.awarehouse.platform.control.DatabaseMigrator;
import org.awarehouse.platform.control.OrganisationService;
import org.awarehouse.platform.control.Role;
import org.awarehouse.platform.control.TokenService;
import org.awarehouse.platform.control.UnknownTokenException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Inside WildFly: the real datasource, the Flyway schema and the services, on a real MariaDB. */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application().addClasses(PersistenceIT.class, Deployments.class);
  }

  @Resource(lookup = "java:jboss/datasources/AwarehouseDS")
  DataSource dataSource;

  @Inject DatabaseMigrator migrator;
  @Inject OrganisationService organisations;
  @Inject TokenService tokens;

  @Test
  void theDatabaseIsARealMariaDb() throws Exception {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet version = s.executeQuery("select version()")) {
      version.next();
      assertTrue(version.getString(1).contains("MariaDB"), version.getString(1));
    }
  }

  @Test
  void theSchemaComesFromFlywayAndEveryMigrationSucceeded() throws Exception {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet history = s.executeQuery(
            "select count(*), max(cast(version as unsigned)), sum(success = 0) from flyway_schema_history")) {
      history.next();
      assertEquals(history.getInt(2), history.getInt(1), "one row per version, no gaps");
      assertEquals(0, history.getInt(3), "no failed migration");
      assertEquals(String.valueOf(history.getInt(2)), migrator.schemaVersion());
    }
  }

  @Test
  void aTokenIsStoredOnlyAsItsHash() throws Exception {
    UUID org = organisations.create("hash-" + suffix(), "Hash check").id();
    TokenService.Issued issued = tokens.issue(org, "ci", EnumSet.of(Role.AUTHOR), null);
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("select secret_sha256 from api_token where id = '" + issued.token().id() + "'")) {
      rows.next();
      String stored = rows.getString(1);
      assertEquals(64, stored.length());
      assertTrue(!stored.contains(issued.secret().substring(4, 20)));
    }
    assertEquals(org, tokens.authenticate(issued.secret()).orElseThrow().organisationId());
  }

  @Test
  void aTokenOfAnotherOrganisationCannotBeRevoked() {
    UUID a = organisations.create("rev-a-" + suffix(), "A").id();
    UUID b = organisations.create("rev-b-" + suffix(), "B").id();
    TokenService.Issued bToken = tokens.issue(b, "b admin", EnumSet.of(Role.ADMIN), null);
    assertThrows(UnknownTokenException.class, () -> tokens.revoke(a, bToken.token().id()));
    assertTrue(tokens.authenticate(bToken.secret()).isPresent());
  }

  @Inject org.awarehouse.lti.control.DatabaseNonceStore nonces;

  @Test
  void aNonceRecordedByOneNodeIsAReplayForEveryOther() throws Exception {
    String nonce = UUID.randomUUID().toString();
    java.time.Instant expiry = java.time.Instant.now().plusSeconds(600);
    assertTrue(nonces.markUsed("https://lms.example", nonce, expiry));
    assertTrue(!nonces.markUsed("https://lms.example", nonce, expiry), "the same node sees the replay");
    // another node has its own connection pool: a separate connection stands in for it
    try (Connection other = dataSource.getConnection(); var insert = other.prepareStatement(
        "insert ignore into lti_used_nonce (nonce_sha256, expires_at) values (?, ?)")) {
      insert.setString(1, org.awarehouse.platform.control.TokenSecrets.sha256("https://lms.example\n" + nonce));
      insert.setObject(2, java.time.LocalDateTime.now().plusMinutes(10));
      assertEquals(0, insert.executeUpdate(), "the nonce is already in the shared store");
    }
    assertTrue(nonces.markUsed("https://other-lms.example", nonce, expiry), "nonces are per issuer");
  }

  @Inject org.awarehouse.lti.control.ToolKeyService toolKeys;

  @Test
  void keyRotationIsDueOnlyForAnOldKeyAndRetiredKeysStayPublished() {
    toolKeys.ensureKeys();
    int published = toolKeys.publicJwks().getKeys().size();
    assertTrue(!toolKeys.rotateIfOlderThan(java.time.Duration.ofDays(90)), "a fresh key is not rotated");
    String before = toolKeys.signingKey().getKeyID();
    assertTrue(toolKeys.rotateIfOlderThan(java.time.Duration.ZERO.minusSeconds(1)), "an expired key is rotated");
    String after = toolKeys.signingKey().getKeyID();
    assertTrue(!before.equals(after), "a new key signs");
    assertEquals(published + 1, toolKeys.publicJwks().getKeys().size(), "the old key stays in the JWKS");
    assertTrue(toolKeys.publicJwks().getKeyByKeyId(before) != null);
    assertTrue(toolKeys.publicJwks().getKeys().stream().noneMatch(k -> k.isPrivate()), "public parts only");
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}

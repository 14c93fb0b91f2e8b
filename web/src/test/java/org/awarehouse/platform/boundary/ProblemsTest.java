package org.awarehouse.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import java.io.StringReader;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.UUID;
import org.awarehouse.platform.control.AuthenticationRequiredException;
import org.awarehouse.platform.control.InvalidInputException;
import org.awarehouse.platform.control.UnknownOrganisationException;
import org.junit.jupiter.api.Test;

class ProblemsTest {

  @Test
  void domainExceptionKeepsItsStatusTypeAndFieldErrors() {
    Problems.Mapped mapped = Problems.map(new InvalidInputException("roles", "unknown role 'x'"), "/api/tokens", "id1");
    assertEquals(400, mapped.problem().status());
    assertEquals("urn:awarehouse:problem:validation", mapped.problem().type());
    assertEquals("roles", mapped.problem().errors().get(0).field());
    assertEquals("id1", mapped.problem().errorId());
    assertFalse(mapped.serverFault());
  }

  @Test
  void notFoundNamesTheMissingThing() {
    UUID id = UUID.randomUUID();
    Problems.Mapped mapped = Problems.map(new UnknownOrganisationException(id), "/api/organisations/" + id, "e");
    assertEquals(404, mapped.problem().status());
    assertTrue(mapped.problem().detail().contains(id.toString()));
  }

  @Test
  void unauthenticatedCarriesTheBearerChallenge() {
    Problems.Mapped mapped = Problems.map(AuthenticationRequiredException.invalid(), "/api/x", "e");
    assertEquals(401, mapped.problem().status());
    assertEquals("Bearer realm=\"awarehouse\", error=\"invalid_token\"", mapped.headers().get("WWW-Authenticate"));
  }

  @Test
  void malformedJsonSaysWhereTheParserStopped() {
    JsonParsingException parse = assertParseFails("{\"slug\": \"a\", \"name\": }");
    Problems.Mapped mapped = Problems.map(new ProcessingException("wrapped", parse), "/api/organisations", "e");
    assertEquals(400, mapped.problem().status());
    assertEquals("urn:awarehouse:problem:malformed-json", mapped.problem().type());
    assertTrue(mapped.problem().detail().contains("line 1, column"), mapped.problem().detail());
  }

  @Test
  void uniqueKeyViolationIsAConflict() {
    RuntimeException failure = new RuntimeException("commit failed",
        new SQLIntegrityConstraintViolationException("Duplicate entry", "23000"));
    assertEquals(409, Problems.map(failure, "/api/organisations", "e").problem().status());
  }

  @Test
  void anUnexpectedFailureLeaksNothingAndIsAServerFault() {
    Problems.Mapped mapped = Problems.map(new IllegalStateException("password=hunter2 at db01"), "/api/x", "abc123");
    assertEquals(500, mapped.problem().status());
    assertTrue(mapped.serverFault());
    assertFalse(mapped.problem().detail().contains("hunter2"));
    assertTrue(mapped.problem().detail().contains("abc123"));
  }

  @Test
  void errorIdsAreShortAndDistinct() {
    String a = Problems.newErrorId();
    assertEquals(12, a.length());
    assertFalse(a.equals(Problems.newErrorId()));
  }

  private static JsonParsingException assertParseFails(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      reader.readObject();
    } catch (JsonParsingException e) {
      return e;
    }
    throw new AssertionError("expected a parse failure");
  }
}

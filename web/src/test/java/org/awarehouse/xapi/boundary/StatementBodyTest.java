package org.awarehouse.xapi.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.awarehouse.platform.control.InvalidInputException;
import org.awarehouse.xapi.control.InvalidStatementException;
import org.awarehouse.xapi.control.ReceivedStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A POST body read into statements, each with its text exactly as the body had it. */
class StatementBodyTest {
  private static final JsonProvider JSON = JsonProvider.provider();

  private final StatementRequests requests = new StatementRequests();

  StatementBodyTest() {
    requests.maxBodyBytes = 8 * 1024 * 1024;
  }

  @Test
  void eachStatementOfALargeBatchKeepsItsOwnText() {
    // far beyond the parser's buffer, with statements and multi-byte characters across its edges
    List<String> texts = IntStream.range(0, 300)
        .mapToObj(i -> "{ \"verb\" : {\"id\":\"http://example.com/v\", \"display\":{\"nl\":\"één " + i + "\"}},\n"
            + "  \"object\":{\"id\":\"http://example.com/a/" + "x".repeat(i % 37) + "\"}, \"n\": [1, {\"k\": \"}\"}] }")
        .toList();
    List<ReceivedStatement> read = read(" [\n" + String.join(" ,\r\n", texts) + "\n] \n");
    assertEquals(texts.size(), read.size());
    for (int i = 0; i < texts.size(); i++) {
      assertEquals(texts.get(i), read.get(i).text());
      assertEquals(parse(texts.get(i)), read.get(i).json());
    }
  }

  @Test
  void aSingleStatementAndABomAreReadToo() {
    String text = "{\"actor\":{\"mbox\":\"mailto:a@example.com\"}}";
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = (new String(bom, StandardCharsets.ISO_8859_1) + "  " + text + " ").getBytes(StandardCharsets.ISO_8859_1);
    List<ReceivedStatement> read = requests.statements(new ByteArrayInputStream(body), body.length);
    assertEquals(List.of(new ReceivedStatement(parse(text), text)), read);
  }

  @Test
  void aUtf16BodyIsReadWithoutTexts() {
    byte[] body = "[{\"a\":\"b\"}]".getBytes(StandardCharsets.UTF_16BE);
    List<ReceivedStatement> read = requests.statements(new ByteArrayInputStream(body), body.length);
    assertEquals(parse("{\"a\":\"b\"}"), read.get(0).json());
    assertNull(read.get(0).text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "[{\"a\":1}", "[{\"a\":1}] x", "{\"a\":1}}", "{\"a\":}", "[{\"a\":1},]"})
  void aBodyThatIsNotJsonIsNamed(String body) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(body));
    assertEquals("body", e.fieldErrors().get(0).field());
  }

  @ParameterizedTest
  @ValueSource(strings = {"[{\"a\":1}, 2]", "[{\"a\":1}, [], {\"b\":2}]", "\"statement\"", "17"})
  void aStatementThatIsNotAnObjectIsNamed(String body) {
    InvalidStatementException e = assertThrows(InvalidStatementException.class, () -> read(body));
    assertEquals(body.startsWith("[") ? "[1]" : "(statement)", e.fieldErrors().get(0).field());
  }

  private List<ReceivedStatement> read(String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return requests.statements(new ByteArrayInputStream(bytes), bytes.length);
  }

  private static JsonObject parse(String json) {
    try (var reader = JSON.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}

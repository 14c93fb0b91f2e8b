package org.awarehouse.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every built-in module keeps the rules of content-packages/README.md; and the check catches what breaks them. */
class ModuleCheckTest {
  static final Path MODULES = Path.of("src/main/modules");

  @TestFactory
  Stream<DynamicTest> everyModuleKeepsTheRules() throws IOException {
    List<Path> folders;
    try (Stream<Path> list = Files.list(MODULES)) {
      folders = list.filter(Files::isDirectory).sorted().toList();
    }
    assertFalse(folders.isEmpty(), "there are no modules under " + MODULES);
    return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
      List<String> findings = ModuleCheck.check(folder);
      assertTrue(findings.isEmpty(), folder.getFileName() + ":\n  " + String.join("\n  ", findings));
    }));
  }

  @Test
  void aWellFormedModulePasses(@TempDir Path dir) throws IOException {
    assertEquals(List.of(), ModuleCheck.check(Fixture.write(dir, Fixture.SCRIPT)));
  }

  @Test
  void aMissingTranslationIsNamedWithItsPlace(@TempDir Path dir) throws IOException {
    String script = Fixture.SCRIPT.replace("\"nl\": \"Waarom dit ertoe doet\"", "\"nl\": \"  \"");
    assertEquals(List.of("screen why.heading has no nl text"), ModuleCheck.check(Fixture.write(dir, script)));
  }

  @Test
  void anImageWithoutAltTextOrFileIsFlagged(@TempDir Path dir) throws IOException {
    String script = Fixture.SCRIPT.replace("\"alt\": {\"en\": \"A desk\", \"nl\": \"Een bureau\"}", "\"alt\": {\"en\": \"A desk\"}")
        .replace("img/desk.svg", "img/missing.svg");
    List<String> findings = ModuleCheck.check(Fixture.write(dir, script));
    assertEquals(List.of("screen why.image.src: 'img/missing.svg' is not a file under img/",
        "screen why.image.alt has no nl text"), findings);
  }

  @Test
  void textLongerThanTheDurationIsFlaggedInEachLanguage(@TempDir Path dir) throws IOException {
    String script = Fixture.SCRIPT.replace(Fixture.FILLER, Fixture.FILLER.repeat(4));
    List<String> findings = ModuleCheck.check(Fixture.write(dir, script));
    assertEquals(2, findings.size(), findings.toString());
    assertTrue(findings.get(0).startsWith("reading length (en): about 4.4 minutes, more than the stated 4"), findings.get(0));
  }

  @Test
  void aDurationFarAboveTheTextIsFlagged(@TempDir Path dir) throws IOException {
    Path folder = Fixture.write(dir, Fixture.SCRIPT);
    Files.writeString(folder.resolve("cmi5.xml"), Fixture.CMI5.replace("durationMinutes=\"4\"", "durationMinutes=\"8\""));
    assertTrue(ModuleCheck.check(folder).get(0).contains("under half the stated 8"));
  }

  @Test
  void theReadingEstimateCountsTheLongestFeedbackOfAScenario(@TempDir Path dir) throws IOException {
    ModuleCheck.Reading en = ModuleCheck.readings(Fixture.write(dir, Fixture.SCRIPT)).get(0);
    // 2 scenario choices and 3 check questions
    assertEquals(5, en.decisions());
    String longer = Fixture.SCRIPT.replace("\"en\": \"Wrong: it was not.\"", "\"en\": \"Wrong: it was not, and here is why in a few more words.\"");
    assertEquals(en.words() + 9, ModuleCheck.readings(Fixture.write(dir, longer)).get(0).words());
  }

  @Test
  void structuralMistakesAreAllReported(@TempDir Path dir) throws IOException {
    String script = Fixture.SCRIPT.replace("\"best\": true", "\"best\": false")
        .replace("\"kind\": \"close\"", "\"kind\": \"outro\"")
        .replace("\"id\": \"q2\"", "\"id\": \"Q 2\"");
    List<String> findings = ModuleCheck.check(Fixture.write(dir, script));
    assertTrue(findings.contains("screen first.choices: exactly one choice is the best one (\"best\": true), not 0"), findings.toString());
    assertTrue(findings.contains("screen close: the last screen is the close screen"), findings.toString());
    assertTrue(findings.contains("screen close: kind must be why, scenario, lesson, check or close, not 'outro'"),
        findings.toString());
    assertTrue(findings.contains("screen check.questions[1].id must be a short slug of a-z, 0-9 and -, not 'Q 2'"),
        findings.toString());
  }

  @Test
  void titlesMustAgreeBetweenCourseAndScript(@TempDir Path dir) throws IOException {
    Path folder = Fixture.write(dir, Fixture.SCRIPT.replace("\"en\": \"Fixture\"", "\"en\": \"Other\""));
    assertEquals(List.of("the en title differs: cmi5.xml says 'Fixture', script.json 'Other'"), ModuleCheck.check(folder));
  }

  /** A small module that keeps every rule. */
  static final class Fixture {
    static final String FILLER = "one two three four five six seven eight nine ten ".repeat(15).strip();

    static final String CMI5 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd" xmlns:awh="urn:awarehouse:module:1">
          <course id="urn:awarehouse:module:fixture">
            <title><langstring lang="en">Fixture</langstring><langstring lang="nl">Voorbeeld</langstring></title>
            <description><langstring lang="en">d</langstring><langstring lang="nl">d</langstring></description>
            <awh:module version="1.0.0" durationMinutes="4"><awh:audience>everyone</awh:audience>
              <awh:regulation>NIS2 art. 21(2)(g)</awh:regulation></awh:module>
          </course>
          <au id="urn:awarehouse:module:fixture:au" moveOn="CompletedAndPassed" masteryScore="0.6">
            <title><langstring lang="en">Fixture</langstring><langstring lang="nl">Voorbeeld</langstring></title>
            <description><langstring lang="en">d</langstring><langstring lang="nl">d</langstring></description>
            <url>index.html</url>
          </au>
        </courseStructure>
        """;

    static final String SCRIPT = """
        {"title": {"en": "Fixture", "nl": "Voorbeeld"},
         "screens": [
          {"kind": "why", "id": "why", "heading": {"en": "Why it matters", "nl": "Waarom dit ertoe doet"},
           "paragraphs": [{"en": "FILLER", "nl": "FILLER"}],
           "image": {"src": "img/desk.svg", "alt": {"en": "A desk", "nl": "Een bureau"}}},
          {"kind": "scenario", "id": "first", "heading": {"en": "A", "nl": "A"}, "paragraphs": [{"en": "p", "nl": "p"}],
           "message": {"channel": "email", "from": {"en": "x", "nl": "x"}, "subject": {"en": "s", "nl": "s"},
                       "body": [{"en": "b", "nl": "b"}]},
           "question": {"en": "q", "nl": "q"},
           "choices": [{"id": "a", "text": {"en": "a", "nl": "a"}, "feedback": {"en": "Right.", "nl": "Goed."}, "best": true},
                       {"id": "b", "text": {"en": "b", "nl": "b"}, "feedback": {"en": "Wrong: it was not.", "nl": "Nee."}}]},
          {"kind": "scenario", "id": "second", "heading": {"en": "B", "nl": "B"}, "paragraphs": [{"en": "p", "nl": "p"}],
           "question": {"en": "q", "nl": "q"},
           "choices": [{"id": "a", "text": {"en": "a", "nl": "a"}, "feedback": {"en": "f", "nl": "f"}, "best": true},
                       {"id": "b", "text": {"en": "b", "nl": "b"}, "feedback": {"en": "f", "nl": "f"}}]},
          {"kind": "check", "id": "check", "heading": {"en": "Check", "nl": "Check"}, "questions": [
            {"id": "q1", "text": {"en": "q", "nl": "q"}, "explanation": {"en": "e", "nl": "e"}, "choices": [
              {"id": "a", "text": {"en": "a", "nl": "a"}, "correct": true}, {"id": "b", "text": {"en": "b", "nl": "b"}},
              {"id": "c", "text": {"en": "c", "nl": "c"}}]},
            {"id": "q2", "text": {"en": "q", "nl": "q"}, "explanation": {"en": "e", "nl": "e"}, "choices": [
              {"id": "a", "text": {"en": "a", "nl": "a"}, "correct": true}, {"id": "b", "text": {"en": "b", "nl": "b"}},
              {"id": "c", "text": {"en": "c", "nl": "c"}}]},
            {"id": "q3", "text": {"en": "q", "nl": "q"}, "explanation": {"en": "e", "nl": "e"}, "choices": [
              {"id": "a", "text": {"en": "a", "nl": "a"}, "correct": true}, {"id": "b", "text": {"en": "b", "nl": "b"}},
              {"id": "c", "text": {"en": "c", "nl": "c"}}]}]},
          {"kind": "close", "id": "close", "heading": {"en": "Done", "nl": "Klaar"}, "paragraphs": [{"en": "p", "nl": "p"}]}
         ]}
        """.replace("FILLER", FILLER);

    static Path write(Path dir, String script) throws IOException {
      Path folder = Files.createDirectories(dir.resolve("fixture"));
      Files.createDirectories(folder.resolve("img"));
      Files.writeString(folder.resolve("img/desk.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
      Files.writeString(folder.resolve("cmi5.xml"), CMI5, StandardCharsets.UTF_8);
      Files.writeString(folder.resolve("script.json"), script, StandardCharsets.UTF_8);
      return folder;
    }
  }
}

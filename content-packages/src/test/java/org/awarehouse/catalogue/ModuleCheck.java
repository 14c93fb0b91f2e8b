package org.awarehouse.catalogue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The rules of content-packages/README.md for one module folder: both languages everywhere, alt
 * text on every image, a reading length inside the stated duration, and the screen structure the
 * player expects. Collects every finding rather than stopping at the first.
 */
final class ModuleCheck {
  static final List<String> LANGUAGES = List.of("en", "nl");
  static final int WORDS_PER_MINUTE = 200;
  static final int SECONDS_PER_DECISION = 15;
  static final Set<String> CHANNELS = Set.of("email", "sms", "chat", "phone", "letter", "web");
  private static final Pattern ID = Pattern.compile("[a-z0-9-]{1,40}");
  private static final String CMI5 = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";
  private static final String AWH = "urn:awarehouse:module:1";

  /** What the cmi5.xml says that the script must agree with. */
  record Course(Map<String, String> titles, int durationMinutes, Double masteryScore, String auUrl) {}

  /** The estimate of one language, in minutes. */
  record Reading(String language, int words, int decisions) {
    double minutes() {
      return (double) words / WORDS_PER_MINUTE + decisions * SECONDS_PER_DECISION / 60.0;
    }
  }

  private final Path folder;
  private final List<String> findings = new ArrayList<>();
  private final Map<String, Integer> words = new HashMap<>();
  private int decisions;

  private ModuleCheck(Path folder) {
    this.folder = folder;
  }

  static List<String> check(Path folder) {
    return new ModuleCheck(folder).run();
  }

  /** The reading estimate per language, for a module whose script parses. */
  static List<Reading> readings(Path folder) {
    ModuleCheck check = new ModuleCheck(folder);
    check.run();
    return LANGUAGES.stream().map(l -> new Reading(l, check.words.getOrDefault(l, 0), check.decisions)).toList();
  }

  private List<String> run() {
    Course course = course();
    JsonObject script = script();
    if (script == null) {
      return findings;
    }
    Map<String, String> title = text(script, "title", "title");
    List<JsonObject> screens = objects(script, "screens", "screens");
    screens(screens);
    if (course != null) {
      agree(course, title);
    }
    return findings;
  }

  private Course course() {
    Path xml = folder.resolve("cmi5.xml");
    if (!Files.isRegularFile(xml)) {
      findings.add("cmi5.xml is missing");
      return null;
    }
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setExpandEntityReferences(false);
      Document doc = factory.newDocumentBuilder().parse(xml.toFile());
      Element courseElement = first(doc.getDocumentElement(), CMI5, "course");
      Element au = first(doc.getDocumentElement(), CMI5, "au");
      Element module = first(doc.getDocumentElement(), AWH, "module");
      if (courseElement == null || au == null || module == null) {
        findings.add("cmi5.xml needs a course, an au and an awh:module element");
        return null;
      }
      Map<String, String> titles = new HashMap<>();
      NodeList strings = first(courseElement, CMI5, "title").getElementsByTagNameNS(CMI5, "langstring");
      for (int i = 0; i < strings.getLength(); i++) {
        Element s = (Element) strings.item(i);
        titles.put(s.getAttribute("lang"), s.getTextContent().strip());
      }
      int minutes = Integer.parseInt(module.getAttribute("durationMinutes"));
      if (minutes < 4 || minutes > 8) {
        findings.add("cmi5.xml: durationMinutes is " + minutes + "; a module takes 4 to 8 minutes");
      }
      String mastery = au.getAttribute("masteryScore");
      if (mastery.isEmpty()) {
        findings.add("cmi5.xml: the AU needs a masteryScore, the pass mark of the check");
      }
      if (!"CompletedAndPassed".equals(au.getAttribute("moveOn"))) {
        findings.add("cmi5.xml: the AU's moveOn must be CompletedAndPassed");
      }
      if (module.getElementsByTagNameNS(AWH, "audience").getLength() == 0) {
        findings.add("cmi5.xml: awh:module names no audience");
      }
      if (module.getElementsByTagNameNS(AWH, "regulation").getLength() == 0) {
        findings.add("cmi5.xml: awh:module names no regulation");
      }
      Element url = first(au, CMI5, "url");
      return new Course(titles, minutes, mastery.isEmpty() ? null : Double.valueOf(mastery),
          url == null ? null : url.getTextContent().strip());
    } catch (ParserConfigurationException | SAXException | IOException | RuntimeException e) {
      findings.add("cmi5.xml cannot be read: " + e.getMessage());
      return null;
    }
  }

  private static Element first(Element parent, String namespace, String name) {
    NodeList list = parent.getElementsByTagNameNS(namespace, name);
    return list.getLength() == 0 ? null : (Element) list.item(0);
  }

  private JsonObject script() {
    Path json = folder.resolve("script.json");
    if (!Files.isRegularFile(json)) {
      findings.add("script.json is missing");
      return null;
    }
    try (Reader in = Files.newBufferedReader(json, StandardCharsets.UTF_8); JsonReader reader = Json.createReader(in)) {
      return reader.readObject();
    } catch (IOException | JsonParsingException | ClassCastException e) {
      findings.add("script.json is not a JSON object: " + e.getMessage());
      return null;
    }
  }

  private void screens(List<JsonObject> screens) {
    if (screens.isEmpty()) {
      findings.add("screens: a module has screens");
      return;
    }
    Set<String> ids = new HashSet<>();
    int scenarios = 0;
    int checks = 0;
    for (int i = 0; i < screens.size(); i++) {
      JsonObject screen = screens.get(i);
      String kind = screen.getString("kind", "");
      String where = "screens[" + i + "]";
      String id = id(screen, "id", where);
      if (id != null && !ids.add(id)) {
        findings.add(where + ": the id " + id + " is used twice");
      }
      where = "screen " + (id == null ? i : id);
      if (i == 0 && !"why".equals(kind)) {
        findings.add(where + ": the first screen is the why screen");
      }
      if (i == screens.size() - 1 && !"close".equals(kind)) {
        findings.add(where + ": the last screen is the close screen");
      }
      if (i == screens.size() - 2 && !"check".equals(kind)) {
        findings.add(where + ": the knowledge check comes just before the close screen");
      }
      text(screen, "heading", where + ".heading");
      if (!"check".equals(kind) || screen.containsKey("paragraphs")) {
        texts(screen, "paragraphs", where + ".paragraphs", true);
      }
      if (screen.containsKey("points")) {
        texts(screen, "points", where + ".points", true);
      }
      if (screen.containsKey("image")) {
        image(screen.get("image"), where + ".image");
      }
      switch (kind) {
        case "why", "lesson", "close" -> { }
        case "scenario" -> {
          scenarios++;
          scenario(screen, where);
        }
        case "check" -> {
          checks++;
          check(screen, where);
        }
        default -> findings.add(where + ": kind must be why, scenario, lesson, check or close, not '" + kind + "'");
      }
    }
    if (scenarios < 2) {
      findings.add("screens: a module has at least two scenarios, this one has " + scenarios);
    }
    if (checks != 1) {
      findings.add("screens: a module has exactly one knowledge check, this one has " + checks);
    }
  }

  private void scenario(JsonObject screen, String where) {
    if (screen.containsKey("message")) {
      JsonObject message = screen.get("message") instanceof JsonObject m ? m : null;
      if (message == null) {
        findings.add(where + ".message must be an object");
      } else {
        String channel = message.getString("channel", "");
        if (!CHANNELS.contains(channel)) {
          findings.add(where + ".message.channel must be one of " + CHANNELS + ", not '" + channel + "'");
        }
        if (message.containsKey("from")) {
          text(message, "from", where + ".message.from");
        }
        if (message.containsKey("subject")) {
          if (!channel.equals("email") && !channel.equals("letter")) {
            findings.add(where + ".message.subject is for email and letter only");
          }
          text(message, "subject", where + ".message.subject");
        }
        texts(message, "body", where + ".message.body", true);
      }
    }
    text(screen, "question", where + ".question");
    decisions++;
    List<JsonObject> choices = objects(screen, "choices", where + ".choices");
    if (choices.size() < 2 || choices.size() > 4) {
      findings.add(where + ".choices: a scenario offers 2 to 4 choices, not " + choices.size());
    }
    Set<String> ids = new HashSet<>();
    int best = 0;
    Map<String, Integer> longestFeedback = new HashMap<>();
    for (int c = 0; c < choices.size(); c++) {
      JsonObject choice = choices.get(c);
      String at = where + ".choices[" + c + "]";
      String id = id(choice, "id", at);
      if (id != null && !ids.add(id)) {
        findings.add(at + ": the choice id " + id + " is used twice");
      }
      text(choice, "text", at + ".text");
      Map<String, String> feedback = uncounted(choice, "feedback", at + ".feedback");
      feedback.forEach((l, t) -> longestFeedback.merge(l, count(t), Math::max));
      best += choice.getBoolean("best", false) ? 1 : 0;
    }
    longestFeedback.forEach((l, n) -> words.merge(l, n, Integer::sum));
    if (best != 1) {
      findings.add(where + ".choices: exactly one choice is the best one (\"best\": true), not " + best);
    }
  }

  private void check(JsonObject screen, String where) {
    List<JsonObject> questions = objects(screen, "questions", where + ".questions");
    if (questions.size() < 3 || questions.size() > 6) {
      findings.add(where + ".questions: a knowledge check has 3 to 6 questions, not " + questions.size());
    }
    Set<String> ids = new HashSet<>();
    for (int q = 0; q < questions.size(); q++) {
      JsonObject question = questions.get(q);
      String at = where + ".questions[" + q + "]";
      String id = id(question, "id", at);
      if (id != null && !ids.add(id)) {
        findings.add(at + ": the question id " + id + " is used twice");
      }
      text(question, "text", at + ".text");
      text(question, "explanation", at + ".explanation");
      decisions++;
      List<JsonObject> choices = objects(question, "choices", at + ".choices");
      if (choices.size() < 3 || choices.size() > 4) {
        findings.add(at + ".choices: a question offers 3 or 4 choices, not " + choices.size());
      }
      Set<String> choiceIds = new HashSet<>();
      int correct = 0;
      for (int c = 0; c < choices.size(); c++) {
        JsonObject choice = choices.get(c);
        String cid = id(choice, "id", at + ".choices[" + c + "]");
        if (cid != null && !choiceIds.add(cid)) {
          findings.add(at + ".choices[" + c + "]: the choice id " + cid + " is used twice");
        }
        text(choice, "text", at + ".choices[" + c + "].text");
        correct += choice.getBoolean("correct", false) ? 1 : 0;
      }
      if (correct != 1) {
        findings.add(at + ".choices: exactly one choice is correct (\"correct\": true), not " + correct);
      }
    }
  }

  private void image(JsonValue value, String where) {
    if (!(value instanceof JsonObject image)) {
      findings.add(where + " must be an object with src and alt");
      return;
    }
    String src = image.getString("src", "");
    if (!src.startsWith("img/") || src.contains("..") || !Files.isRegularFile(folder.resolve(src))) {
      findings.add(where + ".src: '" + src + "' is not a file under img/");
    }
    text(image, "alt", where + ".alt");
  }

  private void agree(Course course, Map<String, String> title) {
    for (String language : LANGUAGES) {
      String inCourse = course.titles().get(language);
      if (inCourse == null) {
        findings.add("cmi5.xml: the course has no " + language + " title");
      } else if (title.containsKey(language) && !inCourse.equals(title.get(language))) {
        findings.add("the " + language + " title differs: cmi5.xml says '" + inCourse + "', script.json '"
            + title.get(language) + "'");
      }
      double minutes = new Reading(language, words.getOrDefault(language, 0), decisions).minutes();
      if (minutes > course.durationMinutes()) {
        findings.add(String.format(java.util.Locale.ROOT,
            "reading length (%s): about %.1f minutes, more than the stated %d; shorten the text", language, minutes,
            course.durationMinutes()));
      } else if (minutes < course.durationMinutes() / 2.0) {
        findings.add(String.format(java.util.Locale.ROOT,
            "reading length (%s): about %.1f minutes, under half the stated %d; state a shorter duration", language,
            minutes, course.durationMinutes()));
      }
    }
    if (!"index.html".equals(course.auUrl())) {
      findings.add("cmi5.xml: the AU's url is the shared player, index.html");
    }
  }

  private String id(JsonObject o, String key, String where) {
    String id = o.get(key) instanceof JsonString s ? s.getString() : null;
    if (id == null || !ID.matcher(id).matches()) {
      findings.add(where + ".id must be a short slug of a-z, 0-9 and -, not " + (id == null ? "missing" : "'" + id + "'"));
      return null;
    }
    return id;
  }

  private List<JsonObject> objects(JsonObject o, String key, String where) {
    if (!(o.get(key) instanceof JsonArray array)) {
      findings.add(where + " must be a list");
      return List.of();
    }
    List<JsonObject> list = new ArrayList<>();
    for (JsonValue v : array) {
      if (v instanceof JsonObject item) {
        list.add(item);
      } else {
        findings.add(where + " holds something that is not an object");
      }
    }
    return list;
  }

  private void texts(JsonObject o, String key, String where, boolean required) {
    if (!(o.get(key) instanceof JsonArray array) || array.isEmpty()) {
      if (required) {
        findings.add(where + " must be a list of texts");
      }
      return;
    }
    for (int i = 0; i < array.size(); i++) {
      translated(array.get(i), where + "[" + i + "]", true);
    }
  }

  /** A language map whose words count towards the reading length. */
  private Map<String, String> text(JsonObject o, String key, String where) {
    return translated(o.get(key), where, true);
  }

  /** A language map read by some learners only; the caller counts it. */
  private Map<String, String> uncounted(JsonObject o, String key, String where) {
    return translated(o.get(key), where, false);
  }

  private Map<String, String> translated(JsonValue value, String where, boolean counted) {
    Map<String, String> map = new HashMap<>();
    if (!(value instanceof JsonObject texts)) {
      findings.add(where + " is missing: a text in " + String.join(" and ", LANGUAGES));
      return map;
    }
    for (String language : LANGUAGES) {
      String text = texts.get(language) instanceof JsonString s ? s.getString().strip() : "";
      if (text.isEmpty()) {
        findings.add(where + " has no " + language + " text");
      } else {
        map.put(language, text);
        if (counted) {
          words.merge(language, count(text), Integer::sum);
        }
      }
    }
    for (String language : texts.keySet()) {
      if (!LANGUAGES.contains(language)) {
        findings.add(where + " has a text in '" + language + "', which the modules do not offer");
      }
    }
    return map;
  }

  static int count(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }
}

package org.awarehouse.content.control.importing;

import static org.awarehouse.content.control.importing.Cmi5StructureReader.CMI5_NS;
import static org.awarehouse.content.control.importing.Cmi5StructureReader.FILE;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.w3c.dom.Element;

/** One AU of a cmi5 course structure, read and checked as cmi5 section 13.1.4 defines it. */
final class Cmi5Au {
  static final List<String> LAUNCH_METHODS = List.of("AnyWindow", "OwnWindow");
  static final List<String> MOVE_ON =
      List.of("Passed", "Completed", "CompletedAndPassed", "CompletedOrPassed", "NotApplicable");

  private final Element au;
  private final Cmi5Walker walker;
  private final Findings findings;
  private String where;

  Cmi5Au(Element au, Cmi5Walker walker, Findings findings) {
    this.au = au;
    this.walker = walker;
    this.findings = findings;
  }

  Optional<LaunchUnit> read(Predicate<String> packageHolds) {
    String id = walker.identifier(au, "au");
    where = FILE + ": au '" + id + "'";
    String title = Cmi5StructureReader.firstOf(walker.langstrings(au, "title", "au '" + id + "'", true), id);
    // Defaults from section 13.1.4: launchMethod "AnyWindow", moveOn "NotApplicable".
    String launchMethod = oneOf("launchMethod", LAUNCH_METHODS, "AnyWindow");
    String moveOn = oneOf("moveOn", MOVE_ON, "NotApplicable");
    // "a scaled, decimal value between 0 and 1 (inclusive)"
    Double masteryScore = Decimals.parse(Dom.attr(au, "masteryScore"), 0, 1, where, "masteryScore", findings);
    Optional<LaunchUnit> located = locate(packageHolds).map(target -> new LaunchUnit(id, title, UnitType.AU,
        target.path(), target.query(), target.fragment(), target.absoluteUrl(), masteryScore, null, null, null,
        null, launchMethod, moveOn, Dom.attr(au, "activityType"), Dom.childText(au, CMI5_NS, "launchParameters"),
        Dom.childText(au, CMI5_NS, "entitlementKey")));
    return launchMethod == null || moveOn == null ? Optional.empty() : located;
  }

  private String oneOf(String attribute, List<String> allowed, String absent) {
    String value = Dom.attr(au, attribute);
    if (value == null) {
      return absent;
    }
    if (!allowed.contains(value)) {
      findings.add(where, attribute + " is '" + value + "'; it must be one of " + String.join(", ", allowed));
      return null;
    }
    return value;
  }

  /** Where the AU launches from: "a relative or fully qualified URL" (section 13.1.4, url). */
  private Optional<Located> locate(Predicate<String> packageHolds) {
    String url = Dom.childText(au, CMI5_NS, "url");
    if (url == null) {
      findings.add(where, "url is required");
      return Optional.empty();
    }
    if (PackagePaths.hasScheme(url)) {
      String scheme = url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT);
      if (scheme.equals("http") || scheme.equals("https")) {
        return Optional.of(new Located(null, "", "", url));
      }
      findings.add(where, "url '" + url + "' uses the scheme " + scheme + "; a browser player launches only http and https");
      return Optional.empty();
    }
    LaunchTarget target = LaunchTarget.split(url);
    Optional<String> path = PackagePaths.insidePackage(target.path());
    if (path.isEmpty()) {
      findings.add(where, "url '" + url + "' is not a valid path inside the package");
      return Optional.empty();
    }
    if (!packageHolds.test(path.get())) {
      findings.add(where, "the launch file '" + path.get() + "' is not in the package");
      return Optional.empty();
    }
    return Optional.of(new Located(path.get(), target.query(), target.fragment(), null));
  }

  private record Located(String path, String query, String fragment, String absoluteUrl) {}
}

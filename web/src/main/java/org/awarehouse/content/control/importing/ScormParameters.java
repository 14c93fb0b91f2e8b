package org.awarehouse.content.control.importing;

/**
 * Joins an item's {@code parameters} attribute to its resource's href as the SCORM CAM prescribes
 * for {@code <item parameters>} (1.2 and 2004 alike): leading {@code ?} and {@code &} are dropped;
 * a {@code #fragment} is used only when the href has neither query nor fragment; anything else is
 * added to the query.
 */
final class ScormParameters {

  private ScormParameters() {}

  static LaunchTarget apply(LaunchTarget href, String parameters) {
    if (parameters == null || parameters.isBlank()) {
      return href;
    }
    String p = parameters.strip();
    int start = 0;
    while (start < p.length() && (p.charAt(start) == '?' || p.charAt(start) == '&')) {
      start++;
    }
    p = p.substring(start);
    if (p.isEmpty()) {
      return href;
    }
    if (p.charAt(0) == '#') {
      // CAM: "if the URL already contains a '#' or a '?', the parameters are ignored".
      boolean ignored = !href.query().isEmpty() || !href.fragment().isEmpty();
      return ignored ? href : new LaunchTarget(href.path(), href.query(), p.substring(1));
    }
    LaunchTarget extra = LaunchTarget.split("?" + p);
    String query = href.query().isEmpty() ? extra.query() : href.query() + "&" + extra.query();
    // Unlike naive string appending, the query stays before the href's fragment, where browsers send it.
    String fragment = href.fragment().isEmpty() ? extra.fragment() : href.fragment();
    return new LaunchTarget(href.path(), query, fragment);
  }
}

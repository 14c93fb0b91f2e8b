package org.awarehouse.lti.boundary;

import static org.awarehouse.platform.boundary.ProblemPage.escape;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.awarehouse.lti.control.ContextConsole;

/** The course overview as a page: a table of the course's modules, counts only, never names. */
final class ConsolePage {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

  private ConsolePage() {}

  static String render(ContextConsole.Overview overview) {
    String lang = LaunchPage.language(overview.locale());
    boolean dutch = "nl".equals(lang);
    String heading = (dutch ? "Cursusoverzicht" : "Course overview")
        + (overview.contextTitle() == null ? "" : ": " + overview.contextTitle());
    String table = overview.modules().isEmpty()
        ? "<p>" + escape(dutch
            ? "Nog geen module van deze cursus is geopend. Voeg modules toe via ‘Activiteit toevoegen’ in je LMS."
            : "No module of this course has been opened yet. Add modules through your LMS's activity picker.") + "</p>"
        : """
            <table><caption>%1$s</caption>
            <thead><tr><th scope="col">%2$s</th><th scope="col">%3$s</th><th scope="col">%4$s</th></tr></thead>
            <tbody>%5$s</tbody></table>""".formatted(
            escape(dutch ? "Modules in deze cursus" : "Modules in this course"),
            escape(dutch ? "Module" : "Module"), escape(dutch ? "Deelnemers die de module openden" : "Learners who opened it"),
            escape(dutch ? "Laatst geopend" : "Last opened"),
            overview.modules().stream().map(m -> row(m, lang, overview.minGroupSize())).collect(Collectors.joining()));
    String note = dutch
        ? "Aantallen onder de %d worden niet getoond, zodat niemand herleidbaar is. Voortgang en afronding verschijnen hier zodra de modulespeler ze vastlegt."
        : "Counts under %d are not shown, so that no one can be singled out. Progress and completion appear here once the module player records them.";
    return """
        <!DOCTYPE html>
        <html lang="%1$s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%2$s – Awarehouse</title><style>%3$s
        table{border-collapse:collapse;width:100%%}th,td{text-align:left;padding:.5rem;border-bottom:1px solid #c8c8cc}
        caption{text-align:left;font-weight:600;padding:.5rem 0}</style>
        </head><body><main><h1>%2$s</h1>%4$s<p class="meta">%5$s</p></main></body></html>
        """.formatted(lang, escape(heading), HtmlPage.STYLE, table, escape(note.formatted(overview.minGroupSize())));
  }

  private static String row(ContextConsole.ModuleActivity activity, String lang, int minGroupSize) {
    boolean dutch = "nl".equals(lang);
    String title = activity.module().map(m -> m.title(lang))
        .orElse(activity.slug() + (dutch ? " (niet meer in de catalogus)" : " (no longer in the catalogue)"));
    String learners = activity.learners() == null
        ? (dutch ? "minder dan " : "fewer than ") + minGroupSize
        : String.valueOf(activity.learners());
    String last = activity.lastOpened() == null ? "–" : DAY.format(activity.lastOpened());
    return "<tr><td>" + escape(title) + "</td><td>" + escape(learners) + "</td><td>" + escape(last) + "</td></tr>";
  }
}

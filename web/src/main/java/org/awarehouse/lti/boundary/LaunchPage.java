package org.awarehouse.lti.boundary;

import static org.awarehouse.platform.boundary.ProblemPage.escape;

import java.util.Locale;
import java.util.Optional;
import org.awarehouse.content.control.CatalogueService.ModuleSummary;
import org.awarehouse.lti.control.LaunchService;

/**
 * The page a learner or instructor lands on after a launch, in the launch's language. It carries
 * the launch's page token; staff also get the way into the console for the course, and a way to
 * try the module without being recorded.
 */
final class LaunchPage {

  private LaunchPage() {}

  /** The page language for an LTI locale such as {@code nl-NL}: Dutch or English. */
  static String language(String locale) {
    return locale != null && locale.toLowerCase(Locale.ROOT).startsWith("nl") ? "nl" : "en";
  }

  static String render(LaunchService.Accepted accepted, Optional<ModuleSummary> module) {
    String lang = language(accepted.launch().locale());
    boolean dutch = "nl".equals(lang);
    String title = module.map(m -> m.title(lang))
        .orElse(dutch ? "Module niet gevonden" : "Module not found");
    String body;
    if (module.isEmpty()) {
      body = dutch
          ? "Deze link wijst naar een module die hier niet (meer) bestaat. Vraag de cursusbeheerder de link te vernieuwen."
          : "This link points to a module that is not (or no longer) here. Ask the course administrator to renew the link.";
    } else if (accepted.launch().isStaff()) {
      body = dutch
          ? "Je bent binnen als docent of beheerder. In het cursusoverzicht zie je hoeveel deelnemers de modules van deze cursus openden."
          : "You are signed in as an instructor or administrator. The course overview shows how many participants opened this course's modules.";
    } else {
      body = (dutch ? "Status: nog niet gestart. Duur: ongeveer " : "Status: not started. Takes about ")
          + module.get().durationMinutes() + (dutch ? " minuten." : " minutes.");
    }
    String console = !accepted.launch().isStaff() ? "" : """
        <form method="post" action="/lti/console"><input type="hidden" name="token" value="%1$s">
        <button type="submit">%2$s</button></form>""".formatted(escape(accepted.pageToken()),
        dutch ? "Cursusoverzicht openen" : "Open the course overview");
    boolean playable = module.isPresent() && module.get().packageId() != null;
    String tryOut = !accepted.launch().isStaff() || !playable ? "" : """
        <form method="post" action="/lti/launch/try"><input type="hidden" name="token" value="%1$s">
        <button type="submit">%2$s</button> <span class="meta">%3$s</span></form>""".formatted(
        escape(accepted.pageToken()), dutch ? "Module uitproberen" : "Try the module",
        dutch ? "Wat je doet, wordt niet vastgelegd." : "Nothing you do is recorded.");
    return """
        <!DOCTYPE html>
        <html lang="%1$s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="awarehouse-page-token" content="%2$s">
        <title>%3$s – Awarehouse</title><style>%4$s</style>
        </head><body><main><h1>%3$s</h1><p>%5$s</p>%6$s%7$s</main></body></html>
        """.formatted(lang, escape(accepted.pageToken()), escape(title), HtmlPage.STYLE, escape(body), console, tryOut);
  }
}

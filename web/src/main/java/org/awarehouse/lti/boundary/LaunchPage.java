package org.awarehouse.lti.boundary;

import java.util.Locale;
import java.util.Optional;
import org.awarehouse.content.control.CatalogueService.ModuleSummary;
import org.awarehouse.lti.control.LaunchService;
import org.awarehouse.platform.boundary.ProblemPage;

/** The page a learner or instructor lands on after a launch, in the launch's language. */
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
          ? "Je bent binnen als docent of beheerder. Voortgang van deelnemers verschijnt hier in het overzicht zodra zij starten."
          : "You are signed in as an instructor or administrator. Participants' progress appears here once they start.";
    } else {
      body = (dutch ? "Status: nog niet gestart. Duur: ongeveer " : "Status: not started. Takes about ")
          + module.get().durationMinutes() + (dutch ? " minuten." : " minutes.");
    }
    return """
        <!DOCTYPE html>
        <html lang="%1$s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%2$s – Awarehouse</title>
        <style>body{font:1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}</style>
        </head><body><main><h1>%2$s</h1><p>%3$s</p></main></body></html>
        """.formatted(lang, ProblemPage.escape(title), ProblemPage.escape(body));
  }
}

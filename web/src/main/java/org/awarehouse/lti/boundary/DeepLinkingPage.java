package org.awarehouse.lti.boundary;

import static org.awarehouse.platform.boundary.ProblemPage.escape;

import java.util.stream.Collectors;
import org.awarehouse.content.control.CatalogueService.ModuleSummary;
import org.awarehouse.lti.control.DeepLinkingService;

/** The instructor's module picker, and the form that carries the answer back to the platform. */
final class DeepLinkingPage {

  private DeepLinkingPage() {}

  static String selection(DeepLinkingService.Selection selection, String lang) {
    boolean dutch = "nl".equals(lang);
    String input = selection.multiple() ? "checkbox" : "radio";
    String items = selection.modules().stream().map(m -> item(m, input, lang)).collect(Collectors.joining("\n"));
    return """
        <!DOCTYPE html>
        <html lang="%1$s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%2$s – Awarehouse</title>
        <style>body{font:1rem/1.5 system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
        fieldset{border:0;padding:0}label{display:block;padding:.75rem;border:1px solid #c8c8cc;border-radius:.5rem;margin:.5rem 0}
        .meta{color:#4a4a4f;font-size:.9rem}button{font:inherit;padding:.5rem 1.25rem}</style></head>
        <body><main><h1>%2$s</h1>
        <form method="post" action="/lti/deep-link">
        <input type="hidden" name="selection" value="%3$s">
        <fieldset><legend>%4$s</legend>
        %5$s
        </fieldset>
        <p><button type="submit">%6$s</button></p>
        </form></main></body></html>
        """.formatted(lang, escape(dutch ? "Modules toevoegen" : "Add modules"), escape(selection.token()),
        escape(dutch ? "Kies de modules voor deze plek in de cursus." : "Choose the modules for this place in the course."),
        items, escape(dutch ? "Toevoegen" : "Add"));
  }

  private static String item(ModuleSummary module, String input, String lang) {
    return """
        <label><input type="%1$s" name="module" value="%2$s"> <strong>%3$s</strong>
        <span class="meta">%4$s min · %5$s · %6$s</span><br>%7$s</label>"""
        .formatted(input, escape(module.slug()), escape(module.title(lang)), module.durationMinutes(),
            escape(String.join(", ", module.audience())), escape(String.join(", ", module.languages())),
            escape(module.description(lang)));
  }

  /** Deep Linking §4.5: the browser posts the signed response to the platform as the JWT parameter. */
  static String answer(DeepLinkingService.Answer answer) {
    return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Returning to the course – Awarehouse</title></head>
        <body onload="document.forms[0].submit()"><main>
        <form method="post" action="%1$s"><input type="hidden" name="JWT" value="%2$s">
        <noscript><p>Your selection is ready.</p></noscript><button type="submit">Return to the course</button></form>
        </main></body></html>
        """.formatted(escape(answer.returnUrl()), escape(answer.jwt()));
  }
}

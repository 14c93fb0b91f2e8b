package org.awarehouse.lti.boundary;

import static org.awarehouse.platform.boundary.ProblemPage.escape;

import java.util.Collection;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.awarehouse.content.control.CatalogueService.ModuleSummary;
import org.awarehouse.lti.control.DeepLinkingService;

/**
 * The instructor's module picker, and the form that carries the answer back to the platform.
 * The picker filters by language and audience in the browser; without JavaScript it simply shows
 * every module. Filtered-out modules are disabled, so a hidden choice is never sent by surprise.
 */
final class DeepLinkingPage {

  private DeepLinkingPage() {}

  static String selection(DeepLinkingService.Selection selection, String lang, String nonce) {
    boolean dutch = "nl".equals(lang);
    String input = selection.multiple() ? "checkbox" : "radio";
    String items = selection.modules().stream().map(m -> item(m, input, lang)).collect(Collectors.joining("\n"));
    TreeSet<String> languages = values(selection.modules().stream().flatMap(m -> m.languages().stream()).toList());
    TreeSet<String> audiences = values(selection.modules().stream().flatMap(m -> m.audience().stream()).toList());
    return """
        <!DOCTYPE html>
        <html lang="%1$s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%2$s – Awarehouse</title>
        <style>%3$s
        fieldset{border:0;padding:0}label.module{display:block;padding:.75rem;border:1px solid #c8c8cc;border-radius:.5rem;margin:.5rem 0}
        label.module[hidden]{display:none}.filters{display:flex;flex-wrap:wrap;gap:1rem;margin:1rem 0}.filters label{display:flex;flex-direction:column}
        select{font:inherit;padding:.25rem}</style></head>
        <body><main><h1>%2$s</h1>
        <div class="filters" role="search" aria-label="%4$s">
        <label>%5$s<select id="filter-language"><option value="">%6$s</option>%7$s</select></label>
        <label>%8$s<select id="filter-audience"><option value="">%9$s</option>%10$s</select></label>
        </div>
        <p id="filter-status" role="status" class="meta"></p>
        <form method="post" action="/lti/deep-link">
        <input type="hidden" name="selection" value="%11$s">
        <fieldset><legend>%12$s</legend>
        %13$s
        </fieldset>
        <p><button type="submit">%14$s</button></p>
        </form></main>
        <script nonce="%15$s">
        (function () {
          var language = document.getElementById('filter-language');
          var audience = document.getElementById('filter-audience');
          var status = document.getElementById('filter-status');
          var shownText = '%16$s';
          if ([].some.call(language.options, function (o) { return o.value === '%1$s'; })) { language.value = '%1$s'; }
          function apply() {
            var shown = 0;
            document.querySelectorAll('label.module').forEach(function (item) {
              var fits = (!language.value || item.dataset.languages.split(' ').indexOf(language.value) >= 0)
                && (!audience.value || item.dataset.audience.split(' ').indexOf(audience.value) >= 0);
              item.hidden = !fits;
              item.querySelector('input').disabled = !fits;
              if (fits) { shown++; }
            });
            status.textContent = shownText.replace('{n}', shown);
          }
          language.addEventListener('change', apply);
          audience.addEventListener('change', apply);
          apply();
        })();
        </script></body></html>
        """.formatted(lang, escape(dutch ? "Modules toevoegen" : "Add modules"), HtmlPage.STYLE,
        escape(dutch ? "Modules filteren" : "Filter modules"),
        escape(dutch ? "Taal" : "Language"), escape(dutch ? "Alle talen" : "All languages"), options(languages),
        escape(dutch ? "Doelgroep" : "Audience"), escape(dutch ? "Iedereen" : "All audiences"), options(audiences),
        escape(selection.token()),
        escape(dutch ? "Kies de modules voor deze plek in de cursus." : "Choose the modules for this place in the course."),
        items, escape(dutch ? "Toevoegen" : "Add"), nonce,
        dutch ? "{n} modules passen bij het filter." : "{n} modules match the filter.");
  }

  private static TreeSet<String> values(Collection<String> values) {
    return new TreeSet<>(values);
  }

  private static String options(TreeSet<String> values) {
    return values.stream().map(v -> "<option value=\"" + escape(v) + "\">" + escape(v) + "</option>")
        .collect(Collectors.joining());
  }

  private static String item(ModuleSummary module, String input, String lang) {
    return """
        <label class="module" data-languages="%1$s" data-audience="%2$s"><input type="%3$s" name="module" value="%4$s">
        <strong>%5$s</strong> <span class="meta">%6$s min · %7$s · %8$s</span><br>%9$s</label>"""
        .formatted(escape(String.join(" ", module.languages())), escape(String.join(" ", module.audience())), input,
            escape(module.slug()), escape(module.title(lang)), module.durationMinutes(),
            escape(String.join(", ", module.audience())), escape(String.join(", ", module.languages())),
            escape(module.description(lang)));
  }

  /** Deep Linking §4.5: the browser posts the signed response to the platform as the JWT parameter. */
  static String answer(DeepLinkingService.Answer answer, String nonce) {
    return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Returning to the course – Awarehouse</title></head>
        <body><main>
        <form id="return" method="post" action="%1$s"><input type="hidden" name="JWT" value="%2$s">
        <p>Your selection is ready.</p><button type="submit">Return to the course</button></form>
        </main><script nonce="%3$s">document.getElementById('return').submit();</script></body></html>
        """.formatted(escape(answer.returnUrl()), escape(answer.jwt()), nonce);
  }
}

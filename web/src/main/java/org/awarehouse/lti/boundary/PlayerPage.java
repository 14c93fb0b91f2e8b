package org.awarehouse.lti.boundary;

import static org.awarehouse.platform.boundary.ProblemPage.escape;

import java.util.List;
import java.util.Map;
import org.awarehouse.content.control.PackageStructure;
import org.awarehouse.runtime.control.Attempts;

/**
 * The player: the package's title, a table of contents when it has more than one unit, and the
 * runtime adapter in a frame on the content origin. The adapter reports progress by postMessage;
 * the player accepts messages from that origin only, and moves between units on the content's
 * navigation requests (continue, previous, choice) or the learner's choice.
 */
final class PlayerPage {

  private PlayerPage() {}

  static String render(Attempts.Started started, String language, String contentOrigin, String adapterUrl,
      String pageToken, String nonce) {
    boolean dutch = "nl".equals(language);
    PackageStructure structure = started.playable().structure();
    String first = structure.units().stream()
        .filter(u -> !"completed".equals(started.unitCompletion().get(u.id())))
        .findFirst().orElse(structure.units().get(0)).id();
    String contents = structure.units().size() < 2 ? "" : """
        <nav aria-label="%1$s"><h2>%1$s</h2><ol>%2$s</ol></nav>""".formatted(
        dutch ? "Inhoud" : "Contents", toc(structure.toc(), started.unitCompletion(), dutch, structure.choice()));
    return """
        <!DOCTYPE html>
        <html lang="%1$s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="awarehouse-page-token" content="%2$s">
        <title>%3$s – Awarehouse</title><style>%4$s</style>
        </head><body class="player"><header><h1>%3$s</h1>%13$s<p id="player-status" role="status" class="meta"></p></header>
        %5$s
        <iframe id="adapter" title="%3$s" allow="fullscreen; autoplay" data-adapter="%6$s" data-token="%7$s"
         data-origin="%8$s" data-first="%9$s" data-done="%10$s"></iframe>
        <script nonce="%11$s">%12$s</script></body></html>
        """.formatted(language, escape(pageToken), escape(started.playable().title(language)), STYLE, contents,
        escape(adapterUrl), escape(started.token()), escape(contentOrigin), escape(first),
        escape(done(started.preview(), dutch)), nonce, SCRIPT, previewNotice(started.preview(), dutch));
  }

  /** A preview (an author's, or staff trying a module) makes no statements, and the page says so. */
  private static String previewNotice(boolean preview, boolean dutch) {
    return !preview ? "" : "<p class=\"meta\">" + (dutch
        ? "Voorbeeld: wat je hier doet, wordt niet vastgelegd en telt niet mee voor een cijfer."
        : "Preview: nothing you do here is recorded or counts towards a grade.") + "</p>";
  }

  private static String done(boolean preview, boolean dutch) {
    if (preview) {
      return dutch ? "Klaar. Dit voorbeeld is niet vastgelegd." : "Finished. This preview was not recorded.";
    }
    return dutch ? "Klaar. Je voortgang is opgeslagen." : "Finished. Your progress is saved.";
  }

  /** With choice off (SCORM 2004 controlMode), the contents show the way but only flow moves along it. */
  private static String toc(List<PackageStructure.Toc> nodes, Map<String, String> completion, boolean dutch,
      boolean choice) {
    StringBuilder html = new StringBuilder();
    for (PackageStructure.Toc node : nodes) {
      html.append("<li>");
      if (node.unitId() != null) {
        boolean done = "completed".equals(completion.get(node.unitId()));
        html.append("<button type=\"button\" data-unit=\"").append(escape(node.unitId())).append("\"")
            .append(choice ? "" : " disabled").append(">")
            .append(escape(node.title())).append("</button> <span class=\"meta\" data-status=\"")
            .append(escape(node.unitId())).append("\">").append(done ? (dutch ? "klaar" : "done") : "").append("</span>");
      } else {
        html.append(escape(node.title()));
      }
      if (node.children() != null && !node.children().isEmpty()) {
        html.append("<ol>").append(toc(node.children(), completion, dutch, choice)).append("</ol>");
      }
      html.append("</li>");
    }
    return html.toString();
  }

  private static final String STYLE = HtmlPage.STYLE.replace("max-width:44rem", "max-width:72rem")
      + "#adapter{width:100%;height:80vh;border:1px solid #c4c4c8;border-radius:.375rem}"
      + "nav ol{padding-left:1.25rem}nav button{background:none;color:#0b57d0;padding:.25rem;text-decoration:underline}";

  /** Moves between units and shows progress; units are in document order of the contents. */
  private static final String SCRIPT = """
      (function () {
        var frame = document.getElementById('adapter');
        var origin = frame.dataset.origin, status = document.getElementById('player-status');
        var units = Array.prototype.map.call(document.querySelectorAll('button[data-unit]'), function (b) { return b.dataset.unit; });
        var current = frame.dataset.first, opened = 0;
        function open(unit) {
          current = unit;
          opened++;
          frame.src = frame.dataset.adapter + '?n=' + opened + '#token=' + encodeURIComponent(frame.dataset.token)
            + '&unit=' + encodeURIComponent(unit);
        }
        function step(delta) {
          var i = units.indexOf(current) + delta;
          if (i >= 0 && i < units.length) { open(units[i]); return true; }
          return false;
        }
        document.querySelectorAll('button[data-unit]').forEach(function (b) {
          b.addEventListener('click', function () { open(b.dataset.unit); });
        });
        window.addEventListener('message', function (event) {
          if (event.origin !== origin || event.source !== frame.contentWindow || !event.data) { return; }
          var m = event.data;
          if (m.unitOutcome) {
            var mark = document.querySelector('[data-status="' + CSS.escape(m.unit) + '"]');
            if (mark && m.unitOutcome.completion === 'completed') { mark.textContent = '✓'; }
          }
          if (m.type === 'awh.failed') { status.textContent = m.detail; }
          if (m.type !== 'awh.terminated') { return; }
          var nav = m.nav || '';
          var choice = /^\\{target=([^}]+)\\}choice$/.exec(nav);
          if (choice && units.indexOf(choice[1]) >= 0) { open(choice[1]); return; }
          if (nav === 'continue' && step(1)) { return; }
          if (nav === 'previous' && step(-1)) { return; }
          if (m.packageOutcome && m.packageOutcome.completion === 'completed') { status.textContent = frame.dataset.done; }
        });
        open(current);
      })();
      """;
}

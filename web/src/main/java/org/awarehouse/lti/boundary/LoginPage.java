package org.awarehouse.lti.boundary;

import static org.awarehouse.platform.boundary.ProblemPage.escape;

import org.awarehouse.lti.control.LoginService;

/**
 * The pages of LTI Client Side postMessages (platform storage): one puts the login's binding
 * secret into the platform's storage before the authentication request, the other reads it back
 * when the launch arrives without the state cookie. Both talk only to the frame the platform named
 * in {@code lti_storage_target}, at the origin of its OIDC authorization URL, and match answers by
 * message id and origin.
 */
final class LoginPage {

  private LoginPage() {}

  /** The shared postMessage client: finds the storage frame and sends one request. */
  private static final String CLIENT = """
      function ltiStorage(d, message, answer) {
        var host = window.opener || window.parent;
        if (host === window) { answer(null); return; }
        var frame = host;
        try { if (d.target !== '_parent' && host.frames[d.target]) { frame = host.frames[d.target]; } } catch (e) {}
        var bytes = new Uint8Array(16); crypto.getRandomValues(bytes);
        message.message_id = 'awh-' + Array.from(bytes, function (b) { return b.toString(16); }).join('');
        var done = false;
        var resend;
        function finish(reply) { if (!done) { done = true; clearInterval(resend); answer(reply); } }
        window.addEventListener('message', function (event) {
          var m = event.data;
          if (event.origin !== d.origin || !m || m.message_id !== message.message_id
              || m.subject !== message.subject + '.response') { return; }
          finish(m.error ? null : m);
        });
        // the storage frame may still be loading: ask again until it answers (same id, same effect)
        function send() { try { frame.postMessage(message, d.origin); } catch (e) {} }
        send();
        resend = setInterval(send, 400);
        setTimeout(function () { finish(null); }, 4000);
      }
      """;

  /**
   * Puts the secret, then continues to the platform whatever the answer: if storage failed, the
   * cookie may still bind the state, and the launch says clearly if neither did.
   */
  static String storeThenContinue(LoginService.Redirect redirect, String nonce) {
    return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Signing in – Awarehouse</title><style>%1$s</style></head>
        <body><main><p id="lti-storage" data-origin="%2$s" data-target="%3$s" data-key="%4$s" data-value="%5$s"
        data-next="%6$s">Signing you in…</p>
        <noscript><p><a href="%6$s">Continue</a></p></noscript></main>
        <script nonce="%7$s">%8$s
        (function () {
          var d = document.getElementById('lti-storage').dataset;
          ltiStorage(d, { subject: 'lti.put_data', key: d.key, value: d.value }, function () {
            window.location.replace(d.next);
          });
        })();
        </script></body></html>
        """.formatted(HtmlPage.STYLE, escape(redirect.platformOrigin()), escape(redirect.storageTarget()),
        escape(redirect.storageKey()), escape(redirect.storageValue()), escape(redirect.location()), nonce, CLIENT);
  }

  /**
   * Reads the secret back and posts the launch again with it; with no answer it posts an empty
   * secret, and the server's rejection page explains what happened.
   */
  static String verifyThenLaunch(String idToken, String state, LoginService.StorageLookup lookup, String nonce) {
    return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Signing in – Awarehouse</title><style>%1$s</style></head>
        <body><main><p id="lti-storage" data-origin="%2$s" data-target="%3$s" data-key="%4$s">Signing you in…</p>
        <form id="launch" method="post" action="/lti/launch">
        <input type="hidden" name="id_token" value="%5$s"><input type="hidden" name="state" value="%6$s">
        <input type="hidden" name="awh_storage_binding" value="">
        <noscript><p>Your browser blocks cookies in this course and JavaScript is off. Open the module in a new window.</p></noscript>
        </form></main>
        <script nonce="%7$s">%8$s
        (function () {
          var d = document.getElementById('lti-storage').dataset;
          var form = document.getElementById('launch');
          ltiStorage(d, { subject: 'lti.get_data', key: d.key }, function (reply) {
            form.elements.awh_storage_binding.value = reply && typeof reply.value === 'string' ? reply.value : '';
            form.submit();
          });
        })();
        </script></body></html>
        """.formatted(HtmlPage.STYLE, escape(lookup.platformOrigin()), escape(lookup.target()), escape(lookup.key()),
        escape(idToken), escape(state), nonce, CLIENT);
  }
}

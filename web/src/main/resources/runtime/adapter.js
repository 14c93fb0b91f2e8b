// The runtime adapter page's host: opens a session of one unit, puts the SCORM API on this window
// for the content frame (which finds it through window.parent), sends the API's commits to the
// server with the attempt token, and tells the player (another origin) how the unit is doing.
(function () {
  'use strict';
  var params = new URLSearchParams(location.hash.slice(1));
  var token = params.get('token');
  var unit = params.get('unit');
  var playerOrigin = document.documentElement.getAttribute('data-player-origin');
  var status = document.getElementById('status');
  var frame = document.getElementById('content');

  function tell(message) {
    if (window.parent !== window) {
      window.parent.postMessage(message, playerOrigin);
    }
  }

  function problem(response) {
    return response.json().catch(function () { return {}; }).then(function (p) {
      var error = new Error(p.detail || ('HTTP ' + response.status));
      error.status = response.status;
      throw error;
    });
  }

  function post(path, body) {
    return fetch(path, {
      method: 'POST',
      headers: {'Authorization': 'Bearer ' + token, 'Content-Type': 'application/json'},
      body: JSON.stringify(body),
      keepalive: true,
      credentials: 'omit'
    }).then(function (response) { return response.ok ? response.json() : problem(response); });
  }

  function commit(session, payload, options) {
    var body = Object.assign({unit: session.unitId, session: session.session}, payload);
    if (options && options.beacon) {
      // a closing window: the beacon outlives the page but cannot carry a header
      body.token = token;
      navigator.sendBeacon('/runtime/commits', new Blob([JSON.stringify(body)], {type: 'text/plain'}));
      return Promise.resolve();
    }
    return post('/runtime/commits', body).then(function (answer) {
      lastAnswer = answer;
      tell({type: 'awh.progress', unit: session.unitId, unitOutcome: answer.unit, packageOutcome: answer.pkg});
    });
  }

  var lastAnswer = null;

  // cmi5 (section 8.1): the AU talks to the LRS itself with the launch URL's parameters, so it
  // needs no API here. OwnWindow means a window of its own; an AU on another host goes there too,
  // as this page frames only its own origin. A blocked pop-up leaves the link to click.
  function launchAu(session) {
    tell({type: 'awh.opened', unit: session.unitId});
    var own = session.launchMethod === 'OwnWindow' || new URL(session.launchUrl).origin !== location.origin;
    if (!own) {
      status.hidden = true;
      frame.hidden = false;
      frame.src = session.launchUrl;
      return;
    }
    window.open(session.launchUrl, '_blank', 'noopener');
    var link = document.createElement('a');
    link.href = session.launchUrl;
    link.target = '_blank';
    link.rel = 'noopener';
    link.textContent = 'Open the module';
    status.textContent = 'The module opens in a window of its own. If it did not open: ';
    status.appendChild(link);
  }

  post('/runtime/sessions', {unit: unit}).then(function (session) {
    if (session.version === 'cmi5') {
      launchAu(session);
      return;
    }
    var api = AwarehouseScormRuntime.create({
      version: session.version,
      initial: session.initial,
      intervalMs: 30000,
      commit: function (payload, options) { return commit(session, payload, options); },
      // after the final commit settled: the player moves on as the content asked (SCORM 2004 SN)
      onTerminate: function (end) {
        tell({type: 'awh.terminated', unit: session.unitId, nav: end && end.navRequest,
          unitOutcome: lastAnswer && lastAnswer.unit, packageOutcome: lastAnswer && lastAnswer.pkg});
      }
    });
    if (session.version === '1.2') {
      window.API = api;
    } else {
      window.API_1484_11 = api;
    }
    tell({type: 'awh.opened', unit: session.unitId});
    status.hidden = true;
    frame.hidden = false;
    frame.src = session.launchUrl;
  }).catch(function (error) {
    status.textContent = 'This module cannot start: ' + error.message;
    tell({type: 'awh.failed', unit: unit, detail: error.message});
  });
  history.replaceState(null, '', location.pathname);
})();
